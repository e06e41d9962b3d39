package org.clientbase.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.WorkStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a browser draws it: headless Chromium builds the chart's shapes and paints each
 * status's area in its colour, about as large as its share of the base.
 */
class ReportInBrowserTest {
  @TempDir
  Path dir;

  @Test
  void chromiumDrawsTheChartWithAnAreaInEveryStatussColour() throws IOException {
    Chromium chromium = Chromium.find();
    ReportFixture fixture = new ReportFixture(31, 300);
    Path page = dir.resolve("clientbase-report.html");
    Files.writeString(page, fixture.report().render(), StandardCharsets.UTF_8);

    String dom = chromium.dumpDom(page, dir.resolve("profile"));
    Path png = dir.resolve("report.png");
    chromium.screenshot(page, png, 1100, 800, dir.resolve("profile"));

    // the browser parsed the chart: an SVG with one filled area per status that has clients
    Matcher areas = Pattern.compile("<path class=\"area\" data-status=\"([^\"]+)\"").matcher(dom);
    int count = 0;
    while (areas.find()) {
      count++;
    }
    assertThat(dom).contains("<svg class=\"chart\"");
    assertThat(count).isEqualTo(fixture.timeline.statuses().size()).isGreaterThanOrEqualTo(4);

    // and painted it: every status's colour covers at least half the area its counts call for
    BufferedImage image = ImageIO.read(png.toFile());
    Map<Integer, Integer> pixels = new HashMap<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        pixels.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
      }
    }
    Files.copy(png, Path.of("target", "report-in-browser.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    for (StatusId id : fixture.timeline.statuses()) {
      WorkStatus status = fixture.scheme.status(id).orElseThrow();
      double expected = expectedArea(fixture.timeline, id);
      int painted = pixels.getOrDefault(status.colour().orElseThrow().rgb(), 0);
      assertThat(painted).as("pixels of %s (%s), expected about %.0f", status.name(),
          status.colour().orElseThrow().hex(), expected).isGreaterThanOrEqualTo((int) (expected / 2));
    }
  }

  /** The area in pixels of a status's band in the chart. */
  private static double expectedArea(StatusTimeline timeline, StatusId id) {
    int points = timeline.dates().size();
    int max = 0;
    for (int i = 0; i < points; i++) {
      max = Math.max(max, timeline.total(i));
    }
    double top = HtmlReport.niceCeiling(max);
    double plotHeight = HtmlReport.HEIGHT - 16 - 44;
    double step = (HtmlReport.WIDTH - 64 - 16) / (double) (points - 1);
    double area = 0;
    for (int i = 0; i + 1 < points; i++) {
      area += (timeline.count(i, id) + timeline.count(i + 1, id)) / 2.0 / top * plotHeight * step;
    }
    return area;
  }
}
