package org.clientbase.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.ClientFacts;
import org.clientbase.spi.store.ClientPages;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.StatusHistoryStore;

/**
 * A client base of any size that is generated, not stored: clients and their facts are made
 * from their numbers by {@link StatusData} when a store is asked for them, so the memory check
 * measures the library, not a test double holding millions of objects. The status history is
 * kept compact (each client's current status, its date, the evaluated date and the version, in
 * primitive arrays), the way a host keeps a current-status column beside an append-only log;
 * the appended entries themselves are counted and dropped.
 */
final class SyntheticBase {
  private final int size;
  private final FactCache facts = new FactCache();

  SyntheticBase(int size) {
    this.size = size;
  }

  ClientPages clients() {
    return new Clients();
  }

  ClientFacts<Interest> interests() {
    return ids -> collect(ids, StatusData.Facts::interests);
  }

  ClientFacts<Payment> payments() {
    return ids -> collect(ids, StatusData.Facts::payments);
  }

  ClientFacts<Shipment> shipments() {
    return ids -> collect(ids, StatusData.Facts::shipments);
  }

  CompactHistory history() {
    return new CompactHistory(size);
  }

  static Client card(int index) {
    return Client.builder()
        .id(StatusData.id(index))
        .kind(ClientKind.LEGAL_ENTITY)
        .name("ООО Клиент " + index)
        .createdOn(StatusData.createdOn(index))
        .build();
  }

  /** Generates a batch's facts once for the three fact stores that ask in turn. */
  private static final class FactCache {
    private Collection<ClientId> lastIds;
    private List<StatusData.Facts> lastFacts;

    synchronized List<StatusData.Facts> of(Collection<ClientId> ids) {
      if (ids != lastIds) {
        List<StatusData.Facts> generated = new ArrayList<>(ids.size());
        for (ClientId id : ids) {
          generated.add(StatusData.facts(StatusData.index(id)));
        }
        lastIds = ids;
        lastFacts = generated;
      }
      return lastFacts;
    }
  }

  private <F> List<F> collect(Collection<ClientId> ids, Function<StatusData.Facts, List<F>> part) {
    List<F> result = new ArrayList<>();
    for (StatusData.Facts one : facts.of(ids)) {
      result.addAll(part.apply(one));
    }
    return result;
  }

  /** The generated cards: the only reads the status service makes of the client store. */
  private final class Clients implements ClientPages {
    @Override
    public Optional<Versioned<Client>> find(ClientId id) {
      int index = StatusData.index(id);
      return index < size ? Optional.of(Versioned.first(card(index))) : Optional.empty();
    }

    @Override
    public List<Versioned<Client>> page(Optional<ClientId> after, int limit) {
      int from = after.map(id -> StatusData.index(id) + 1).orElse(0);
      List<Versioned<Client>> page = new ArrayList<>(limit);
      for (int i = from; i < size && page.size() < limit; i++) {
        page.add(Versioned.first(card(i)));
      }
      return page;
    }

    @Override
    public long count() {
      return size;
    }
  }

  /** Keeps each client's current status in primitive arrays; counts the appended entries. */
  static final class CompactHistory implements StatusHistoryStore {
    private static final List<StatusId> STATUSES =
        StatusScheme.defaults().statuses().stream().map(WorkStatus::id).toList();
    private static final int NONE = Integer.MIN_VALUE;

    private final byte[] status;
    private final int[] since;
    private final int[] evaluated;
    private final int[] version;
    private final AtomicLong entries = new AtomicLong();

    CompactHistory(int size) {
      status = new byte[size];
      since = new int[size];
      evaluated = new int[size];
      version = new int[size];
      java.util.Arrays.fill(evaluated, NONE);
    }

    long entries() {
      return entries.get();
    }

    synchronized long version(int client) {
      return version[client];
    }

    @Override
    public synchronized ClientStatusHistory history(ClientId client) {
      int i = StatusData.index(client);
      List<StatusAssignment> current = status[i] == 0 ? List.of() : List.of(StatusAssignment.builder()
          .client(client)
          .status(STATUSES.get(status[i] - 1))
          .since(LocalDate.ofEpochDay(since[i]))
          .reason(StatusReason.byRule(TemplateKey.NEW_CLIENT))
          .build());
      Optional<LocalDate> through =
          evaluated[i] == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(evaluated[i]));
      return new ClientStatusHistory(client, current, through, version[i]);
    }

    @Override
    public synchronized ClientStatusHistory append(
        ClientId client, long expectedVersion, List<StatusAssignment> added,
        Optional<LocalDate> evaluatedThrough) {
      int i = StatusData.index(client);
      if (version[i] != expectedVersion) {
        throw new StaleWriteException("Status history of client " + client, expectedVersion, version[i]);
      }
      Optional<StatusId> current = status[i] == 0 ? Optional.empty() : Optional.of(STATUSES.get(status[i] - 1));
      for (StatusAssignment entry : added) {
        if (!entry.previous().equals(current)) {
          throw new IllegalArgumentException("entry " + entry + " does not continue " + current);
        }
        current = Optional.of(entry.status());
      }
      if (!added.isEmpty()) {
        StatusAssignment last = added.get(added.size() - 1);
        status[i] = (byte) (STATUSES.indexOf(last.status()) + 1);
        since[i] = (int) last.since().toEpochDay();
      }
      evaluatedThrough.ifPresent(d -> evaluated[i] = (int) d.toEpochDay());
      version[i]++;
      entries.addAndGet(added.size());
      return history(client);
    }

    @Override
    public List<ClientStatusHistory> page(Optional<ClientId> after, int limit) {
      int from = after.map(id -> StatusData.index(id) + 1).orElse(0);
      List<ClientStatusHistory> page = new ArrayList<>(limit);
      for (int i = from; i < version.length && page.size() < limit; i++) {
        if (version[i] > 0) {
          page.add(history(StatusData.id(i)));
        }
      }
      return page;
    }
  }
}
