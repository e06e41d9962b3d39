package org.clientbase.rules.matching;

import java.util.Collection;
import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.conversion.DuplicateFinder;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.rules.matching.internal.BlockingPlan;
import org.clientbase.rules.matching.internal.Blocks;
import org.clientbase.rules.matching.internal.CardSource;
import org.clientbase.rules.matching.internal.CheckRun;
import org.clientbase.rules.matching.internal.KeyKind;
import org.clientbase.rules.matching.internal.ScanRun;
import org.clientbase.rules.matching.internal.Scorer;
import org.clientbase.rules.matching.internal.Visibility;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.Progress;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.spi.matching.MatchKeyIndex;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.CounterpartyStore;

/**
 * Duplicate control over the host's stores: keeps the {@link MatchKeyIndex} of blocking keys,
 * checks a card before it is saved, scans the whole base streaming, and serves as the duplicate
 * gate of lead conversion. Immutable and safe to share between threads.
 *
 * <p>Who it acts for: a check or a scan made on behalf of a user (the methods taking a {@link
 * UserId}) reports only the cards the host's {@link AccessPolicy} lets the user see (a client by
 * the policy, a contact person through the clients it is linked to, every lead). Of a check's
 * matches with cards the user may not see the user learns only how many there are ({@link
 * CheckResult#hidden()}: "a possible duplicate exists that you cannot see") and the action the
 * policy gives over all matches, so a duplicate of a hidden card can still be blocked; a scan
 * leaves them out entirely. The methods taking a {@link SystemActor} act as the system, over the
 * whole base: the unattended sweep, checks made by imports or integrations. Index maintenance
 * ({@link #reindex}, {@link #reindexAll(CardType, ProgressListener)}) is done as the system: call
 * it from the code that saved the card, never to answer a user.
 *
 * <p>Candidates always come from the index, by the {@link BlockingKeys} the rules of the
 * compared type need: for every combination of fields that can reach the rules' threshold, the
 * candidates share at least one key. A key shared by more than {@link Builder#maxBlockSize(int)}
 * cards is too common to tell duplicates apart and is skipped. So the cost of a check does not
 * grow with the base, and the cost of a scan grows about linearly.
 *
 * <pre>{@code
 * DuplicateControl control = DuplicateControl.builder()
 *     .clientbase(base)
 *     .accessPolicy(policy)
 *     .checkPolicy(CheckPolicy.defaults())
 *     .build();
 * control.reindex(lead.id());                       // after every save of a card
 * CheckResult result = control.check(user, lead);   // before a user saves a new card
 * control.scan(nightly, CardType.CONTACT_PERSON, match -> review(match), progress);
 * LeadConverter.builder()...duplicateFinder(control.duplicateFinder())...;
 * }</pre>
 */
public final class DuplicateControl {
  private static final System.Logger LOG = System.getLogger(DuplicateControl.class.getName());

  private final ClientStore clients;
  private final CounterpartyStore counterparties;
  private final MatchKeyIndex index;
  private final Blocks blocks;
  private final CardSource source;
  private final Map<CardType, Scorer> scorers;
  private final Map<CardType, Set<KeyKind>> plans;
  private final CheckPolicy policy;
  private final Visibility visibility;
  private final int batchSize;

  private DuplicateControl(Builder b) {
    Clientbase base = b.parts.clientbase();
    this.clients = base.clientStore();
    this.counterparties = base.counterpartyStore();
    this.index = base.matchKeyIndex();
    this.source = new CardSource(base.leadStore(), clients, base.contactPersonStore(), counterparties);
    this.policy = b.policy == null ? CheckPolicy.defaults() : b.policy;
    this.blocks = new Blocks(index, b.maxBlockSize);
    this.batchSize = b.batchSize;
    this.visibility = new Visibility(ClientAccess.of(b.parts.accessPolicy(), clients), clients);
    Map<CardType, Scorer> s = new EnumMap<>(CardType.class);
    Map<CardType, Set<KeyKind>> p = new EnumMap<>(CardType.class);
    for (CardType type : List.of(CardType.LEAD, CardType.CLIENT, CardType.CONTACT_PERSON)) {
      MatchRules rules = b.rules.getOrDefault(type, MatchRules.defaults(type));
      s.put(type, new Scorer(rules));
      Set<KeyKind> kinds = EnumSet.copyOf(BlockingPlan.kindsFor(rules));
      kinds.addAll(KeyKind.of(b.blocking));
      p.put(type, kinds);
    }
    this.scorers = s;
    this.plans = p;
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
   * Returns the rules that judge candidates of a type.
   *
   * @param type {@link CardType#LEAD}, {@link CardType#CLIENT} or {@link CardType#CONTACT_PERSON}
   * @return the rules
   */
  public MatchRules rules(CardType type) {
    return scorer(type).rules();
  }

  private Scorer scorer(CardType type) {
    Scorer scorer = scorers.get(type);
    if (scorer == null) {
      throw new InvalidValueException("card type", type, "duplicates are matched among leads, clients and contact persons");
    }
    return scorer;
  }

  // ------------------------------------------------------------------ the index

  /**
   * Brings the index up to date with one card, as stored: a card in use gets its blocking keys;
   * a card that is gone, merged or (a lead) converted is removed. Call it after every save of a
   * lead, client or contact person, and for the client after a save of one of its counterparties
   * or a rename of one of its contact persons; inside the same unit of work if the save is in
   * one.
   *
   * @param card a lead, client or contact person id
   * @return the card's keys now; empty if it was removed
   */
  public Set<String> reindex(EntityId card) {
    Objects.requireNonNull(card, "card");
    CardSource.typeOf(card);
    Optional<MatchCard> found = source.load(card);
    if (found.isEmpty()) {
      index.remove(card);
      return Set.of();
    }
    Set<String> keys = BlockingKeys.of(found.get());
    index.put(card, keys);
    return keys;
  }

  /**
   * Rebuilds the index for every card of a type, a batch at a time, for a first fill or after a
   * change of the library's keys. Index maintenance, done as the system: it reads every card.
   *
   * @param type the card type
   * @param progress receives progress after each batch
   * @return how many cards were indexed, and the last card read
   */
  public ScanSummary reindexAll(CardType type, ProgressListener progress) {
    return reindexFrom(type, Optional.empty(), progress);
  }

  /**
   * Goes on rebuilding the index after an interruption: as {@link #reindexAll(CardType,
   * ProgressListener)}, from the card after {@code after}.
   *
   * @param type the card type
   * @param after the last card already indexed, as returned by the interrupted run
   * @param progress receives progress after each batch
   * @return how many cards were indexed, and the last card read
   */
  public ScanSummary reindexAll(CardType type, EntityId after, ProgressListener progress) {
    return reindexFrom(type, Optional.of(Objects.requireNonNull(after, "after")), progress);
  }

  private ScanSummary reindexFrom(CardType type, Optional<EntityId> after, ProgressListener progress) {
    scorer(type);
    Objects.requireNonNull(progress, "progress");
    return CheckRun.reindex(source, index, type, after, batchSize,
        done -> report(progress, new Progress("duplicate index of " + type, done, 0, OptionalLong.empty())));
  }

  // ------------------------------------------------------------------ check before save

  /**
   * Checks a lead a user is about to save, against the leads, the clients and the contact
   * persons. Only the cards the user may see are reported; the others are counted in {@link
   * CheckResult#hidden()}, without their data.
   *
   * @param user the user on whose behalf the check is made
   * @param lead the lead as it is about to be saved; its own stored version is not a match
   * @return the matches the user may see, and the policy's action over every match
   */
  public CheckResult check(UserId user, Lead lead) {
    return check(visibility.of(user), MatchCard.of(lead), ALL_TYPES);
  }

  /**
   * Checks a contact person a user is about to save, against the contact persons the user may
   * see; the others are counted in {@link CheckResult#hidden()}.
   *
   * @param user the user on whose behalf the check is made
   * @param person the contact person as it is about to be saved
   * @return the matches the user may see, and the policy's action over every match
   */
  public CheckResult check(UserId user, ContactPerson person) {
    return check(visibility.of(user), MatchCard.of(person), EnumSet.of(CardType.CONTACT_PERSON));
  }

  /**
   * Checks a client a user is about to save, against the clients the user may see; the others
   * are counted in {@link CheckResult#hidden()}. The client's linked contact persons are read
   * from the store, those the user may see.
   *
   * @param user the user on whose behalf the check is made
   * @param client the client as it is about to be saved
   * @param counterparties the client's counterparties, as they are about to be saved
   * @return the matches the user may see, and the policy's action over every match
   */
  public CheckResult check(UserId user, Client client, Collection<Counterparty> counterparties) {
    Predicate<EntityId> visible = visibility.of(user);
    Objects.requireNonNull(client, "client");
    List<ContactPersonId> linked = client.contacts().stream().map(ClientContact::contactPerson)
        .filter(visible::test).toList();
    return check(visible, MatchCard.of(client, counterparties, source.contactPersons(linked)), EnumSet.of(CardType.CLIENT));
  }

  /**
   * Checks any card on behalf of a user against the cards of the given types the user may see;
   * the others are counted in {@link CheckResult#hidden()}.
   *
   * @param user the user on whose behalf the check is made
   * @param card the card
   * @param against the types of the existing cards to compare with
   * @return the matches the user may see, best first, and the policy's action over every match
   */
  public CheckResult check(UserId user, MatchCard card, Set<CardType> against) {
    return check(visibility.of(user), card, against);
  }

  /**
   * Checks any card as the system against every card of the given types: for imports and
   * integrations that act for no person. A lead, client or contact person becomes a card by
   * {@link MatchCard#of(Lead)}, {@link MatchCard#of(Client, Collection, Collection)} and {@link
   * MatchCard#of(ContactPerson)}.
   *
   * @param system the system actor
   * @param card the card
   * @param against the types of the existing cards to compare with
   * @return the matches, best first, and the policy's action
   */
  public CheckResult check(SystemActor system, MatchCard card, Set<CardType> against) {
    return check(system(system), card, against);
  }

  private CheckResult check(Predicate<EntityId> visible, MatchCard card, Set<CardType> against) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(against, "against");
    against.forEach(this::scorer);
    return new CheckRun(source, blocks, scorers, plans, policy::actionFor).check(visible, card, against);
  }

  private static final Set<CardType> ALL_TYPES = EnumSet.of(CardType.LEAD, CardType.CLIENT, CardType.CONTACT_PERSON);

  private static Predicate<EntityId> system(SystemActor system) {
    Objects.requireNonNull(system, "system");
    return Visibility.all();
  }

  // ------------------------------------------------------------------ scan

  /**
   * Scans the cards of a type a user may see for duplicates among the cards of the same type
   * the user may see. The cards the user may not see are neither reported nor counted: the
   * summary is what a scan of the user's part of the base alone gives. A part ends exactly after
   * {@link ScanPart#maxCards()} cards seen and returns the last of them.
   *
   * @param user the user on whose behalf the scan is made
   * @param type the card type
   * @param part the cards to scan: {@link ScanPart#all()} or a part
   * @param onMatch receives each pair taken for duplicates
   * @param progress receives progress after each batch
   * @return what the scan did over the cards the user may see, with the last card scanned
   */
  public ScanSummary scan(UserId user, CardType type, ScanPart part, Consumer<Match> onMatch, ProgressListener progress) {
    return scan(visibility.of(user), type, part, onMatch, progress);
  }

  /**
   * Scans cards of a type for duplicates as the system (the data-quality sweep a host runs
   * unattended), streaming: the store is read a batch at a time in id order, the candidates of a
   * batch are looked up in the index in one call and read in one call, and memory does not grow
   * with the base. Each pair is reported once, by the card with the smaller id, as soon as it is
   * found.
   *
   * <p>Resumable: a part stops after about {@link ScanPart#maxCards()} cards (at the end of a
   * batch) and returns the last card it read; the part {@link ScanPart#after after} that card
   * reports the remaining pairs, none twice.
   *
   * @param system the system actor
   * @param type the card type
   * @param part the cards to scan: {@link ScanPart#all()} or a part
   * @param onMatch receives each pair taken for duplicates, {@link Match#left()} being the card
   *     with the smaller id
   * @param progress receives progress after each batch
   * @return what the scan did, with the last card read
   */
  public ScanSummary scan(
      SystemActor system, CardType type, ScanPart part, Consumer<Match> onMatch, ProgressListener progress) {
    return scan(system(system), type, part, onMatch, progress);
  }

  private ScanSummary scan(
      Predicate<EntityId> visible, CardType type, ScanPart part, Consumer<Match> onMatch, ProgressListener progress) {
    Scorer scorer = scorer(type);
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(onMatch, "onMatch");
    Objects.requireNonNull(progress, "progress");
    return new ScanRun(source, blocks, scorer, plans.get(type), batchSize).run(type, part.lastCardBefore(),
        part.maxCards(), visible == Visibility.all() ? null : visible, onMatch,
        read -> report(progress, new Progress("duplicate scan of " + type, read, 0, OptionalLong.empty())));
  }

  private static void report(ProgressListener progress, Progress value) {
    try {
      progress.onProgress(value);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "progress listener failed", e);
    }
  }

  // ------------------------------------------------------------------ the conversion's gate

  /**
   * Returns the duplicate gate for lead conversion: a lead is compared with the clients (by the
   * clients' rules) and with the contact persons (by theirs), and a matching contact person
   * stands for the clients it is linked to. Each client comes once, with its best score, and the
   * gate returns them best first with the reasons of every match that found them.
   *
   * <pre>{@code
   * LeadConverter.builder()...duplicateFinder(control.duplicateFinder())
   *     .duplicatePolicy(DuplicatePolicy.STOP_AND_REPORT).build();
   * }</pre>
   *
   * @return the gate
   */
  public DuplicateFinder duplicateFinder() {
    return lead -> ConversionGate.clientsLike(
        check(Visibility.all(), MatchCard.of(lead), EnumSet.of(CardType.CLIENT, CardType.CONTACT_PERSON)), clients);
  }

  /** Builds a {@link DuplicateControl}; the client base and the access policy are required. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("DuplicateControl");
    private final BuilderChecks checks = parts.checks();
    private final Map<CardType, MatchRules> rules = new EnumMap<>(CardType.class);
    private CheckPolicy policy;
    private int maxBlockSize = 100;
    private int batchSize = 500;
    private boolean maxBlockSizeSet;
    private boolean batchSizeSet;
    private Set<BlockingRule> blocking = BlockingRule.defaults();

    private Builder() {}

    /**
     * Sets the blocking rules by which candidates are looked up, besides the keys every
     * combination of fields that can reach a rules' threshold needs; {@link
     * BlockingRule#defaults()} if not set.
     *
     * @param value the blocking rules, possibly none
     * @return this builder
     * @throws InvalidValueException if {@code null}
     */
    public Builder blocking(Set<BlockingRule> value) {
      if (value == null) {
        throw checks.invalid("blocking", null, "must be given");
      }
      this.blocking = Set.copyOf(value);
      return this;
    }

    /**
     * Sets the host's client base: its lead, client, contact person and counterparty stores,
     * read for candidates, and its match key index (required).
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
     * Sets the host's access policy, which decides the cards a check or a scan on behalf of a
     * user may report (required).
     *
     * @param policy the policy
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder accessPolicy(AccessPolicy policy) {
      parts.accessPolicy(policy);
      return this;
    }

    /**
     * Sets the rules for one type of card, replacing its {@link MatchRules#defaults defaults}.
     *
     * @param value the rules; their {@link MatchRules#cardType()} says which type
     * @return this builder
     * @throws InvalidValueException if {@code null} or rules for the type were set already
     */
    public Builder rules(MatchRules value) {
      if (value == null) {
        throw checks.invalid("rules", null, "must be given");
      }
      if (rules.putIfAbsent(value.cardType(), value) != null) {
        throw checks.invalid("rules", value.cardType(), "are set already");
      }
      return this;
    }

    /**
     * Sets the host's policy for checks before save; {@link CheckPolicy#defaults()} if not set.
     *
     * @param value the policy
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder checkPolicy(CheckPolicy value) {
      this.policy = checks.once("checkPolicy", policy, value);
      return this;
    }

    /**
     * Sets the largest number of cards that may share a key for the key to be used; 100 if not
     * set. A key shared by more cards (a very common name) tells duplicates apart too poorly to
     * be worth comparing every card that has it.
     *
     * @param value the largest block, at least 2
     * @return this builder
     * @throws InvalidValueException if below 2 or already set
     */
    public Builder maxBlockSize(int value) {
      checks.once("maxBlockSize", maxBlockSizeSet ? maxBlockSize : null, checks.within("maxBlockSize", value, 2, Integer.MAX_VALUE));
      this.maxBlockSize = value;
      this.maxBlockSizeSet = true;
      return this;
    }

    /**
     * Sets how many cards a scan or reindex reads per batch; 500 if not set.
     *
     * @param value the batch size, at least 1
     * @return this builder
     * @throws InvalidValueException if below 1 or already set
     */
    public Builder batchSize(int value) {
      checks.once("batchSize", batchSizeSet ? batchSize : null, checks.within("batchSize", value, 1, Integer.MAX_VALUE));
      this.batchSize = value;
      this.batchSizeSet = true;
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws MissingValuesException naming every required setting not set
     */
    public DuplicateControl build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.ACCESS_POLICY).check();
      return new DuplicateControl(this);
    }
  }
}
