package org.clientbase.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.examples.cli.GeneratedExports;
import org.clientbase.rules.status.StatusDynamicsReport;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.StatusHistoryStore;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.spi.store.PageRequest;

/** A report of a small generated base, recalculated by the library's batch. */
final class ReportFixture {
  final StatusScheme scheme = StatusScheme.defaults();
  final StatusTimeline timeline;
  final StatusDynamicsReport dynamics;

  ReportFixture(long seed, int clients) {
    InMemoryClientbase base = GeneratedExports.generate(seed, clients).recalculated(scheme);
    StatusHistoryStore histories = base.statusHistoryStore();
    StatusTimeline.Builder weeks = StatusTimeline.weekly(GeneratedExports.AS_OF, 52);
    List<StatusAssignment> all = new ArrayList<>();
    PageRequest<ClientId> request = PageRequest.first(100);
    while (true) {
      List<ClientStatusHistory> page = histories.page(request);
      for (ClientStatusHistory history : page) {
        weeks.add(history.entries());
        all.addAll(history.entries());
      }
      if (page.size() < 100) {
        break;
      }
      request = request.next(page.get(page.size() - 1).client());
    }
    timeline = weeks.build();
    dynamics = StatusDynamicsReport.of(all, GeneratedExports.AS_OF);
  }

  HtmlReport report() {
    return HtmlReport.builder(scheme, timeline, dynamics).title("Client base on " + GeneratedExports.AS_OF)
        .fact("Clients", HtmlReport.number(dynamics.total().clientsAtEnd())).build();
  }
}
