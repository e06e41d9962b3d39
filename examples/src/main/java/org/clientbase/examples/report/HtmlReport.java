package org.clientbase.examples.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.CalculationMode;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.status.StatusDynamicsReport;
import org.clientbase.rules.status.StatusScheme;

/**
 * The status report as one self-contained HTML page (no scripts, fonts or images from
 * anywhere): the structure of the base week by week as a stacked-area SVG chart in each status's
 * colour, the table of statuses with the last period's change, and the matrix of moves between
 * statuses over the last period.
 *
 * <pre>{@code
 * String html = HtmlReport.builder(scheme, timeline, lastWeek)
 *     .title("Client base on 2026-11-30")
 *     .fact("Clients", "20 000")
 *     .build()
 *     .render();
 * }</pre>
 */
public final class HtmlReport {
  /** The width of the chart in CSS pixels. */
  static final int WIDTH = 960;
  /** The height of the chart in CSS pixels. */
  static final int HEIGHT = 420;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 44;
  private static final String NO_COLOUR = "#9E9E9E";
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private final StatusScheme scheme;
  private final StatusTimeline timeline;
  private final StatusDynamicsReport dynamics;
  private final String title;
  private final Map<String, String> facts;
  private final List<String> notes;

  private HtmlReport(Builder builder) {
    this.scheme = builder.scheme;
    this.timeline = builder.timeline;
    this.dynamics = builder.dynamics;
    this.title = builder.title;
    this.facts = new LinkedHashMap<>(builder.facts);
    this.notes = List.copyOf(builder.notes);
  }

  /**
   * Starts a report.
   *
   * @param scheme the scheme that names and colours the statuses
   * @param timeline the structure of the base over time
   * @param dynamics the status dynamics of the last period
   * @return the builder
   */
  public static Builder builder(StatusScheme scheme, StatusTimeline timeline, StatusDynamicsReport dynamics) {
    return new Builder(scheme, timeline, dynamics);
  }

  /** Collects what the report shows besides the figures. */
  public static final class Builder {
    private final StatusScheme scheme;
    private final StatusTimeline timeline;
    private final StatusDynamicsReport dynamics;
    private String title = "Client base";
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private Builder(StatusScheme scheme, StatusTimeline timeline, StatusDynamicsReport dynamics) {
      this.scheme = Objects.requireNonNull(scheme, "scheme");
      this.timeline = Objects.requireNonNull(timeline, "timeline");
      this.dynamics = Objects.requireNonNull(dynamics, "dynamics");
    }

    /**
     * Sets the title.
     *
     * @param text the title
     * @return this builder
     */
    public Builder title(String text) {
      title = Objects.requireNonNull(text, "title");
      return this;
    }

    /**
     * Adds a line to the summary at the top.
     *
     * @param name what it is
     * @param value its value
     * @return this builder
     */
    public Builder fact(String name, String value) {
      facts.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds a block of preformatted text at the end, e.g. the explanation of a client's status.
     *
     * @param text the text
     * @return this builder
     */
    public Builder note(String text) {
      notes.add(Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     */
    public HtmlReport build() {
      return new HtmlReport(this);
    }
  }

  /**
   * Renders the page.
   *
   * @return the HTML text
   */
  public String render() {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n");
    if (!facts.isEmpty()) {
      html.append("<dl class=\"facts\">\n");
      facts.forEach((name, value) -> html.append("<div><dt>").append(escape(name)).append("</dt><dd>")
          .append(escape(value)).append("</dd></div>\n"));
      html.append("</dl>\n");
    }
    html.append("<h2>Status structure, week by week</h2>\n");
    legend(html);
    chart(html);
    html.append("<h2>Statuses on ").append(dynamics.end()).append("</h2>\n");
    table(html);
    html.append("<h2>Moves between statuses from ").append(dynamics.start()).append(" to ")
        .append(dynamics.end()).append("</h2>\n");
    matrix(html);
    for (String note : notes) {
      html.append("<pre class=\"note\">").append(escape(note)).append("</pre>\n");
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static final String CSS = String.join("\n",
      "body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; margin: 24px 32px;"
          + " color: #212121; background: #fff; max-width: 1040px; }",
      "h1 { font-size: 24px; margin: 0 0 12px; }",
      "h2 { font-size: 18px; margin: 28px 0 8px; }",
      ".facts { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0; }",
      ".facts div { display: flex; gap: 6px; } .facts dt { color: #616161; } .facts dd { margin: 0;"
          + " font-weight: bold; }",
      ".legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 4px 0 8px; padding: 0;"
          + " list-style: none; font-size: 14px; }",
      ".swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px;"
          + " margin-right: 6px; vertical-align: -1px; }",
      "svg.chart { display: block; }",
      "svg.chart text { font-size: 12px; fill: #616161; }",
      "svg.chart .grid { stroke: #E0E0E0; stroke-width: 1; }",
      "svg.chart .area { stroke: #fff; stroke-width: 0.5; }",
      "table { border-collapse: collapse; font-size: 14px; }",
      "th, td { padding: 4px 10px; border-bottom: 1px solid #E0E0E0; text-align: right; }",
      "th:first-child, td:first-child { text-align: left; }",
      "th { background: #FAFAFA; font-weight: 600; }",
      "table.matrix { font-size: 12px; } table.matrix th, table.matrix td { padding: 4px 6px; }",
      "table.matrix tbody th { white-space: nowrap; text-align: left; }",
      "td.kept { background: #F1F8E9; font-weight: bold; }",
      "td.zero { color: #BDBDBD; }",
      "td.up { color: #2E7D32; } td.down { color: #C62828; }",
      "pre.note { background: #FAFAFA; border: 1px solid #E0E0E0; padding: 12px; white-space: pre-wrap;"
          + " font-size: 13px; margin-top: 24px; }",
      "");

  private List<StatusId> order() {
    Set<StatusId> order = new LinkedHashSet<>();
    for (WorkStatus status : scheme.statuses()) {
      order.add(status.id());
    }
    order.addAll(timeline.statuses()); // statuses of the history the scheme no longer has
    order.addAll(dynamics.total().atStart().keySet());
    order.addAll(dynamics.total().atEnd().keySet());
    return new ArrayList<>(order);
  }

  private String name(StatusId id) {
    return scheme.status(id).map(WorkStatus::name).orElse(id.value());
  }

  private String colour(StatusId id) {
    return scheme.status(id).flatMap(WorkStatus::colour).map(c -> c.hex()).orElse(NO_COLOUR);
  }

  private void legend(StringBuilder html) {
    html.append("<ul class=\"legend\">\n");
    for (StatusId id : order()) {
      if (timeline.statuses().contains(id)) {
        html.append("<li><span class=\"swatch\" style=\"background:").append(colour(id))
            .append("\"></span>").append(escape(name(id))).append("</li>\n");
      }
    }
    html.append("</ul>\n");
  }

  private void chart(StringBuilder html) {
    List<LocalDate> dates = timeline.dates();
    int points = dates.size();
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    int max = 0;
    for (int i = 0; i < points; i++) {
      max = Math.max(max, timeline.total(i));
    }
    int top = niceCeiling(max);
    int step = max <= 0 ? 1 : tickStep(max);
    html.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(HEIGHT).append("\" role=\"img\" aria-label=\"Clients per status, week by week\">\n");
    // horizontal grid with the counts
    for (int value = 0; value <= top; value += step) {
      double y = TOP + plotHeight - plotHeight * value / top;
      html.append(String.format(Locale.ROOT,
          "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>"
              + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
          LEFT, y, WIDTH - RIGHT, y, LEFT - 8, y + 4, number(value)));
    }
    // stacked areas, the first status of the scheme at the bottom
    double[] lower = new double[Math.max(points, 2)];
    double[] upper = new double[lower.length];
    double[] xs = new double[lower.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = LEFT + (xs.length == 1 ? 0 : plotWidth * i / (xs.length - 1));
    }
    for (StatusId id : order()) {
      boolean any = false;
      for (int i = 0; i < lower.length; i++) {
        int count = timeline.count(Math.min(i, points - 1), id);
        upper[i] = lower[i] + count;
        any |= count > 0;
      }
      if (any) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
          path.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f ",
              xs[i], TOP + plotHeight - plotHeight * upper[i] / top));
        }
        for (int i = xs.length - 1; i >= 0; i--) {
          path.append('L').append(String.format(Locale.ROOT, "%.1f,%.1f ",
              xs[i], TOP + plotHeight - plotHeight * lower[i] / top));
        }
        path.append('Z');
        html.append("<path class=\"area\" data-status=\"").append(escape(id.value()))
            .append("\" fill=\"").append(colour(id)).append("\" d=\"").append(path)
            .append("\"><title>").append(escape(name(id))).append(": ")
            .append(number(timeline.count(points - 1, id))).append(" on ").append(dates.get(points - 1))
            .append("</title></path>\n");
      }
      System.arraycopy(upper, 0, lower, 0, lower.length);
    }
    // the time axis: a label at the first week of each quarter
    html.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>\n",
        LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight));
    int previousMonth = -1;
    for (int i = 0; i < points; i++) {
      LocalDate date = dates.get(i);
      int month = date.getYear() * 12 + date.getMonthValue();
      if (month != previousMonth && (date.getMonthValue() - 1) % 3 == 0 && previousMonth != -1) {
        html.append(String.format(Locale.ROOT,
            "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n",
            xs[i], TOP + plotHeight, xs[i], TOP + plotHeight + 5, xs[i], TOP + plotHeight + 20,
            MONTH.format(date)));
      }
      previousMonth = month;
    }
    html.append("</svg>\n");
  }

  private void table(StringBuilder html) {
    StatusDynamicsReport.Section total = dynamics.total();
    int end = total.clientsAtEnd();
    html.append("<table class=\"statuses\">\n<thead><tr><th>Status</th><th>Calculated</th><th>")
        .append(dynamics.start()).append("</th><th>").append(dynamics.end())
        .append("</th><th>Change</th><th>Share</th></tr></thead>\n<tbody>\n");
    for (StatusId id : order()) {
      int before = total.atStart().getOrDefault(id, 0);
      int after = total.atEnd().getOrDefault(id, 0);
      int change = after - before;
      html.append("<tr data-status=\"").append(escape(id.value())).append("\"><td><span class=\"swatch\" style=\"background:")
          .append(colour(id)).append("\"></span>").append(escape(name(id))).append("</td><td>")
          .append(escape(mode(id))).append("</td><td>").append(number(before)).append("</td><td>")
          .append(number(after)).append("</td><td class=\"")
          .append(change > 0 ? "up" : change < 0 ? "down" : "zero").append("\">")
          .append(change > 0 ? "+" : "").append(change == 0 ? "0" : number(change)).append("</td><td>")
          .append(end == 0 ? "0.0" : String.format(Locale.ROOT, "%.1f", 100.0 * after / end))
          .append("&#8239;%</td></tr>\n");
    }
    html.append("</tbody>\n<tfoot><tr><th>All clients</th><th></th><th>")
        .append(number(total.atStart().values().stream().mapToInt(Integer::intValue).sum()))
        .append("</th><th>").append(number(end)).append("</th><th></th><th>100&#8239;%</th></tr></tfoot>\n</table>\n");
  }

  private String mode(StatusId id) {
    Optional<WorkStatus> status = scheme.status(id);
    if (status.isEmpty()) {
      return "not in the scheme";
    }
    CalculationMode mode = status.get().mode();
    if (mode instanceof CalculationMode.Automatic automatic) {
      return automatic.template() + ", " + automatic.periodDays() + " days";
    }
    return mode instanceof CalculationMode.ForNewClient ? "for a new client" : "by hand";
  }

  private void matrix(StringBuilder html) {
    StatusDynamicsReport.Section total = dynamics.total();
    Map<Optional<StatusId>, Map<StatusId, Integer>> cells = new LinkedHashMap<>();
    for (StatusDynamicsReport.Transition move : total.transitions()) {
      cells.computeIfAbsent(move.from(), f -> new LinkedHashMap<>()).merge(move.to(), move.count(), Integer::sum);
    }
    List<StatusId> columns = new ArrayList<>();
    for (StatusId id : order()) {
      if (total.atEnd().containsKey(id)) {
        columns.add(id);
      }
    }
    List<Optional<StatusId>> rows = new ArrayList<>();
    for (StatusId id : order()) {
      if (cells.containsKey(Optional.of(id))) {
        rows.add(Optional.of(id));
      }
    }
    if (cells.containsKey(Optional.empty())) {
      rows.add(Optional.empty());
    }
    html.append("<table class=\"matrix\">\n<thead><tr><th>On ").append(dynamics.start()).append(" \\ on ")
        .append(dynamics.end()).append("</th>");
    for (StatusId column : columns) {
      html.append("<th><span class=\"swatch\" style=\"background:").append(colour(column)).append("\"></span>")
          .append(escape(name(column))).append("</th>");
    }
    html.append("<th>Total</th></tr></thead>\n<tbody>\n");
    int[] columnTotals = new int[columns.size()];
    for (Optional<StatusId> row : rows) {
      html.append("<tr><th>").append(row.map(id -> "<span class=\"swatch\" style=\"background:" + colour(id)
          + "\"></span>" + escape(name(id))).orElse("(new clients)")).append("</th>");
      int rowTotal = 0;
      for (int c = 0; c < columns.size(); c++) {
        int count = cells.getOrDefault(row, Map.of()).getOrDefault(columns.get(c), 0);
        rowTotal += count;
        columnTotals[c] += count;
        String css = row.isPresent() && row.get().equals(columns.get(c)) ? "kept" : count == 0 ? "zero" : "";
        html.append("<td").append(css.isEmpty() ? "" : " class=\"" + css + "\"").append('>')
            .append(count == 0 ? "&#183;" : number(count)).append("</td>");
      }
      html.append("<td>").append(number(rowTotal)).append("</td></tr>\n");
    }
    html.append("</tbody>\n<tfoot><tr><th>Total</th>");
    int all = 0;
    for (int columnTotal : columnTotals) {
      html.append("<th>").append(number(columnTotal)).append("</th>");
      all += columnTotal;
    }
    html.append("<th>").append(number(all)).append("</th></tr></tfoot>\n</table>\n");
  }

  /** The step between the grid lines: 1, 2, 2.5 or 5 times a power of ten, five steps at most. */
  static int tickStep(int max) {
    long power = 1;
    while (true) {
      for (long step : new long[] {power, 2 * power, power * 5 / 2, 5 * power}) {
        if (step > 0 && step * 5 >= max) {
          return (int) step;
        }
      }
      power *= 10;
    }
  }

  /** The top of the scale: the first grid line not below the largest value. */
  static int niceCeiling(int max) {
    if (max <= 0) {
      return 5;
    }
    int step = tickStep(max);
    return (max + step - 1) / step * step;
  }

  static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value).replace(",", "\u202F");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
