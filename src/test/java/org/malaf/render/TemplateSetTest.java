package org.malaf.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaf.diag.BuildFailure;

/** Templates read the page model's record components, nested and in lists, and call their methods. */
class TemplateSetTest {

  public record Item(String name, int count) {

    public boolean many() {
      return count > 1;
    }
  }

  public record Page(String title, List<Item> items, Item first) {
  }

  @TempDir
  Path folder;

  @BeforeEach
  void writeTemplates() throws IOException {
    for (String name : TemplateSet.REQUIRED) {
      Files.writeString(folder.resolve(name + ".html"), "<p>unused</p>");
    }
  }

  private String render(String template, Object model) throws IOException {
    Files.writeString(folder.resolve("index.html"), template);
    return new TemplateSet(folder).render("index", model);
  }

  @Test
  void readsComponentsOfNestedRecordsAndCallsTheirMethods() throws IOException {
    Page page = new Page("ملف <ليبيا>", List.of(new Item("حفتر", 3), new Item("موسكو", 1)), new Item("روسيا", 2));
    String html = render("""
        <h1 th:text="${page.title}"></h1><b th:text="${page.first.name}"></b>\
        <i th:each="item : ${page.items}" th:text="${item.name + ':' + item.count + ':' + item.many()}"></i>\
        <s th:text="${page.items.size()}"></s>""", page);
    assertThat(html).isEqualTo("<h1>ملف &lt;ليبيا&gt;</h1><b>روسيا</b><i>حفتر:3:true</i><i>موسكو:1:false</i><s>2</s>");
  }

  /** The problem a template that fails on {@code model} is reported as. */
  private String templateError(String template, Object model) {
    BuildFailure failure = catchThrowableOfType(() -> render(template, model), BuildFailure.class);
    assertThat(failure).as("a template error").isNotNull();
    return failure.problems().get(0).toString();
  }

  @Test
  void aPropertyTheModelDoesNotHaveIsATemplateErrorNamingTheFile() {
    assertThat(templateError("<p>\n<b th:text=\"${page.subtitle}\"></b></p>", new Page("t", List.of(), null)))
        .contains("index.html:2").contains("subtitle");
  }

  @Test
  void aChainThroughANullIsTheSameTemplateErrorAsBefore() {
    assertThat(templateError("<p>\n\n<b th:text=\"${page.first.name}\"></b></p>", new Page("t", List.of(), null)))
        .contains("index.html:3").contains("page.first.name");
  }

  @Test
  void chainsThroughMapsAndNamesThatAreNotComponentsStillWork() throws IOException {
    record Holder(java.util.Map<String, Item> byName, Item first) {
    }
    String html = render("""
        <b th:text="${page.byName.hafter.name}"></b><i th:text="${page.first.many}"></i>\
        <s th:text="${page.first.name == 'روسيا'}"></s><u th:text="${page.first.count}"></u>""",
        new Holder(java.util.Map.of("hafter", new Item("حفتر", 3)), new Item("روسيا", 2)));
    assertThat(html).isEqualTo("<b>حفتر</b><i>true</i><s>true</s><u>2</u>");
  }

  @Test
  void onlyPlainChainsOfNamesTakeTheShortWay() {
    assertThat(RecordChainEvaluator.parse("page.chrome.title")).containsExactly("page", "chrome", "title");
    assertThat(RecordChainEvaluator.parse(" a.href ")).containsExactly("a", "href");
    for (String other : List.of("page.first.name == 'x'", "#lists.isEmpty(page.items)", "true", "page.items[0]",
        "page.first.many()", "page..title", "page.null", "a.b + 1")) {
      assertThat(RecordChainEvaluator.parse(other)).as(other).isEmpty();
    }
  }
}
