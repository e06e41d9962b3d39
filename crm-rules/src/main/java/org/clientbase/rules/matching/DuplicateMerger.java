package org.clientbase.rules.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.rules.matching.internal.CardKind;
import org.clientbase.rules.matching.internal.CardWriter;
import org.clientbase.rules.matching.internal.MergeEngine;
import org.clientbase.rules.matching.internal.MergeStores;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.ConcurrentUpdateException;
import org.clientbase.spi.IdGenerator;
import org.clientbase.spi.ReferenceRewriter;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.DocumentReferences;
import org.clientbase.spi.matching.FieldConflict;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeJournal;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonStore;
import org.clientbase.spi.store.CounterpartyStore;
import org.clientbase.spi.store.InteractionStore;
import org.clientbase.spi.store.InterestStore;
import org.clientbase.spi.store.PaymentStore;
import org.clientbase.spi.store.ShipmentStore;
import org.clientbase.spi.store.TaskStore;

/**
 * Merges duplicate clients or contact persons into one, keeping everything, and undoes merges.
 *
 * <p>A merge chooses the survivor (given, {@link SurvivorChoice#MOST_COMPLETE most complete} or
 * {@link SurvivorChoice#OLDEST oldest}), fills its empty fields from the others and unites their
 * phones, emails, addresses, links and tags; values it does not take are kept as {@link
 * FieldConflict conflicts} in the merge's record, and the merged cards themselves are kept,
 * marked {@link Client#mergedInto()}, never deleted. Every reference is moved to the survivor:
 * in the library's stores (a merged client's counterparties, interests, interactions, payments,
 * shipments and tasks; the clients' links to a merged contact person, and the interactions and
 * tasks of those clients that name the person) and, through {@link DocumentReferences}, in the
 * host's own documents. A lead linked to a merged card keeps its link; the merged card's {@code
 * mergedInto} leads on to the survivor.
 *
 * <p>Each merge runs in one {@link UnitOfWork}, and first writes its {@link MergeRecord} to the
 * {@link MergeJournal} with everything it will write. On a transactional host a failure leaves
 * nothing behind and the merge can simply be asked again; on a host without transactions a
 * failure leaves the record {@link MergeState#STARTED} and {@link #resume()} finishes it, every
 * step written so that doing it again changes nothing. Merging cards that are merged already
 * changes nothing. {@link #undo(MergeId)} gives the cards back as they were before the merge
 * (keeping later changes of other fields) and moves the references back. The record names who
 * asked for the merge (the request's {@link MergeRequest#author() author}, else the default
 * author of the card history, if kept) and who undid it.
 *
 * <p>With {@link Builder#recordHistory(CardHistory, UserId)}, every card a merge, resume or
 * undo writes (the survivor, the merged cards' mark, the clients relinked from a merged contact
 * person) gets one revision in the {@link CardHistory}, in the same unit of work as the write,
 * attributed to the request's {@link MergeRequest#author() author} or the undo's user, else to
 * the default author; a resumed merge is attributed to the author its record names. A step a
 * resumed merge finds done is not recorded again; on a host without transactions, a card
 * written just before a failure and not yet recorded is recorded by the next write through the
 * history as an observed revision.
 *
 * <pre>{@code
 * DuplicateMerger merger = DuplicateMerger.builder()
 *     .clientbase(base).clock(clock).duplicateControl(control)
 *     .recordHistory(cardHistory, systemUser)
 *     .build();
 * MergeResult result = merger.merge(MergeRequest.ofClients(List.of(c1, c7))
 *     .withNote(match.explain()).withAuthor(manager));
 * merger.undo(result.merge().orElseThrow(), manager);
 * }</pre>
 */
public final class DuplicateMerger {
  private static final int RESUME_BATCH = 100;
  /** How many times a unit of work that collided with another is run again before giving up. */
  static final int ATTEMPTS = 16;

  private final MergeJournal journal;
  private final UnitOfWork unitOfWork;
  private final Optional<UserId> historyAuthor;
  private final MergeEngine engine;

  private DuplicateMerger(Builder b) {
    Clientbase base = b.parts.clientbase();
    MergeStores stores = new MergeStores(
        base.clientStore(), base.contactPersonStore(), base.counterpartyStore(), base.interestStore(),
        base.interactionStore(), base.paymentStore(), base.shipmentStore(), base.taskStore());
    this.journal = base.mergeJournal();
    this.unitOfWork = base.unitOfWork();
    Clock clock = b.parts.clock();
    IdGenerator ids = base.idGenerator();
    this.historyAuthor = Optional.ofNullable(b.historyAuthor);
    this.engine = new MergeEngine(stores, journal, clock, ids,
        base.documentReferences(), Optional.ofNullable(b.control),
        new CardWriter(Optional.ofNullable(b.history)));
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Merges duplicate cards into one, in one unit of work.
   *
   * @param request the cards and how to choose the survivor
   * @return what was done; {@link MergeResult.Outcome#ALREADY_MERGED} if every card was merged
   *     into the survivor already
   * @throws MergeRefusedException if a card does not exist or the survivor named is not one of
   *     the cards; nothing is written
   */
  public MergeResult merge(MergeRequest request) {
    Objects.requireNonNull(request, "request");
    UserId author = author(request.author());
    CardKind<?, ?> kind = engine.kindOf(request);
    List<MergeId> started = new ArrayList<>();
    return retrying("merge of " + request.cards(), () -> {
      started.clear();
      return engine.merge(kind, request, author, started);
    }, () -> started.stream().anyMatch(id -> journal.find(id).isPresent()));
  }

  /**
   * Runs work in a unit of work, again from fresh reads when it collided with another unit of
   * work, at most {@link #ATTEMPTS} times. A collision is a {@link ConcurrentUpdateException} or
   * a {@link StaleWriteException}: the work writes every card at the version it read, so a
   * stale write means another merge, undo or edit of the same cards committed first. On a host
   * without transactions a failed attempt may have left its record {@link MergeState#STARTED};
   * then it is not run again, and {@link #resume()} finishes it.
   */
  private <T> T retrying(String what, Supplier<T> work, BooleanSupplier leftBehind) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return unitOfWork.execute(work);
      } catch (ConcurrentUpdateException | StaleWriteException collision) {
        if (leftBehind.getAsBoolean()) {
          throw collision;
        }
        last = collision;
      }
    }
    throw new ConcurrentUpdateException(what + " collided with other units of work " + ATTEMPTS
        + " times; nothing was written, try again", last);
  }

  /** Who card changes are attributed to: the user named, else the default author; null without history. */
  private UserId author(Optional<UserId> named) {
    return named.or(() -> historyAuthor).orElse(null);
  }

  /**
   * Finishes every merge that a failure left {@link MergeState#STARTED}, each in its own unit of
   * work. Safe to call at any time; with nothing to finish it does nothing. The cards it writes
   * are recorded in the card history, if kept, under the merge's {@link MergeRecord#author()
   * author}, the user who asked for it, or else the default author.
   *
   * @return what was finished
   */
  public List<MergeResult> resume() {
    List<MergeResult> results = new ArrayList<>();
    while (true) {
      List<Versioned<MergeRecord>> started = journal.findByState(MergeState.STARTED, RESUME_BATCH);
      if (started.isEmpty()) {
        return results;
      }
      for (Versioned<MergeRecord> record : started) {
        results.add(retrying("resume of " + record.value().id(), () -> {
          Versioned<MergeRecord> fresh = journal.find(record.value().id()).orElseThrow();
          if (fresh.value().state() != MergeState.STARTED) {
            return new MergeResult(MergeResult.Outcome.RESUMED, Optional.of(fresh.value().id()),
                fresh.value().survivor(), fresh.value().merged(), fresh.value().conflicts(), 0, 0);
          }
          return engine.apply(engine.kindOf(fresh.value()), fresh, MergeResult.Outcome.RESUMED,
              author(fresh.value().author()));
        }, () -> false));
      }
    }
  }

  /**
   * Undoes a merge, in one unit of work: the survivor's fields the merge filled are emptied
   * again (other changes made since are kept), the merged cards are no longer marked, and every
   * moved reference, in the library's stores and, if the {@link DocumentReferences} can, in the
   * host's documents, is moved back. The cards it writes are recorded in the card history, if
   * kept, under the default author, and the record names the default author, if any, as the
   * one who undid the merge.
   *
   * @param merge the merge
   * @return what was done; {@link MergeResult.Outcome#ALREADY_UNDONE} if it was undone already
   * @throws MergeRefusedException if there is no such merge, it is not finished, a later merge
   *     took the survivor or a merged card, or a field the merge filled was changed since;
   *     nothing is written
   */
  public MergeResult undo(MergeId merge) {
    Objects.requireNonNull(merge, "merge");
    return undoAs(merge, author(Optional.empty()));
  }

  /**
   * Undoes a merge on behalf of a user, as {@link #undo(MergeId)} does; the cards it writes are
   * recorded in the card history, if kept, under that user, and the record names the user as
   * the one who undid the merge.
   *
   * @param merge the merge
   * @param user who the card changes are attributed to
   * @return what was done; {@link MergeResult.Outcome#ALREADY_UNDONE} if it was undone already
   * @throws MergeRefusedException if there is no such merge, it is not finished, a later merge
   *     took the survivor or a merged card, or a field the merge filled was changed since;
   *     nothing is written
   */
  public MergeResult undo(MergeId merge, UserId user) {
    Objects.requireNonNull(merge, "merge");
    return undoAs(merge, Objects.requireNonNull(user, "user"));
  }

  private MergeResult undoAs(MergeId merge, UserId author) {
    return retrying("undo of " + merge, () -> {
      Versioned<MergeRecord> stored = journal.find(merge)
          .orElseThrow(() -> new MergeRefusedException("there is no merge " + merge));
      MergeRecord record = stored.value();
      return switch (record.state()) {
        case UNDONE -> new MergeResult(MergeResult.Outcome.ALREADY_UNDONE, Optional.of(merge), record.survivor(),
            record.merged(), record.conflicts(), 0, 0);
        case STARTED -> throw new MergeRefusedException("merge " + merge + " is not finished; resume it first");
        case APPLIED -> engine.undo(engine.kindOf(record), stored, author);
      };
    }, () -> false);
  }

  /** Builds a {@link DuplicateMerger}; every store, the journal, unit of work, clock and ids are required. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("DuplicateMerger");
    private final BuilderChecks checks = parts.checks();
    private DuplicateControl control;
    private CardHistory history;
    private UserId historyAuthor;

    private Builder() {}

    /**
     * Sets the host's client base: its card and fact stores, its merge journal, its unit of
     * work, its id generator and the references of its documents to cards (required).
     *
     * @param base the client base
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder clientbase(Clientbase base) {
      parts.clientbase(base);
      return this;
    }

    /**
     * Sets the clock that dates merges and undos (required).
     *
     * @param value the clock
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder clock(Clock value) {
      parts.clock(value);
      return this;
    }

    /**
     * Keeps the duplicate index up to date: after a merge or undo the survivor and the merged
     * cards are reindexed, inside the unit of work. Optional.
     *
     * @param value the duplicate control whose index to keep
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder duplicateControl(DuplicateControl value) {
      control = checks.once("duplicateControl", control, value);
      return this;
    }

    /**
     * Records every card a merge, resume or undo writes in the change history, in the same unit
     * of work: the survivor, the merged cards' mark and the clients whose links follow a merged
     * contact person. A change is attributed to the request's {@link MergeRequest#author()
     * author} or the user of {@link DuplicateMerger#undo(MergeId, UserId)}, or else to the given
     * user (e.g. a system user). The merge's record keeps its author, so {@link
     * DuplicateMerger#resume()} attributes a resumed merge to it too. Optional.
     *
     * @param cardHistory the change history
     * @param defaultAuthor who changes are attributed to when no user is named
     * @return this builder
     * @throws InvalidValueException if either is {@code null} or already set
     */
    public Builder recordHistory(CardHistory cardHistory, UserId defaultAuthor) {
      history = checks.once("recordHistory", history, cardHistory);
      historyAuthor = checks.once("recordHistory.defaultAuthor", historyAuthor, defaultAuthor);
      return this;
    }

    /**
     * Builds the merger.
     *
     * @return the merger
     * @throws MissingValuesException naming every required setting not set
     */
    public DuplicateMerger build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.CLOCK).check();
      return new DuplicateMerger(this);
    }
  }

  /**
   * Returns the merges a card took part in, oldest first, as the journal records them.
   *
   * @param card a client or contact person
   * @return the merge records
   */
  public List<MergeRecord> history(EntityId card) {
    return journal.findByCard(Objects.requireNonNull(card, "card")).stream().map(Versioned::value).toList();
  }
}
