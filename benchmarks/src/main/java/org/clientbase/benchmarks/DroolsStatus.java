package org.clientbase.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.rules.status.CurrentStatus;
import org.clientbase.rules.status.StatusScheme;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.utils.KieHelper;

/**
 * The default scheme's five rules in Drools 10, for {@link StatusEngineBenchmark}: the DRL in
 * {@code status.drl} beside this class, compiled once into a {@link KieBase} when this object is
 * made, then used either through a {@link StatelessKieSession} (one {@code execute} per client,
 * the way Drools recommends for a decision over a self-contained set of facts) or through one
 * reused {@link KieSession} (the client's facts inserted, the rules fired, the facts deleted).
 *
 * <p>Each client's facts go in as Drools facts: one {@link Step} (the current status, since when,
 * the evaluation day and the first day of the 30-day window), one {@link Buying} per payment,
 * shipment and won interest, one {@link Opening} per interest, days as epoch days. The first
 * rule that holds, by salience (the library's priorities), decides; {@code StatusDroolsTest}
 * checks that it decides exactly as {@link org.clientbase.rules.status.Evaluator} does on
 * {@link StatusScheme#defaults()}, status and rule, client by client.
 */
public final class DroolsStatus {
  static final String DRL = "status.drl";
  private static final int PERIOD = StatusScheme.DEFAULT_PERIOD_DAYS;

  private final KieBase base;
  private final StatelessKieSession stateless;

  /** Compiles the rules. */
  public DroolsStatus() {
    this(drl());
  }

  /**
   * Compiles rules given as DRL text.
   *
   * @param drl the rules
   * @throws IllegalArgumentException if Drools reports an error in them
   */
  public DroolsStatus(String drl) {
    KieHelper helper = new KieHelper().addContent(drl, ResourceType.DRL);
    Results results = helper.verify();
    if (results.hasMessages(Message.Level.ERROR)) {
      throw new IllegalArgumentException("The status rules do not compile: "
          + results.getMessages(Message.Level.ERROR));
    }
    base = helper.build();
    stateless = base.newStatelessKieSession();
  }

  /**
   * Returns the DRL text of the rules.
   *
   * @return the contents of {@code status.drl}
   */
  public static String drl() {
    try (InputStream in = DroolsStatus.class.getResourceAsStream(DRL)) {
      if (in == null) {
        throw new IllegalStateException("The resource " + DRL + " is missing beside "
            + DroolsStatus.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DRL, e);
    }
  }

  /**
   * Decides one client in a stateless session.
   *
   * @param interests the client's interests
   * @param payments its payments
   * @param shipments its shipments
   * @param current the status before the step, or {@code null}
   * @param date the evaluation date
   * @return the status after the step and the rule that decided it
   */
  public Decision decide(List<Interest> interests, List<Payment> payments,
      List<Shipment> shipments, CurrentStatus current, LocalDate date) {
    Step step = new Step(current, date);
    List<Object> facts = new ArrayList<>(1 + payments.size() + shipments.size() + 2 * interests.size());
    facts.add(step);
    addFacts(facts, interests, payments, shipments);
    stateless.execute(facts);
    return step.decision();
  }

  /**
   * Makes a client's facts into Drools facts once, for {@link #decide(List, StatusId, long)} on
   * each of its steps: the first element is left for the step.
   *
   * @param buying the days of payments, shipments and won interests' closings
   * @param buyingCount how many of {@code buying} are days
   * @param opened the interests' opening days
   * @param closed their closing days, {@link Long#MAX_VALUE} for an open interest
   * @param interests how many interests there are
   * @return the facts, the step's place first
   */
  public static List<Object> facts(
      long[] buying, int buyingCount, long[] opened, long[] closed, int interests) {
    List<Object> facts = new ArrayList<>(1 + buyingCount + interests);
    facts.add(null);
    for (int i = 0; i < buyingCount; i++) {
      facts.add(new Buying(buying[i]));
    }
    for (int i = 0; i < interests; i++) {
      facts.add(new Opening(opened[i], closed[i]));
    }
    return facts;
  }

  /**
   * Decides one step in a stateless session over facts made by {@link #facts}.
   *
   * @param facts the client's facts; the first element is replaced by the step
   * @param status the status before the step, or {@code null} for a client without one (the
   *     caller steps only days after the status's date)
   * @param day the evaluation day
   * @return the status after the step
   */
  public StatusId decide(List<Object> facts, StatusId status, long day) {
    Step step = new Step(status, Long.MIN_VALUE, day);
    facts.set(0, step);
    stateless.execute(facts);
    return step.next;
  }

  /**
   * Opens a stateful session to decide client after client in.
   *
   * @return a session that the caller closes
   */
  public Session session() {
    return new Session(base.newKieSession());
  }

  private static void addFacts(List<Object> facts, List<Interest> interests, List<Payment> payments,
      List<Shipment> shipments) {
    for (int i = 0, n = payments.size(); i < n; i++) {
      facts.add(new Buying(payments.get(i).date().toEpochDay()));
    }
    for (int i = 0, n = shipments.size(); i < n; i++) {
      facts.add(new Buying(shipments.get(i).date().toEpochDay()));
    }
    for (int i = 0, n = interests.size(); i < n; i++) {
      Interest interest = interests.get(i);
      long closed = interest.closedOn().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      if (interest.outcome().orElse(null) == InterestOutcome.WON) {
        facts.add(new Buying(closed));
      }
      facts.add(new Opening(interest.openedOn().toEpochDay(), closed));
    }
  }

  /** A reused Drools session: each client's facts are inserted, fired and deleted again. */
  public static final class Session implements AutoCloseable {
    private final KieSession session;
    private final List<Object> facts = new ArrayList<>();
    private final List<FactHandle> handles = new ArrayList<>();

    Session(KieSession session) {
      this.session = session;
    }

    /**
     * Decides one client.
     *
     * @param interests the client's interests
     * @param payments its payments
     * @param shipments its shipments
     * @param current the status before the step, or {@code null}
     * @param date the evaluation date
     * @return the status after the step and the rule that decided it
     */
    public Decision decide(List<Interest> interests, List<Payment> payments,
        List<Shipment> shipments, CurrentStatus current, LocalDate date) {
      Step step = new Step(current, date);
      facts.clear();
      facts.add(step);
      addFacts(facts, interests, payments, shipments);
      handles.clear();
      for (int i = 0, n = facts.size(); i < n; i++) {
        handles.add(session.insert(facts.get(i)));
      }
      session.fireAllRules();
      for (int i = 0, n = handles.size(); i < n; i++) {
        session.delete(handles.get(i));
      }
      return step.decision();
    }

    /** Disposes of the session. */
    @Override
    public void close() {
      session.dispose();
    }
  }

  /**
   * What the rules decided for a client.
   *
   * @param status the status after the step; {@code null} only if the client had none and got none
   * @param rule the rule that held, or {@code null} when none did (the status is unchanged)
   */
  public record Decision(StatusId status, TemplateKey rule) {}

  /** The step being decided: the client's current status and the evaluation day. */
  public static final class Step {
    private final StatusId status;
    private final long since;
    private final long day;
    private StatusId next;
    private TemplateKey rule;

    Step(CurrentStatus current, LocalDate date) {
      this(current == null ? null : current.status(),
          current == null ? Long.MIN_VALUE : current.since().toEpochDay(),
          Objects.requireNonNull(date, "date").toEpochDay());
    }

    Step(StatusId status, long since, long day) {
      this.status = status;
      this.since = since;
      this.day = day;
      this.next = status;
    }

    /**
     * Returns the status before the step.
     *
     * @return the status, or {@code null} for a client without one
     */
    public StatusId getStatus() {
      return status;
    }

    /**
     * Returns the day from which the client has its status.
     *
     * @return an epoch day; {@link Long#MIN_VALUE} for a client without a status
     */
    public long getSince() {
      return since;
    }

    /**
     * Returns the evaluation day, the last of the window.
     *
     * @return an epoch day
     */
    public long getDay() {
      return day;
    }

    /**
     * Returns the first day of the window.
     *
     * @return an epoch day
     */
    public long getFirst() {
      return day - PERIOD + 1;
    }

    /**
     * Records the decision of a rule that held.
     *
     * @param status the status the rule moves the client to
     * @param template the rule
     */
    public void decide(StatusId status, TemplateKey template) {
      this.next = status;
      this.rule = template;
    }

    Decision decision() {
      return new Decision(next, rule);
    }
  }

  /** A payment, a shipment or a won interest: a day on which the client bought. */
  public static final class Buying {
    private final long day;

    Buying(long day) {
      this.day = day;
    }

    /**
     * Returns the day.
     *
     * @return an epoch day
     */
    public long getDay() {
      return day;
    }
  }

  /** An interest: open from its opening day to its closing day. */
  public static final class Opening {
    private final long opened;
    private final long closed;

    Opening(long opened, long closed) {
      this.opened = opened;
      this.closed = closed;
    }

    /**
     * Returns the opening day.
     *
     * @return an epoch day
     */
    public long getOpened() {
      return opened;
    }

    /**
     * Returns the closing day.
     *
     * @return an epoch day; {@link Long#MAX_VALUE} while the interest is open
     */
    public long getClosed() {
      return closed;
    }
  }
}
