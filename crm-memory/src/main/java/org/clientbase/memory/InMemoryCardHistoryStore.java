package org.clientbase.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.store.CardHistoryStore;
import org.clientbase.spi.store.CardRevision;

/**
 * What the in-memory card history stores share: each card's revisions as an immutable list,
 * replaced under the {@link InMemoryUnitOfWork}'s lock by each append, which checks the number,
 * the card and the instant before it writes anything. Thread-safe.
 *
 * @param <I> the card id type
 * @param <C> the card type
 */
public abstract sealed class InMemoryCardHistoryStore<I extends EntityId, C> implements CardHistoryStore<I, C>
    permits InMemoryClientHistoryStore, InMemoryContactPersonHistoryStore {

  private final String entity;
  private final String operationPrefix;
  private final InMemoryUnitOfWork unitOfWork;
  private final FaultInjector faults;
  private final ConcurrentSkipListMap<String, List<CardRevision<C>>> histories = new ConcurrentSkipListMap<>();

  /**
   * Creates the store.
   *
   * @param entity the card type's name for messages, e.g. {@code "Client"}
   * @param store the SPI interface's name for fault injection, e.g. {@code "ClientHistoryStore"}
   * @param unitOfWork the unit of work its appends take part in
   * @param faults the fault injector consulted before every call
   */
  InMemoryCardHistoryStore(String entity, String store, InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    this.entity = entity;
    this.operationPrefix = store + ".";
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public List<CardRevision<C>> revisions(I card) {
    Objects.requireNonNull(card, "card");
    faults.beforeCall(operationPrefix + "revisions", false);
    return histories.getOrDefault(card.value(), List.of());
  }

  @Override
  public Optional<CardRevision<C>> latest(I card) {
    Objects.requireNonNull(card, "card");
    faults.beforeCall(operationPrefix + "latest", false);
    List<CardRevision<C>> all = histories.getOrDefault(card.value(), List.of());
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Appends a revision to a card's history.
   *
   * @param card the card
   * @param revision the revision, numbered one more than the card's last revision
   * @throws StaleWriteException if the card's last revision is not the one before this
   *     revision; nothing is written
   * @throws InvalidValueException if the revision is of another card, is dated before the last
   *     revision, or is a first revision without a snapshot; nothing is written
   * @throws InjectedFailure if the fault injector fails this call; nothing is written
   */
  @Override
  public void append(I card, CardRevision<C> revision) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(revision, "revision");
    faults.beforeCall(operationPrefix + "append", true);
    String history = "history of " + entity + " " + card;
    if (!revision.card().equals(card)) {
      throw new InvalidValueException(history, revision.card(), "cannot hold a revision of another card");
    }
    unitOfWork.write(() -> {
      List<CardRevision<C>> before = histories.get(card.value());
      List<CardRevision<C>> current = before == null ? List.of() : before;
      long last = current.size();
      if (revision.number() != last + 1) {
        throw new StaleWriteException(history, revision.number() - 1, last);
      }
      if (current.isEmpty() && !revision.hasSnapshot()) {
        throw new InvalidValueException(
            history, revision.kind(), "the first revision must hold the whole card");
      }
      if (!current.isEmpty() && revision.at().isBefore(current.get(current.size() - 1).at())) {
        throw new InvalidValueException(
            history + " revision " + revision.number() + " at", revision.at(),
            "is before the last revision's " + current.get(current.size() - 1).at());
      }
      List<CardRevision<C>> after = new ArrayList<>(current);
      after.add(revision);
      histories.put(card.value(), List.copyOf(after));
      unitOfWork.onUndo(() -> {
        if (before == null) {
          histories.remove(card.value());
        } else {
          histories.put(card.value(), before);
        }
      });
      return null;
    });
  }

  /**
   * Returns every revision of every card, cards in id text order, for assertions in tests. Not
   * counted by the fault injector.
   *
   * @return a copy of the store's contents
   */
  public List<CardRevision<C>> all() {
    List<CardRevision<C>> all = new ArrayList<>();
    histories.values().forEach(all::addAll);
    return List.copyOf(all);
  }
}
