package org.malaf.explore.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PostingCodecTest {

  @Test
  void smallPostingsTakeTwoCharacters() {
    assertThat(PostingCodec.encode(List.of(new PostingCodec.Posting(0, 1), new PostingCodec.Posting(3, 2))))
        .isEqualTo("0031");
  }

  @Test
  void roundTripsLargeGapsAndCapsCounts() {
    List<PostingCodec.Posting> postings = new ArrayList<>();
    int article = 0;
    for (int gap : new int[] {0, 1, 31, 32, 1023, 1024, 40_000, 5}) {
      article += gap;
      postings.add(new PostingCodec.Posting(article, 1 + gap % 40));
    }
    List<PostingCodec.Posting> decoded = PostingCodec.decode(PostingCodec.encode(postings));
    assertThat(decoded).hasSize(postings.size());
    for (int i = 0; i < postings.size(); i++) {
      assertThat(decoded.get(i).article()).isEqualTo(postings.get(i).article());
      assertThat(decoded.get(i).count()).isEqualTo(Math.min(postings.get(i).count(), PostingCodec.MAX_COUNT));
    }
  }

  @Test
  void usesOnlyCharactersThatNeedNoEscapingInJson() {
    String encoded = PostingCodec.encode(List.of(new PostingCodec.Posting(123_456, 7), new PostingCodec.Posting(999_999, 40)));
    assertThat(encoded).matches("[0-9a-zA-Z_$]+");
  }

  @Test
  void refusesPostingsOutOfOrder() {
    assertThatThrownBy(() -> PostingCodec.encode(List.of(new PostingCodec.Posting(5, 1), new PostingCodec.Posting(2, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingOrRemovingOneArticlesPostingGivesWhatEncodingTheChangedListGives() {
    Random random = new Random(5);
    for (int round = 0; round < 2000; round++) {
      TreeMap<Integer, Integer> postings = new TreeMap<>();
      int size = random.nextInt(8);
      while (postings.size() < size) {
        postings.put(random.nextInt(random.nextBoolean() ? 40 : 5000), 1 + random.nextInt(PostingCodec.MAX_COUNT));
      }
      String before = encode(postings);
      int article = random.nextInt(3) == 0 && !postings.isEmpty()
          ? new ArrayList<>(postings.keySet()).get(random.nextInt(postings.size()))
          : random.nextInt(random.nextBoolean() ? 40 : 5000);
      int count = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(PostingCodec.MAX_COUNT);
      if (count == 0) {
        postings.remove(article);
      } else {
        postings.put(article, count);
      }
      assertThat(PostingCodec.withPosting(before, article, count)).as("%s, article %d → %d", before, article, count)
          .isEqualTo(encode(postings));
    }
  }

  private static String encode(SortedMap<Integer, Integer> postings) {
    return PostingCodec.encode(postings.entrySet().stream()
        .map(e -> new PostingCodec.Posting(e.getKey(), e.getValue())).toList());
  }
}
