package org.malaf.explore.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateExtractorTest {

  private static final LocalDate SEED_000 = LocalDate.of(2016, 11, 28);
  private static final LocalDate SEED_002 = LocalDate.of(2019, 7, 5);

  private final DateExtractor extractor = new DateExtractor();

  private List<FoundDate> find(String text, LocalDate article) {
    return extractor.find(text, article);
  }

  private FoundDate only(String text, LocalDate article) {
    List<FoundDate> found = find(text, article);
    assertThat(found).as("dates in «%s»", text).hasSize(1);
    return found.get(0);
  }

  @Test
  void dayAndMonthInBothSeriesWithLastYearInferredFromTheArticle() {
    FoundDate d = only("زار اللواء المتقاعد موسكو يوم 27 من يونيو/ حزيران الماضي، بحث خلال تلك الزيارة", SEED_000);
    assertThat(d.date().iso()).isEqualTo("2016-06-27");
    assertThat(d.date().basis()).isEqualTo(DateBasis.YEAR_INFERRED);
    assertThat(d.text()).isEqualTo("27 من يونيو/ حزيران الماضي");
  }

  @Test
  void levantineNameFirstIsTheSameDate() {
    FoundDate d = only("ذلك خلال الزيارة الأولى في 27 من حزيران/ يونيو الماضي.", SEED_000);
    assertThat(d.date().iso()).isEqualTo("2016-06-27");
    assertThat(d.text()).isEqualTo("27 من حزيران/ يونيو الماضي");
  }

  @Test
  void aprilOfTheSeedsResolvesTo2019() {
    FoundDate d = only("دعمًا لحفتر، ففي 7 من أبريل/نيسان الماضي، منعت روسيا صدور بيان", SEED_002);
    assertThat(d.date().iso()).isEqualTo("2019-04-07");
    assertThat(d.date().precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void everyMonthOfBothSeriesIsRead() {
    String[] gregorian = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
        "نوفمبر", "ديسمبر"};
    String[] levantine = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
        "تشرين الأول", "تشرين الثاني", "كانون الأول"};
    for (int m = 0; m < 12; m++) {
      assertThat(only("في 3 " + gregorian[m] + " 2015 حدث", null).date().month()).isEqualTo(m + 1);
      assertThat(only("في 3 " + levantine[m] + " 2015 حدث", null).date().month()).isEqualTo(m + 1);
      assertThat(only("في " + gregorian[m] + "/" + levantine[m] + " 2015", null).date().iso())
          .isEqualTo(String.format("2015-%02d", m + 1));
    }
  }

  @Test
  void yearAfterAYearWordOrAMonth() {
    FoundDate embargo = only("والذي تفرضه الأمم المتحدة منذ عام 2011، في الوقت الذي", SEED_000);
    assertThat(embargo.date().iso()).isEqualTo("2011");
    assertThat(embargo.date().precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(embargo.date().basis()).isEqualTo(DateBasis.STATED);
    FoundDate feb = only("عندما استحوذ حفتر على حقلي “شرارة والفيل” في فبراير 2019، أصبحت", SEED_002);
    assertThat(feb.date().iso()).isEqualTo("2019-02");
    assertThat(feb.date().basis()).isEqualTo(DateBasis.STATED);
    assertThat(only("هجومه الأخير على العاصمة الليبية طرابلس في أبريل/نيسان 2019، حاولت", SEED_002).date().iso())
        .isEqualTo("2019-04");
    assertThat(only("مؤتمر “باليرمو” عن ليبيا في نوفمبر/تشرين الثاني 2018، أعرب", SEED_002).date().iso())
        .isEqualTo("2018-11");
  }

  @Test
  void arabicIndicDigitsTatweelAndDiacriticsAreRead() {
    FoundDate d = only("وصل في ٢٧ يونـــيو ٢٠١٦ إلى موسكو", null);
    assertThat(d.date().iso()).isEqualTo("2016-06-27");
    assertThat(d.text()).isEqualTo("٢٧ يونـــيو ٢٠١٦");
    assertThat(only("في عَامِ 2011", null).date().iso()).isEqualTo("2011");
  }

  @Test
  void dayRangeKeepsItsFirstAndLastDay() {
    FoundDate d = only("الذي كان مقررًا عقده من 14 إلى 16 من أبريل/نيسان في غدامس", SEED_002);
    assertThat(d.date().iso()).isEqualTo("2019-04-14");
    assertThat(d.date().lastDay()).isEqualTo(16);
    assertThat(d.date().basis()).isEqualTo(DateBasis.YEAR_INFERRED);
  }

  @Test
  void yesterdayWithAWeekdayIsResolvedOnlyWhenTheWeekdayAgrees() {
    FoundDate d = only("وصل اللواء الليبي العاصمة الروسية موسكو في زيارة أمس الأحد لإجراء مباحثات", SEED_000);
    assertThat(d.date().iso()).isEqualTo("2016-11-27");
    assertThat(d.date().basis()).isEqualTo(DateBasis.RELATIVE);
    assertThat(find("وصل أمس الخميس إلى موسكو", SEED_000)).as("28 Nov 2016 was a Monday").isEmpty();
    assertThat(find("وصل أمس الأحد إلى موسكو", null)).as("no article date").isEmpty();
    assertThat(find("حلفاء الأمس أعداء اليوم", SEED_000)).isEmpty();
  }

  @Test
  void lastWeekdayAndThisYearAreComputedFromTheArticleDate() {
    assertThat(only("التقى الوفد يوم الخميس الماضي", SEED_000).date().iso()).isEqualTo("2016-11-24");
    FoundDate thisYear = only("أيضًا حفتر في وقت سابق من هذا العام عندما", SEED_002);
    assertThat(thisYear.date().iso()).isEqualTo("2019");
    assertThat(thisYear.date().basis()).isEqualTo(DateBasis.RELATIVE);
    assertThat(only("في مارس من العام الماضي", SEED_002).date().iso()).isEqualTo("2018-03");
  }

  @Test
  void yearIsInferredOnlyWhereTheArticleDateSettlesIt() {
    assertThat(only("في أواخر مايو/مايو.", SEED_002).date().iso()).isEqualTo("2019-05");
    assertThat(only("منذ أبريل/نيسان الماضي", SEED_002).date().iso()).isEqualTo("2019-04");
    assertThat(only("في ديسمبر الماضي", SEED_002).date().iso()).isEqualTo("2018-12");
    assertThat(only("في سبتمبر المقبل", SEED_002).date().iso()).isEqualTo("2019-09");
    assertThat(only("في فبراير المقبل", SEED_002).date().iso()).isEqualTo("2020-02");
    assertThat(find("في 20 ديسمبر سيعقد المؤتمر", SEED_002)).as("after the article: this year or last?").isEmpty();
    assertThat(find("في يوليو الماضي", SEED_002)).as("the article's own month").isEmpty();
    assertThat(find("في 27 يونيو", null)).as("no article date, no year").isEmpty();
  }

  @Test
  void monthWhoseTwoSeriesDisagreeIsLeftOut() {
    assertThat(find("تشارك فيها قوات من بريطانيا وفرنسا والولايات المتحدة الأمريكية في يوليو/ حزيران الماضي، بتنسيق",
        SEED_000)).isEmpty();
  }

  @Test
  void impossibleDaysAreLeftOut() {
    assertThat(find("في 31 أبريل 2019", null)).isEmpty();
    assertThat(find("في 29 فبراير 2019", null)).isEmpty();
    assertThat(find("في 29 فبراير 2020", null)).hasSize(1);
    assertThat(find("في 45 مايو 2019", null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "على مسافة 700 كم فقط من أوروبا",
      "العملة الليبية (9.7 مليار دينار) في روسيا",
      "سقوط نظام القذافي الذي دام 4 عقود.",
      "بجمع النفط في 3 محطات نفط",
      "حُكم عليهما بالسجن لمدة 3 سنوات في طرابلس",
      "بالقرار 1970 الصادر عن مجلس الأمن",
      "تقرير S/2021/229 للجنة الخبراء",
      "مارس الضغط على الأطراف كلها",
      "قال الأب إن ابنه عاد",
      "حلفاء الأمس أعداء اليوم",
      "الأمين العام للأمم المتحدة",
      "في يونيوني وحزيرانية",
      "عام 12345 ضوئي",
      "نحو 27 قتيلا في 12 مايوية",
      "وكان ذلك في مايو"})
  void nonDatesAreNotMatched(String text) {
    assertThat(find(text, SEED_002)).isEmpty();
  }
}
