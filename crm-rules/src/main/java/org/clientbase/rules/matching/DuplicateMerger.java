package org.clientbase.rules.matching;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Client;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.rules.matching.internal.CardWriter;
import org.clientbase.rules.matching.internal.MergeAccess;
import org.clientbase.rules.matching.internal.MergeEngine;
import org.clientbase.rules.matching.internal.MergeRunner;
import org.clientbase.rules.matching.internal.MergeStores;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.ConcurrentUpdateException;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.spi.matching.DocumentReferences;
import org.clientbase.spi.matching.FieldConflict;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeJournal;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;

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
 * host's own documents. A lead linked to a merged card keeps its link.
 *
 * <p>Each merge runs in one {@link UnitOfWork} and first writes its {@link MergeRecord} to the
 * {@link MergeJournal}. On a transactional host a failure leaves nothing behind; on a host
 * without transactions it leaves the record {@link MergeState#STARTED} and {@link #resume()}
 * finishes it. {@link #undo(MergeId)} gives the cards back as they were before the merge
 * (keeping later changes of other fields) and moves the references back.
 *
 * <p>Merges and undos of overlapping cards may run at once, on several threads or hosts: every
 * card is written at the version read, in id order, so exactly one applies; the others run
 * again from fresh reads (at most 16 times) and find the cards merged already (or the merge
 * undone already), or are refused. A card others are merged into can only be a survivor, so
 * merges never chain. With {@link Builder#recordHistory(CardHistory, UserId)} every card written
 * gets a revision in the {@link CardHistory}; with {@link Builder#accessPolicy(AccessPolicy)}
 * every operation acts either for a user, under the policy, or for the {@link SystemActor}.
 *
 * <p>The survivor's custom values, its own and those it takes from the others, are checked
 * against the host's card configuration ({@link Builder#clientCard(CardConfiguration)}, {@link
 * Builder#contactPersonCard(CardConfiguration)}) before anything is written; a value that does
 * not fit refuses the merge with an {@link InvalidValueException} naming the card, the field and
 * the value. Without a configuration a card type has no custom fields, so a survivor carrying
 * any custom value is refused.
 *
 * <pre>{@code
 * DuplicateMerger merger = DuplicateMerger.builder()
 *     .clientbase(base).clock(clock).duplicateControl(control).accessPolicy(policy).build();
 * MergeResult result = merger.merge(MergeRequest.ofClients(List.of(c1, c7))
 *     .withNote(match.explain()).withAuthor(manager));
 * merger.undo(result.merge().orElseThrow(), manager);
 * }</pre>
 */
public final class DuplicateMerger {
  private final Optional<UserId> historyAuthor;
  private final boolean restricted;
  private final MergeRunner runner;

  private DuplicateMerger(Builder b) {
    Clientbase base = b.parts.clientbase();
    MergeStores stores = new MergeStores(
        base.clientStore(), base.contactPersonStore(), base.counterpartyStore(), base.interestStore(),
        base.interactionStore(), base.paymentStore(), base.shipmentStore(), base.taskStore());
    MergeJournal journal = base.mergeJournal();
    this.historyAuthor = Optional.ofNullable(b.historyAuthor);
    Optional<MergeAccess> access = Optional.ofNullable(b.policy).map(p -> new MergeAccess(p, stores.clients(),
        base.taskStore(), base.interactionStore()));
    this.restricted = access.isPresent();
    this.runner = new MergeRunner(journal, base.unitOfWork(), new MergeEngine(stores, journal, b.parts.clock(),
        base.idGenerator(), base.documentReferences(), Optional.ofNullable(b.control),
        new CardWriter(Optional.ofNullable(b.history)), access, BuilderChecks.cardOrNone(b.clientCard, CardType.CLIENT),
        BuilderChecks.cardOrNone(b.contactPersonCard, CardType.CONTACT_PERSON)), access);
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
   * <p>With an {@link Builder#accessPolicy(AccessPolicy) access policy}, the merge runs on
   * behalf of the request's {@link MergeRequest#author() author} and is refused before anything
   * is written unless the author may change every card it writes: both clients, or both contact
   * persons and every client linked to them. A card the author may not see is refused exactly
   * as a card that does not exist. A request without an author is then a programming error;
   * merges the host makes itself go through {@link #merge(MergeRequest, SystemActor)}.
   *
   * @param request the cards and how to choose the survivor
   * @return what was done; {@link MergeResult.Outcome#ALREADY_MERGED} if every card was merged
   *     into the survivor already, nothing written and nothing recorded
   * @throws MergeRefusedException if a card does not exist (or the author may not see it), the
   *     survivor named is not one of the cards, or a card to merge away is the survivor of an
   *     earlier merge; nothing is written
   * @throws InvalidValueException naming the survivor, the field and the value if a custom value
   *     of the merged card does not fit the card configuration; nothing is written
   * @throws org.clientbase.rules.access.AccessDeniedException if the author may not change a
   *     card the merge writes; nothing is written
   * @throws ConcurrentUpdateException if the merge collided with others every time it was tried;
   *     nothing is written and it may be asked again
   * @throws IllegalStateException if there is an access policy and the request names no author
   */
  public MergeResult merge(MergeRequest request) {
    Objects.requireNonNull(request, "request");
    if (restricted && request.author().isEmpty()) {
      throw new IllegalStateException("DuplicateMerger has an access policy: a merge on behalf of a person names its"
          + " author (MergeRequest.withAuthor), a merge by the host itself uses merge(request, SystemActor)");
    }
    return runner.merge(request, author(request.author()), request.author().orElse(null));
  }

  /**
   * Merges as the system, not for a person (e.g. an unattended clean-up): no access policy is
   * consulted; changes are attributed to the request's author, else to the actor. Otherwise as
   * {@link #merge(MergeRequest)}.
   *
   * @param request the cards and how to choose the survivor
   * @param system the host acting for itself
   * @return what was done
   */
  public MergeResult merge(MergeRequest request, SystemActor system) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(system, "system");
    return runner.merge(request, request.author().orElse(system.author()), null);
  }

  private UserId author(Optional<UserId> named) {
    return named.or(() -> historyAuthor).orElse(null);
  }

  /**
   * Finishes every merge that a failure left {@link MergeState#STARTED}, each in its own unit of
   * work, as the system: no access policy is consulted (the merge was checked when asked). Safe
   * to call at any time. Changes are attributed to the merge's {@link MergeRecord#author()
   * author}, else the default author.
   *
   * @return what was finished
   */
  public List<MergeResult> resume() {
    return runner.resume(this::author);
  }

  /**
   * Undoes a merge, in one unit of work: the fields it filled are emptied (later changes of
   * other fields kept), the merged cards unmarked, every moved reference (in the host's documents
   * too, if the {@link DocumentReferences} can) moved back; attributed to the default author.
   *
   * @param merge the merge
   * @return what was done; {@link MergeResult.Outcome#ALREADY_UNDONE} if it was undone already
   * @throws MergeRefusedException if there is no such merge, it is not finished, a later merge
   *     took a merged card, or a field the merge filled was changed since; nothing is written
   * @throws IllegalStateException with an access policy: use {@link #undo(MergeId, UserId)} or
   *     {@link #undo(MergeId, SystemActor)}
   */
  public MergeResult undo(MergeId merge) {
    Objects.requireNonNull(merge, "merge");
    if (restricted) {
      throw new IllegalStateException("DuplicateMerger has an access policy: undo on behalf of a user with"
          + " undo(merge, user), or as the host itself with undo(merge, SystemActor)");
    }
    return runner.undo(merge, author(Optional.empty()), null);
  }

  /**
   * Undoes a merge as the system: no access policy is consulted. Otherwise as {@link #undo(MergeId)}.
   *
   * @param merge the merge
   * @param system the host acting for itself
   * @return what was done
   */
  public MergeResult undo(MergeId merge, SystemActor system) {
    Objects.requireNonNull(merge, "merge");
    return runner.undo(merge, Objects.requireNonNull(system, "system").author(), null);
  }

  /**
   * Undoes a merge on behalf of a user, as {@link #undo(MergeId)} does, attributed to the user.
   * With an access policy it is refused before anything is written unless the user may change
   * every card the merge named and every client whose link it moved; a merge naming a card the
   * user may not see is answered for as one that does not exist.
   *
   * @param merge the merge
   * @param user the acting user
   * @return what was done; {@link MergeResult.Outcome#ALREADY_UNDONE} if it was undone already
   * @throws MergeRefusedException as {@link #undo(MergeId)}
   * @throws org.clientbase.rules.access.AccessDeniedException if the user may not change a card
   */
  public MergeResult undo(MergeId merge, UserId user) {
    Objects.requireNonNull(merge, "merge");
    return runner.undo(merge, Objects.requireNonNull(user, "user"), user);
  }

  /** Builds a {@link DuplicateMerger}; every store, the journal, unit of work, clock and ids are required. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("DuplicateMerger");
    private final BuilderChecks checks = parts.checks();
    private DuplicateControl control;
    private CardHistory history;
    private UserId historyAuthor;
    private AccessPolicy policy;
    private CardConfiguration clientCard;
    private CardConfiguration contactPersonCard;

    private Builder() {}

    /**
     * Sets the host's configuration of client cards: a merged client's custom values must fit
     * it. Optional; {@link CardConfiguration#withoutCustomFields(CardType) no custom fields} by
     * default.
     *
     * @param value the configuration of client cards
     * @return this builder
     * @throws InvalidValueException if {@code null}, already set, or not for client cards
     */
    public Builder clientCard(CardConfiguration value) {
      clientCard = checks.card("clientCard", clientCard, value, CardType.CLIENT);
      return this;
    }

    /**
     * Sets the host's configuration of contact person cards: a merged contact person's custom
     * values must fit it. Optional; {@link CardConfiguration#withoutCustomFields(CardType) no
     * custom fields} by default.
     *
     * @param value the configuration of contact person cards
     * @return this builder
     * @throws InvalidValueException if {@code null}, already set, or not for contact person cards
     */
    public Builder contactPersonCard(CardConfiguration value) {
      contactPersonCard = checks.card("contactPersonCard", contactPersonCard, value, CardType.CONTACT_PERSON);
      return this;
    }

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
     * Sets the host's access policy: merges, undos and merge history on behalf of a user are
     * then restricted to the cards the user may see and change, and operations naming no user
     * are refused unless they name the {@link SystemActor}. Optional; without it nothing is
     * restricted.
     *
     * @param value the policy
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder accessPolicy(AccessPolicy value) {
      policy = checks.once(ServiceParts.ACCESS_POLICY, policy, value);
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
   * Returns the merges a card took part in, oldest first.
   *
   * @param card a client or contact person
   * @return the merge records
   * @throws IllegalStateException if there is an access policy: read on behalf of a user with
   *     {@link #history(EntityId, UserId)}, or as the system with {@link #history(EntityId, SystemActor)}
   */
  public List<MergeRecord> history(EntityId card) {
    if (restricted) {
      throw new IllegalStateException("DuplicateMerger has an access policy: read merge history on behalf of a user"
          + " with history(card, user), or as the host itself with history(card, SystemActor)");
    }
    return runner.history(card, null);
  }

  /**
   * Returns the merges of a card whose every card (and moved client link) a user may see. Each
   * record lists only the moved tasks and interactions the user may see now: a task the user is
   * responsible for or wrote, or one whose every card the user may see; an interaction whose
   * every card the user may see.
   *
   * @param card a client or contact person
   * @param user the user asking
   * @return the merge records, oldest first
   */
  public List<MergeRecord> history(EntityId card, UserId user) {
    return runner.history(card, Objects.requireNonNull(user, "user"));
  }

  /**
   * Returns the merges a card took part in, as the system: no access policy is consulted.
   *
   * @param card a client or contact person
   * @param system the host acting for itself
   * @return the merge records, oldest first
   */
  public List<MergeRecord> history(EntityId card, SystemActor system) {
    Objects.requireNonNull(system, "system");
    return runner.history(card, null);
  }
}
