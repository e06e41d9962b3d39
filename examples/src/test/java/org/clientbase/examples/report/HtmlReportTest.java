package org.clientbase.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.status.StatusScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static ReportFixture fixture;

  @BeforeAll
  static void generate() {
    fixture = new ReportFixture(21, 250);
  }

  @Test
  void theChartHasOneAreaPerStatusInItsColourStackedInTheSchemesOrder() {
    String html = fixture.report().render();

    Matcher areas = Pattern.compile("<path class=\"area\" data-status=\"([^\"]+)\" fill=\"(#[0-9A-F]{6})\" d=\"M")
        .matcher(html);
    StringBuilder order = new StringBuilder();
    while (areas.find()) {
      WorkStatus status = fixture.scheme.status(StatusId.of(areas.group(1))).orElseThrow();
      assertThat(areas.group(2)).isEqualTo(status.colour().orElseThrow().hex());
      order.append(areas.group(1)).append(' ');
    }
    assertThat(order.toString()).isEqualTo("new in-progress active lost returned ");
    assertThat(html).contains("<svg class=\"chart\"", "Jan 2026", "</svg>");
  }

  @Test
  void theTablesShowEveryStatusAndTheMovesOfThePeriod() {
    String html = fixture.report().render();
    int clients = fixture.dynamics.total().clientsAtEnd();

    for (WorkStatus status : fixture.scheme.statuses()) {
      assertThat(html).contains("<tr data-status=\"" + status.id() + "\">");
    }
    assertThat(html).contains("<table class=\"matrix\">", "<td class=\"kept\">",
        "<th>" + HtmlReport.number(clients) + "</th></tr></tfoot>");
  }

  @Test
  void thePageIsSelfContained() {
    String html = fixture.report().render();

    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http:", "https:", "<script", "<link", "<img", "@import", "url(");
  }

  @Test
  void namesAreEscaped() {
    StatusScheme scheme = StatusScheme.defaults().toBuilder()
        .rename(StatusScheme.ACTIVE, "Active <b>&</b> \"buying\"").build();

    String html = HtmlReport.builder(scheme, fixture.timeline, fixture.dynamics).title("A & B").build().render();

    assertThat(html).contains("Active &lt;b&gt;&amp;&lt;/b&gt; &quot;buying&quot;", "<title>A &amp; B</title>")
        .doesNotContain("<b>&</b>");
  }

  @Test
  void theScaleEndsOnARoundNumber() {
    assertThat(HtmlReport.niceCeiling(0)).isEqualTo(5);
    assertThat(HtmlReport.niceCeiling(23_395)).isEqualTo(25_000);
    assertThat(HtmlReport.tickStep(23_395)).isEqualTo(5_000);
    assertThat(HtmlReport.niceCeiling(2_335)).isEqualTo(2_500);
    assertThat(HtmlReport.niceCeiling(300)).isEqualTo(300);
    assertThat(HtmlReport.tickStep(300)).isEqualTo(100);
    assertThat(HtmlReport.niceCeiling(101)).isEqualTo(125);
    assertThat(HtmlReport.niceCeiling(100)).isEqualTo(100);
  }
}
