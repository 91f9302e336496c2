package org.malaf.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.malaf.diag.Problems;
import org.junit.jupiter.api.Test;

class BlocksTest {

  private static final String BODY = """
      كانت القرية هادئة في الصباح الباكر عندما خرج الصيادون إلى البحر بقواربهم الصغيرة
      يحملون شباكهم ويتحدثون عن الطقس وعن الأسعار في سوق المدينة القريبة من
      
      الساحل.
      
      مواسم الصيد
      
      في فصل الشتاء تقل الرحلات لأن الرياح تشتد والأمواج ترتفع كثيرًا فوق الصخور
      ويبقى الصيادون في بيوتهم يصلحون الشباك ويعدون القوارب للموسم القادم حين
      
      تهدأ الرياح.
       قارب صغير على الشاطئ
      
      https://example.org/news/%D8%B5%D9%8A%D8%AF-%25
      """;

  @Test
  void reattachesALastLineSetApartByABlankLine() {
    CleanArticle a = Articles.clean(BODY);
    assertThat(a.blocks().get(0).text()).endsWith("القريبة من الساحل.");
    assertThat(a.blocks().get(0).lineRange()).isEqualTo("1-4");
    assertThat(a.report()).anyMatch(r -> r.kind() == RepairKind.PARAGRAPH_JOIN);
  }

  @Test
  void keepsRealParagraphsApart() {
    CleanArticle a = Articles.clean(BODY);
    assertThat(a.blocks()).filteredOn(b -> b.type() == BlockType.PARAGRAPH).hasSize(2);
  }

  @Test
  void classifiesHeadingCaptionAndTruncatedSource() {
    Problems problems = new Problems();
    CleanArticle a = new Cleaner().clean(Articles.raw(BODY), problems);
    assertThat(a.blocks()).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.HEADING,
        BlockType.PARAGRAPH, BlockType.CAPTION, BlockType.SOURCE);
    assertThat(a.blocks().get(4).text()).isEqualTo("https://example.org/news/%D8%B5%D9%8A%D8%AF-%25");
    assertThat(a.report()).anyMatch(r -> r.kind() == RepairKind.TRUNCATED_URL);
    assertThat(problems.warningCount()).isEqualTo(1);
  }

  @Test
  void tellsCompleteUrlsFromCutOnes() {
    assertThat(SourceUrls.isTruncated("https://example.org/a-%D8%B5")).isFalse();
    assertThat(SourceUrls.isTruncated("https://example.org/a-%D8%25")).isTrue();
    assertThat(SourceUrls.isTruncated("https://example.org/a-%D9%258")).isTrue();
    assertThat(SourceUrls.isTruncated("https://example.org/a-%D8")).isTrue();
  }

  @Test
  void keepsAPullQuoteWhereItStandsAndTheBodyCopyInItsParagraph() {
    String text = """
        انتهى الاجتماع بعد ساعات طويلة من النقاش الهادئ بين الطرفين في القاعة الكبرى للمجلس.
        
        اتفق الطرفان على تأجيل القرار
        إلى الشهر القادم
        
        وفي المساء عاد الوفد إلى الفندق حيث كانت الصحافة تنتظر أمام البوابة الرئيسية للمبنى.
        
        وقال المتحدث: اتفق الطرفان على تأجيل القرار إلى الشهر القادم بعد مشاورات طويـــلة مع
        
        الخبراء.
        """;
    CleanArticle a = Articles.clean(text);
    assertThat(a.blocks()).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.PULLQUOTE,
        BlockType.PARAGRAPH, BlockType.PARAGRAPH);
    assertThat(a.blocks().get(1).text()).isEqualTo("اتفق الطرفان على تأجيل القرار إلى الشهر القادم");
    assertThat(a.blocks().get(3).text()).contains("اتفق الطرفان على تأجيل القرار إلى الشهر القادم");
  }

  @Test
  void appliesACorrectionThatMatchesOnce() {
    CleanArticle a = Articles.clean("ذهب الولد الى البيت.", Articles.correction("الى", "إلى"));
    assertThat(Articles.texts(a)).containsExactly("ذهب الولد إلى البيت.");
  }

  @Test
  void reportsACorrectionThatMatchesTwiceAsAnErrorAtTheSidecarLine() {
    Problems problems = new Problems();
    new Cleaner().clean(Articles.raw("في البيت وفي الحديقة.", Articles.correction("في", "على")), problems);
    assertThat(problems.sorted()).singleElement().satisfies(p -> {
      assertThat(p.isError()).isTrue();
      assertThat(p.where().line()).isEqualTo(3);
      assertThat(p.what()).contains("matches 2 times");
    });
  }
}
