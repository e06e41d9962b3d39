package org.clientbase.examples.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.lead.Lead;
import org.clientbase.jdbc.JdbcClientbase;
import org.clientbase.spi.Progress;
import org.clientbase.spi.ProgressListener;
import org.clientbase.testkit.generators.ClientHistory;

/**
 * Writes a generated base into the host's stores: clients with their contact persons,
 * counterparties and facts, the near-duplicates, then the leads. Clients are made on worker
 * threads a few chunks ahead; which of them are written is decided in the order of their
 * numbers, so the base does not depend on the threads; each chunk is written in one unit of work
 * on a pool of writer threads.
 */
final class BaseLoader {
  private static final int CHUNK = 250;

  private final JdbcClientbase crm;
  private final BaseGenerator generator;
  private final int threads;
  private final boolean interactions;

  BaseLoader(JdbcClientbase crm, BaseGenerator generator, int threads, boolean interactions) {
    this.crm = Objects.requireNonNull(crm, "crm");
    this.generator = Objects.requireNonNull(generator, "generator");
    this.threads = threads;
    this.interactions = interactions;
  }

  private record Chunk(int from, List<ClientHistory> histories) {}

  /** What was written. */
  record Loaded(
      int clients, int duplicates, int leads, long contactPersons, long counterparties,
      long interests, long payments, long shipments, long interactions, long tasks,
      List<ClientId> duplicateIds, List<BaseGenerator.ManualStatus> manualStatuses) {}

  Loaded load(int clients, int leads, ProgressListener progress) {
    Counts counts = new Counts();
    Set<String> ids = new HashSet<>();
    ExecutorService makers = pool("demo-generator");
    ExecutorService writers = pool("demo-writer");
    try {
      ArrayDeque<Future<Chunk>> ahead = new ArrayDeque<>();
      ArrayDeque<Future<Integer>> writing = new ArrayDeque<>();
      int nextIndex = 0;
      int chosen = 0;
      while (chosen < clients) {
        while (ahead.size() < threads + 1) {
          int from = nextIndex;
          nextIndex += CHUNK;
          ahead.add(makers.submit(() -> {
            List<ClientHistory> chunk = new ArrayList<>(CHUNK);
            for (int i = from; i < from + CHUNK; i++) {
              chunk.add(generator.client(i));
            }
            return new Chunk(from, chunk);
          }));
        }
        // which clients to write is decided here, in the order of their numbers, so that the
        // base is the same whatever thread made or writes each chunk
        Chunk made = get(ahead.poll());
        List<ClientHistory> fresh = new ArrayList<>(made.histories().size());
        List<Client> duplicates = new ArrayList<>();
        for (int i = 0; i < made.histories().size() && chosen + fresh.size() < clients; i++) {
          ClientHistory history = made.histories().get(i);
          if (!ids.add(history.clientId().value())) {
            continue; // the generators happened to make this id already
          }
          fresh.add(history);
          generator.manualStatus(history.client(), made.from() + i).ifPresent(counts.manualStatuses::add);
          ClientId duplicateId = ClientId.of("c-" + (100_000 + counts.duplicateIds.size() + 1));
          generator.duplicateOf(history.client(), made.from() + i, duplicateId).ifPresent(d -> {
            duplicates.add(d);
            counts.duplicateIds.add(d.id());
          });
        }
        chosen += fresh.size();
        writing.add(writers.submit(() -> crm.unitOfWork().execute(() -> {
          Counts written = new Counts();
          fresh.forEach(history -> write(history, written));
          duplicates.forEach(crm.clientStore()::insert);
          written.clients = fresh.size();
          written.duplicates = duplicates.size();
          synchronized (counts) {
            counts.add(written);
          }
          return fresh.size();
        })));
        while (writing.size() > 2 * threads || (chosen == clients && !writing.isEmpty())) {
          get(writing.poll());
          synchronized (counts) {
            progress.onProgress(new Progress("clients", counts.clients, 0, OptionalLong.of(clients)));
          }
        }
      }
    } finally {
      makers.shutdownNow();
      writers.shutdownNow();
    }
    Set<String> leadIds = new HashSet<>();
    List<Lead> batch = new ArrayList<>();
    for (int index = 0; counts.leads < leads; index++) {
      Lead lead = generator.lead(index);
      if (!leadIds.add(lead.id().value())) {
        continue;
      }
      batch.add(lead);
      if (batch.size() == CHUNK || counts.leads + batch.size() == leads) {
        List<Lead> writing = List.copyOf(batch);
        crm.unitOfWork().execute(() -> {
          writing.forEach(crm.leadStore()::insert);
          return null;
        });
        counts.leads += writing.size();
        batch.clear();
        progress.onProgress(new Progress("leads", counts.leads, 0, OptionalLong.of(leads)));
      }
    }
    return new Loaded(counts.clients, counts.duplicates, counts.leads, counts.contactPersons,
        counts.counterparties, counts.interests, counts.payments, counts.shipments,
        counts.interactions, counts.tasks, List.copyOf(counts.duplicateIds),
        List.copyOf(counts.manualStatuses));
  }

  private ExecutorService pool(String name) {
    return Executors.newFixedThreadPool(threads, work -> {
      Thread thread = new Thread(work, name);
      thread.setDaemon(true);
      return thread;
    });
  }

  private void write(ClientHistory history, Counts counts) {
    for (ContactPerson person : history.portrait().contactPersons()) {
      crm.contactPersonStore().insert(person);
    }
    crm.clientStore().insert(history.client());
    for (Counterparty counterparty : history.portrait().counterparties()) {
      crm.counterpartyStore().insert(counterparty);
    }
    history.interests().forEach(crm.interestStore()::insert);
    history.payments().forEach(crm.paymentStore()::insert);
    history.shipments().forEach(crm.shipmentStore()::insert);
    if (interactions) {
      history.interactions().forEach(crm.interactionStore()::insert);
      history.tasks().forEach(crm.taskStore()::insert);
      counts.interactions += history.interactions().size();
      counts.tasks += history.tasks().size();
    }
    counts.contactPersons += history.portrait().contactPersons().size();
    counts.counterparties += history.portrait().counterparties().size();
    counts.interests += history.interests().size();
    counts.payments += history.payments().size();
    counts.shipments += history.shipments().size();
  }

  private static <T> T get(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating the base", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("generating the base failed: " + e.getCause(), e.getCause());
    }
  }

  private static final class Counts {
    int clients;
    int duplicates;
    int leads;
    long contactPersons;
    long counterparties;
    long interests;
    long payments;
    long shipments;
    long interactions;
    long tasks;
    final List<ClientId> duplicateIds = new ArrayList<>();
    final List<BaseGenerator.ManualStatus> manualStatuses = new ArrayList<>();

    void add(Counts other) {
      clients += other.clients;
      duplicates += other.duplicates;
      contactPersons += other.contactPersons;
      counterparties += other.counterparties;
      interests += other.interests;
      payments += other.payments;
      shipments += other.shipments;
      interactions += other.interactions;
      tasks += other.tasks;
    }
  }
}
