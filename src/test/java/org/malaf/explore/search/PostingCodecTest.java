package org.malaf.explore.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
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
}
