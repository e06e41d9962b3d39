package org.clientbase.examples.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.status.StatusDynamicsReport;
import org.clientbase.rules.status.StatusScheme;

/** The status table and the status dynamics as plain text for a terminal. */
public final class TextReport {
  private TextReport() {}

  /**
   * Returns the table of statuses: clients per status at the start and the end of the period,
   * the change and the share.
   *
   * @param scheme the scheme that names the statuses
   * @param dynamics the dynamics of the period
   * @return the table, one line per status
   */
  public static String statusTable(StatusScheme scheme, StatusDynamicsReport dynamics) {
    StatusDynamicsReport.Section total = dynamics.total();
    int end = total.clientsAtEnd();
    int width = Math.max(14, order(scheme, dynamics).stream().mapToInt(id -> name(scheme, id).length()).max().orElse(0));
    StringBuilder text = new StringBuilder();
    String format = "  %-" + width + "s %12s %12s %8s %7s%n";
    text.append(String.format(Locale.ROOT, format, "Status", dynamics.start(), dynamics.end(), "change", "share"));
    text.append("  ").append("-".repeat(width + 43)).append('\n');
    int startSum = 0;
    for (StatusId id : order(scheme, dynamics)) {
      int before = total.atStart().getOrDefault(id, 0);
      int after = total.atEnd().getOrDefault(id, 0);
      startSum += before;
      text.append(String.format(Locale.ROOT, format, name(scheme, id), HtmlReport.number(before),
          HtmlReport.number(after), signed(after - before),
          String.format(Locale.ROOT, "%.1f%%", end == 0 ? 0.0 : 100.0 * after / end)));
    }
    text.append("  ").append("-".repeat(width + 43)).append('\n');
    text.append(String.format(Locale.ROOT, format, "All clients", HtmlReport.number(startSum),
        HtmlReport.number(end), signed(end - startSum), "100.0%"));
    return text.toString();
  }

  /**
   * Returns the changes of status recorded in the period, most frequent first, and how many
   * clients kept their status.
   *
   * @param scheme the scheme that names the statuses
   * @param dynamics the dynamics of the period
   * @return the lines
   */
  public static String changes(StatusScheme scheme, StatusDynamicsReport dynamics) {
    StatusDynamicsReport.Section total = dynamics.total();
    List<StatusDynamicsReport.Transition> changes = new ArrayList<>(total.changes());
    changes.sort((a, b) -> Integer.compare(b.count(), a.count()));
    StringBuilder text = new StringBuilder();
    int recorded = changes.stream().mapToInt(StatusDynamicsReport.Transition::count).sum();
    text.append(String.format(Locale.ROOT, "  %s changes of status from %s to %s:%n",
        HtmlReport.number(recorded), dynamics.start().plusDays(1), dynamics.end()));
    int width = changes.stream().mapToInt(t -> from(scheme, t.from()).length()).max().orElse(0);
    for (StatusDynamicsReport.Transition change : changes) {
      text.append(String.format(Locale.ROOT, "  %" + width + "s -> %-16s %8s%n", from(scheme, change.from()),
          name(scheme, change.to()), HtmlReport.number(change.count())));
    }
    int kept = total.transitions().stream().filter(t -> t.from().isPresent() && t.from().get().equals(t.to()))
        .mapToInt(StatusDynamicsReport.Transition::count).sum();
    text.append(String.format(Locale.ROOT, "  %s of %s clients have the status they had on %s.%n",
        HtmlReport.number(kept), HtmlReport.number(total.clientsAtEnd()), dynamics.start()));
    return text.toString();
  }

  private static String from(StatusScheme scheme, Optional<StatusId> status) {
    return status.map(s -> name(scheme, s)).orElse("(new client)");
  }

  private static List<StatusId> order(StatusScheme scheme, StatusDynamicsReport dynamics) {
    Set<StatusId> order = new LinkedHashSet<>();
    for (WorkStatus status : scheme.statuses()) {
      order.add(status.id());
    }
    order.addAll(dynamics.total().atStart().keySet());
    order.addAll(dynamics.total().atEnd().keySet());
    return new ArrayList<>(order);
  }

  private static String name(StatusScheme scheme, StatusId id) {
    return scheme.status(id).map(WorkStatus::name).orElse(id.value());
  }

  private static String signed(int value) {
    return value > 0 ? "+" + HtmlReport.number(value) : value == 0 ? "0" : "-" + HtmlReport.number(-value);
  }
}
