package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.EntityId;
import org.clientbase.rules.status.internal.ActivityBuilder;
import org.clientbase.rules.status.internal.ActivityIndex;
import org.clientbase.rules.status.internal.ActivityIndex.Section;
import org.clientbase.rules.status.internal.FactList;
import org.clientbase.rules.status.internal.IdSet;
import org.clientbase.rules.status.internal.Window;

/**
 * Everything the status rules read about one client: its interests, payments, shipments and,
 * optionally, the host's own dated facts.
 *
 * <p>Building checks that every fact belongs to the client and that no two facts of a kind
 * share an id; either failure is an {@link InvalidActivityException} naming the client and the
 * fact. Facts dated after an evaluation date are not errors: the evaluator ignores them, which
 * is what makes "the status as of a past date" work. The facts are kept sorted by date, then
 * id, so two activities built from the same facts in any order are equal.
 *
 * <pre>{@code
 * ClientActivity activity = ClientActivity.builder(ClientId.of("c-1"))
 *     .interest(interest)
 *     .payment(Payment.of(PaymentId.of("p-1"), ClientId.of("c-1"),
 *         LocalDate.of(2026, 3, 20), Money.of("1500.00", "RUB")))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ClientActivity {
  private static final Comparator<HostFact> HOST_FACTS =
      Comparator.comparing(HostFact::date)
          .thenComparing(f -> f.getClass().getName())
          .thenComparing(HostFact::id);
  private static final Interest[] NO_INTERESTS = {};
  private static final Payment[] NO_PAYMENTS = {};
  private static final Shipment[] NO_SHIPMENTS = {};
  private static final HostFact[] NO_HOST_FACTS = {};

  private final ClientId client;
  // arrays nobody else holds, given out through unmodifiable lists made on demand: deciding
  // reads the index, and a batch builds millions of activities
  private final Interest[] interests;
  private final Payment[] payments;
  private final Shipment[] shipments;
  private final HostFact[] hostFacts;
  private final int[] index;
  // the index's summaries, kept here so that a window with no later fact is decided from this
  // object alone, without reading the index
  private final int latestBuying;
  private final int latestOpening;
  private final int latestClosing;

  /** Takes arrays of its own (fresh copies nobody else holds), sorts and checks them. */
  private ClientActivity(
      ClientId client, Interest[] interests, Payment[] payments, Shipment[] shipments,
      HostFact[] hostFacts) {
    this.client = client;
    // the index first, so that it usually lies right after this object in memory: evaluation
    // reads both, and a batch goes through millions of them
    int[] built = hostFacts.length == 0
        ? ActivityBuilder.build(client, interests, payments, shipments) : null;
    boolean checked = built != null;
    if (!checked) {
      // host facts, or a fact the one-pass build gives up on: sorted, indexed and checked in turn
      java.util.Arrays.sort(interests, ActivityBuilder.INTERESTS);
      java.util.Arrays.sort(payments, ActivityBuilder.PAYMENTS);
      java.util.Arrays.sort(shipments, ActivityBuilder.SHIPMENTS);
      java.util.Arrays.sort(hostFacts, HOST_FACTS);
      built = index(interests, payments, shipments, hostFacts);
    }
    this.index = built;
    this.latestBuying = ActivityIndex.latestBuying(index);
    this.latestOpening = ActivityIndex.latestOpening(index);
    this.latestClosing = ActivityIndex.latestClosing(index);
    this.interests = interests;
    this.payments = payments;
    this.shipments = shipments;
    this.hostFacts = hostFacts;
    if (!checked) {
      check(interests, payments, shipments, hostFacts);
    }
  }

  private void check(
      Interest[] interests, Payment[] payments, Shipment[] shipments, HostFact[] hostFacts) {
    IdSet seen = new IdSet(interests.length + payments.length + shipments.length + hostFacts.length);
    for (Interest interest : interests) {
      Optional<ClientId> owner = interest.client();
      if (owner.isEmpty()) {
        throw new InvalidActivityException(
            client, interest.id(), "is an interest of lead " + interest.lead().orElseThrow()
                + ", not of a client");
      }
      requireOwn(interest.id(), owner.get(), "interest");
      requireUnique(seen, interest.id(), "interest");
    }
    for (Payment payment : payments) {
      requireOwn(payment.id(), payment.client(), "payment");
      requireUnique(seen, payment.id(), "payment");
    }
    for (Shipment shipment : shipments) {
      requireOwn(shipment.id(), shipment.client(), "shipment");
      requireUnique(seen, shipment.id(), "shipment");
    }
    for (HostFact fact : hostFacts) {
      Objects.requireNonNull(fact.id(), "host fact id");
      Objects.requireNonNull(fact.date(), "host fact date");
      requireUnique(seen, fact.id(), fact.getClass().getSimpleName());
    }
  }

  private void requireOwn(EntityId fact, ClientId owner, String kind) {
    if (owner != client && !owner.equals(client)) {
      throw new InvalidActivityException(client, fact, "is a " + kind + " of client " + owner);
    }
  }

  private void requireUnique(IdSet seen, EntityId fact, String kind) {
    if (!seen.add(fact)) {
      throw new InvalidActivityException(client, fact, "is given twice: two " + kind
          + " facts share this id");
    }
  }

  private static int[] index(
      Interest[] interests, Payment[] payments, Shipment[] shipments, HostFact[] hostFacts) {
    int won = 0;
    for (Interest interest : interests) {
      if (interest.outcome().orElse(null) == InterestOutcome.WON) {
        won++;
      }
    }
    int[] data = ActivityIndex.allocate(
        payments.length + shipments.length + won, interests.length, hostFacts.length);
    // payments and shipments are each sorted: merged, the section needs no sorting but for the
    // won interests' closings
    int b = 0;
    int p = 0;
    int s = 0;
    long paymentDay = payments.length > 0 ? payments[0].date().toEpochDay() : Long.MAX_VALUE;
    long shipmentDay = shipments.length > 0 ? shipments[0].date().toEpochDay() : Long.MAX_VALUE;
    while (p < payments.length || s < shipments.length) {
      if (p < payments.length && (s == shipments.length || paymentDay <= shipmentDay)) {
        ActivityIndex.put(data, Section.BUYING, b++, paymentDay);
        paymentDay = ++p < payments.length ? payments[p].date().toEpochDay() : Long.MAX_VALUE;
      } else {
        ActivityIndex.put(data, Section.BUYING, b++, shipmentDay);
        shipmentDay = ++s < shipments.length ? shipments[s].date().toEpochDay() : Long.MAX_VALUE;
      }
    }
    for (int i = 0; i < interests.length; i++) {
      Interest interest = interests[i];
      ActivityIndex.put(data, Section.OPENED, i, interest.openedOn().toEpochDay());
      Optional<LocalDate> closedOn = interest.closedOn();
      long closed = closedOn.isPresent() ? closedOn.get().toEpochDay() : Window.NEVER;
      ActivityIndex.put(data, Section.CLOSED, i, closed);
      if (interest.outcome().orElse(null) == InterestOutcome.WON) {
        ActivityIndex.put(data, Section.BUYING, b++, closed);
      }
    }
    for (int i = 0; i < hostFacts.length; i++) {
      ActivityIndex.put(data, Section.HOST_FACT, i, hostFacts[i].date().toEpochDay());
    }
    return ActivityIndex.finish(data);
  }

  /** Copies facts into a new array of their kind, refusing nulls. */
  private static <T> T[] copy(Iterable<? extends T> facts, T[] empty, String what) {
    T[] array;
    if (facts instanceof Collection<? extends T> collection) {
      array = collection.toArray(empty);
    } else {
      List<T> list = new ArrayList<>();
      facts.forEach(list::add);
      array = list.toArray(empty);
    }
    for (T fact : array) {
      Objects.requireNonNull(fact, what);
    }
    return array;
  }

  /**
   * Returns a builder of the facts of a client.
   *
   * @param client the client
   * @return a new builder
   */
  public static Builder builder(ClientId client) {
    return new Builder(client);
  }

  /**
   * Returns the activity of a client without host facts.
   *
   * @param client the client
   * @param interests its interests
   * @param payments its payments
   * @param shipments its shipments
   * @return the activity
   * @throws InvalidActivityException if a fact belongs to another client or two facts share an
   *     id
   */
  public static ClientActivity of(
      ClientId client,
      Iterable<Interest> interests,
      Iterable<Payment> payments,
      Iterable<Shipment> shipments) {
    return new ClientActivity(Objects.requireNonNull(client, "client"),
        copy(interests, NO_INTERESTS, "interest"), copy(payments, NO_PAYMENTS, "payment"),
        copy(shipments, NO_SHIPMENTS, "shipment"), NO_HOST_FACTS);
  }

  /**
   * Returns the client.
   *
   * @return the client
   */
  public ClientId client() {
    return client;
  }

  /**
   * Returns the client's interests, by opening date, then id.
   *
   * @return the interests
   */
  public List<Interest> interests() {
    return FactList.of(interests);
  }

  /**
   * Returns the client's payments, by date, then id.
   *
   * @return the payments
   */
  public List<Payment> payments() {
    return FactList.of(payments);
  }

  /**
   * Returns the client's shipments, by date, then id.
   *
   * @return the shipments
   */
  public List<Shipment> shipments() {
    return FactList.of(shipments);
  }

  /**
   * Returns the host's own facts about the client, by date, then class and id.
   *
   * @return the host facts
   */
  public List<HostFact> hostFacts() {
    return FactList.of(hostFacts);
  }

  /**
   * Tells whether the client has no facts at all.
   *
   * @return {@code true} if there are no interests, payments, shipments or host facts
   */
  public boolean isEmpty() {
    return interests.length == 0 && payments.length == 0 && shipments.length == 0
        && hostFacts.length == 0;
  }

  int[] index() {
    return index;
  }

  int latestBuying() {
    return latestBuying;
  }

  int latestOpening() {
    return latestOpening;
  }

  int latestClosing() {
    return latestClosing;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClientActivity a
        && a.client.equals(client)
        && java.util.Arrays.equals(a.interests, interests)
        && java.util.Arrays.equals(a.payments, payments)
        && java.util.Arrays.equals(a.shipments, shipments)
        && java.util.Arrays.equals(a.hostFacts, hostFacts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(client, interests(), payments(), shipments(), hostFacts());
  }

  @Override
  public String toString() {
    return "ClientActivity{" + client + ", " + interests.length + " interests, "
        + payments.length + " payments, " + shipments.length + " shipments, "
        + hostFacts.length + " host facts}";
  }

  /** Collects the facts of one client; {@link #build()} checks them. */
  public static final class Builder {
    private final ClientId client;
    private final List<Interest> interests = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<Shipment> shipments = new ArrayList<>();
    private final List<HostFact> hostFacts = new ArrayList<>();

    private Builder(ClientId client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Adds an interest.
     *
     * @param interest the interest
     * @return this builder
     */
    public Builder interest(Interest interest) {
      interests.add(Objects.requireNonNull(interest, "interest"));
      return this;
    }

    /**
     * Adds interests.
     *
     * @param all the interests
     * @return this builder
     */
    public Builder interests(Iterable<Interest> all) {
      all.forEach(this::interest);
      return this;
    }

    /**
     * Adds a payment.
     *
     * @param payment the payment
     * @return this builder
     */
    public Builder payment(Payment payment) {
      payments.add(Objects.requireNonNull(payment, "payment"));
      return this;
    }

    /**
     * Adds payments.
     *
     * @param all the payments
     * @return this builder
     */
    public Builder payments(Iterable<Payment> all) {
      all.forEach(this::payment);
      return this;
    }

    /**
     * Adds a shipment.
     *
     * @param shipment the shipment
     * @return this builder
     */
    public Builder shipment(Shipment shipment) {
      shipments.add(Objects.requireNonNull(shipment, "shipment"));
      return this;
    }

    /**
     * Adds shipments.
     *
     * @param all the shipments
     * @return this builder
     */
    public Builder shipments(Iterable<Shipment> all) {
      all.forEach(this::shipment);
      return this;
    }

    /**
     * Adds a host fact.
     *
     * @param fact the fact
     * @return this builder
     */
    public Builder hostFact(HostFact fact) {
      hostFacts.add(Objects.requireNonNull(fact, "host fact"));
      return this;
    }

    /**
     * Adds host facts.
     *
     * @param all the facts
     * @return this builder
     */
    public Builder hostFacts(Iterable<? extends HostFact> all) {
      all.forEach(this::hostFact);
      return this;
    }

    /**
     * Builds the activity.
     *
     * @return the activity
     * @throws InvalidActivityException if a fact belongs to another client or a lead, or two
     *     facts share an id
     */
    public ClientActivity build() {
      return new ClientActivity(client, interests.toArray(NO_INTERESTS),
          payments.toArray(NO_PAYMENTS), shipments.toArray(NO_SHIPMENTS),
          hostFacts.toArray(NO_HOST_FACTS));
    }
  }
}
