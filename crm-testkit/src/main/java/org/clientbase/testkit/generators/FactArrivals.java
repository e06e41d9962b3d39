package org.clientbase.testkit.generators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.id.ClientId;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.Versioned;

/**
 * Generated client histories as a host receives them, day by day: each card and fact arrives
 * on its own date moved by a few days (earlier for a planned fact, later for one entered late),
 * and an interest closed in the history first arrives open and is closed on a later day. So a
 * base fed with {@link #arrive} changes every day the way a live base does, for tests of work
 * that must follow fact changes.
 *
 * <pre>{@code
 * FactArrivals arrivals = FactArrivals.of(generatedClients, seed);
 * for (LocalDate day = arrivals.first(); !day.isAfter(arrivals.last()); day = day.plusDays(1)) {
 *   Set<ClientId> changed = arrivals.arrive(day, base);
 * }
 * }</pre>
 */
public final class FactArrivals {
  private final TreeMap<LocalDate, List<Object>> byDay = new TreeMap<>();

  private FactArrivals() {}

  /**
   * Spreads generated clients over arrival days; the same clients and seed always give the
   * same days.
   *
   * @param clients the generated clients
   * @param seed moves each arrival by -2 to +3 days, as a function of the seed and the id
   * @return the arrivals
   */
  public static FactArrivals of(List<ClientHistory> clients, long seed) {
    FactArrivals arrivals = new FactArrivals();
    for (ClientHistory client : clients) {
      arrivals.add(client.client().createdOn().plusDays(shift(seed, client.clientId().value())), client.client());
      for (Interest interest : client.interests()) {
        LocalDate opened = interest.openedOn().plusDays(shift(seed, interest.id().value()));
        Optional<LocalDate> closed =
            interest.closedOn().map(day -> day.plusDays(shift(seed, interest.id().value() + "/closed")));
        if (closed.isPresent() && closed.get().isAfter(opened)) {
          arrivals.add(opened, Interest.builder().from(interest).closedOn(Optional.empty())
              .outcome(Optional.empty()).lossReason(Optional.empty()).build());
          arrivals.add(closed.get(), interest);
        } else {
          arrivals.add(opened, interest);
        }
      }
      client.payments().forEach(p -> arrivals.add(p.date().plusDays(shift(seed, p.id().value())), p));
      client.shipments().forEach(s -> arrivals.add(s.date().plusDays(shift(seed, s.id().value())), s));
    }
    return arrivals;
  }

  private static long shift(long seed, String id) {
    return Math.floorMod(Objects.hash(seed, id) * 31 + (int) (seed >>> 32), 6) - 2;
  }

  private void add(LocalDate day, Object what) {
    byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(what);
  }

  /**
   * Returns the first arrival day.
   *
   * @return the day, or {@link LocalDate#MAX} when nothing arrives
   */
  public LocalDate first() {
    return byDay.isEmpty() ? LocalDate.MAX : byDay.firstKey();
  }

  /**
   * Returns the last arrival day.
   *
   * @return the day, or {@link LocalDate#MIN} when nothing arrives
   */
  public LocalDate last() {
    return byDay.isEmpty() ? LocalDate.MIN : byDay.lastKey();
  }

  /**
   * Stores in a base what arrives on a day: new cards first, then new facts and closed
   * interests.
   *
   * @param day the day
   * @param base the base
   * @return the clients whose card or facts arrived or changed
   */
  public Set<ClientId> arrive(LocalDate day, Clientbase base) {
    Set<ClientId> changed = new LinkedHashSet<>();
    List<Object> arriving = byDay.getOrDefault(day, List.of());
    for (Object what : arriving) {
      if (what instanceof org.clientbase.core.client.Client card) {
        base.clientStore().insert(card);
        changed.add(card.id());
      }
    }
    for (Object what : arriving) {
      if (what instanceof Interest interest) {
        Optional<Versioned<Interest>> stored = base.interestStore().find(interest.id());
        if (stored.isPresent()) {
          base.interestStore().update(interest, stored.get().version());
        } else {
          base.interestStore().insert(interest);
        }
        changed.add(interest.client().orElseThrow());
      } else if (what instanceof org.clientbase.core.activity.Payment payment) {
        base.paymentStore().insert(payment);
        changed.add(payment.client());
      } else if (what instanceof org.clientbase.core.activity.Shipment shipment) {
        base.shipmentStore().insert(shipment);
        changed.add(shipment.client());
      }
    }
    return changed;
  }
}
