package org.clientbase.rules.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.lead.Lead;
import org.clientbase.rules.conversion.DuplicateFinder;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.rules.matching.internal.BlockingPlan;
import org.clientbase.rules.matching.internal.Blocks;
import org.clientbase.rules.matching.internal.CardSource;
import org.clientbase.rules.matching.internal.KeyKind;
import org.clientbase.rules.matching.internal.Profile;
import org.clientbase.rules.matching.internal.ScanRun;
import org.clientbase.rules.matching.internal.Scorer;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.Progress;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.matching.MatchKeyIndex;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonStore;
import org.clientbase.spi.store.CounterpartyStore;
import org.clientbase.spi.store.LeadStore;

/**
 * Duplicate control over the host's stores: keeps the {@link MatchKeyIndex} of blocking keys,
 * checks a card before it is saved, scans the whole base streaming, and serves as the duplicate
 * gate of lead conversion. Immutable and safe to share between threads.
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
 *     .checkPolicy(CheckPolicy.defaults())
 *     .build();
 * control.reindex(lead.id());                       // after every save of a card
 * CheckResult result = control.check(lead);         // before saving a new card
 * control.scan(CardType.CONTACT_PERSON, match -> review(match), progress);
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
   * change of the library's keys. Resumable: pass the returned last card to
   * {@link #reindexAll(CardType, EntityId, ProgressListener)} to continue after an interruption.
   *
   * @param type the card type
   * @param progress receives progress after each batch
   * @return how many cards were indexed, and the last card read
   */
  public ScanSummary reindexAll(CardType type, ProgressListener progress) {
    return reindex(type, Optional.empty(), progress);
  }

  /**
   * Rebuilds the index for the cards of a type after a given one, resuming an interrupted
   * {@link #reindexAll(CardType, ProgressListener)}.
   *
   * @param type the card type
   * @param after the last card already indexed
   * @param progress receives progress after each batch
   * @return how many cards were indexed, and the last card read
   */
  public ScanSummary reindexAll(CardType type, EntityId after, ProgressListener progress) {
    return reindex(type, Optional.of(Objects.requireNonNull(after, "after")), progress);
  }

  private ScanSummary reindex(CardType type, Optional<EntityId> after, ProgressListener progress) {
    scorer(type);
    Objects.requireNonNull(progress, "progress");
    long done = 0;
    Optional<EntityId> last = after;
    while (true) {
      CardSource.Page page = source.page(type, last, batchSize);
      if (page.read() == 0) {
        break;
      }
      for (MatchCard card : page.cards()) {
        index.put(card.id(), BlockingKeys.of(card));
      }
      for (EntityId leftOut : page.leftOut()) {
        index.remove(leftOut);
      }
      done += page.read();
      last = page.last();
      report(progress, new Progress("duplicate index of " + type, done, 0, OptionalLong.empty()));
    }
    return new ScanSummary(type, done, 0, 0, 0, last);
  }

  // ------------------------------------------------------------------ check before save

  /**
   * Checks a lead before it is saved, against the leads, the clients and the contact persons.
   *
   * @param lead the lead as it is about to be saved; its own stored version is not a match
   * @return the matches and the policy's action
   */
  public CheckResult check(Lead lead) {
    return check(MatchCard.of(lead), EnumSet.of(CardType.LEAD, CardType.CLIENT, CardType.CONTACT_PERSON));
  }

  /**
   * Checks a contact person before it is saved, against the contact persons.
   *
   * @param person the contact person as it is about to be saved
   * @return the matches and the policy's action
   */
  public CheckResult check(ContactPerson person) {
    return check(MatchCard.of(person), EnumSet.of(CardType.CONTACT_PERSON));
  }

  /**
   * Checks a client before it is saved, against the clients. The client's linked contact persons
   * are read from the store.
   *
   * @param client the client as it is about to be saved
   * @param counterparties the client's counterparties, as they are about to be saved
   * @return the matches and the policy's action
   */
  public CheckResult check(Client client, Collection<Counterparty> counterparties) {
    Objects.requireNonNull(client, "client");
    List<ContactPersonId> linked = client.contacts().stream().map(ClientContact::contactPerson).toList();
    return check(MatchCard.of(client, counterparties, source.contactPersons(linked)), EnumSet.of(CardType.CLIENT));
  }

  /**
   * Checks any card against the cards of the given types.
   *
   * @param card the card
   * @param against the types of the existing cards to compare with
   * @return the matches, best first, and the policy's action
   */
  public CheckResult check(MatchCard card, Set<CardType> against) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(against, "against");
    Profile profile = Profile.of(card);
    List<Match> matches = new ArrayList<>();
    for (CardType type : against) {
      Scorer scorer = scorer(type);
      Set<String> keys = KeyKind.keys(profile, plans.get(type));
      Set<EntityId> ids = new LinkedHashSet<>();
      for (List<EntityId> block : blocks.usable(type, keys, new long[1]).values()) {
        ids.addAll(block);
      }
      ids.remove(card.id());
      for (MatchCard candidate : source.load(type, ids).values()) {
        Match match = scorer.score(profile, Profile.of(candidate));
        if (match.isDuplicate()) {
          matches.add(match);
        }
      }
    }
    matches.sort(BEST_FIRST);
    CheckAction action = matches.stream()
        .map(m -> m.level().orElseThrow())
        .max(Comparator.naturalOrder())
        .map(policy::actionFor)
        .orElse(CheckAction.ALLOW);
    return new CheckResult(card.id(), action, matches);
  }

  private static final Comparator<Match> BEST_FIRST =
      Comparator.comparingDouble((Match m) -> -m.score()).thenComparing(Match::right);

  // ------------------------------------------------------------------ scan

  /**
   * Scans every card of a type for duplicates among the cards of the same type. Equivalent to
   * {@code scan(type, Long.MAX_VALUE, onMatch, progress)}.
   *
   * @param type the card type
   * @param onMatch receives each pair taken for duplicates
   * @param progress receives progress after each batch
   * @return what the scan did
   */
  public ScanSummary scan(CardType type, Consumer<Match> onMatch, ProgressListener progress) {
    return scan(type, Long.MAX_VALUE, onMatch, progress);
  }

  /**
   * Scans cards of a type from the first, as {@link #scan(CardType, EntityId, long, Consumer,
   * ProgressListener)} does after a card.
   *
   * @param type the card type
   * @param maxCards how many cards to scan at most before returning, at least 1
   * @param onMatch receives each pair taken for duplicates
   * @param progress receives progress after each batch
   * @return what the scan did, with the last card scanned
   */
  public ScanSummary scan(CardType type, long maxCards, Consumer<Match> onMatch, ProgressListener progress) {
    return scan(type, Optional.empty(), maxCards, onMatch, progress);
  }

  /**
   * Scans cards of a type for duplicates among the cards of the same type, streaming: the store
   * is read a batch at a time in id order, the candidates of a batch are looked up in the index
   * in one call and read in one call, and memory does not grow with the base. Each pair is
   * reported once, by the card with the smaller id, as soon as it is found.
   *
   * <p>Resumable: a scan stops after about {@code maxCards} cards (at the end of a batch) and
   * returns the last card it scanned; a scan started after that card reports the remaining
   * pairs, none twice. A host that keeps the last card as a checkpoint can stop and go on at
   * will.
   *
   * @param type the card type
   * @param after the last card already scanned
   * @param maxCards how many cards to scan at most before returning, at least 1 (the scan ends
   *     at the end of the batch that reaches it)
   * @param onMatch receives each pair taken for duplicates, {@link Match#left()} being the card
   *     with the smaller id
   * @param progress receives progress after each batch
   * @return what the scan did, with the last card scanned
   */
  public ScanSummary scan(
      CardType type, EntityId after, long maxCards, Consumer<Match> onMatch, ProgressListener progress) {
    return scan(type, Optional.of(Objects.requireNonNull(after, "after")), maxCards, onMatch, progress);
  }

  private ScanSummary scan(
      CardType type, Optional<EntityId> after, long maxCards, Consumer<Match> onMatch, ProgressListener progress) {
    if (maxCards < 1) {
      throw new InvalidValueException("scan maxCards", maxCards, "must be at least 1");
    }
    Scorer scorer = scorer(type);
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(onMatch, "onMatch");
    Objects.requireNonNull(progress, "progress");
    return new ScanRun(source, blocks, scorer, plans.get(type), batchSize).run(type, after, maxCards, onMatch,
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
        check(MatchCard.of(lead), EnumSet.of(CardType.CLIENT, CardType.CONTACT_PERSON)), clients);
  }

  /** Builds a {@link DuplicateControl}; every store and the index are required. */
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
      parts.required(ServiceParts.CLIENTBASE).check();
      return new DuplicateControl(this);
    }
  }
}
