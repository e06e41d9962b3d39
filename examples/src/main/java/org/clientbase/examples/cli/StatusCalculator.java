package org.clientbase.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.id.ClientId;
import org.clientbase.rules.status.ClientActivity;
import org.clientbase.rules.status.CurrentStatus;
import org.clientbase.rules.status.Evaluator;
import org.clientbase.rules.status.Outcome;
import org.clientbase.rules.status.ReplayResult;
import org.clientbase.rules.status.StatusScheme;

/**
 * Computes one client's status on a date from its card and its facts: the library's exact replay
 * from the day the card was created, as if the status job had run every day. The command line
 * and the Beam pipeline both compute through this class, so they agree with each other and with
 * {@link org.clientbase.rules.status.StatusService}'s batch on the same data.
 *
 * <p>Stateless once built; one instance serves any number of clients on any thread.
 */
public final class StatusCalculator {
  private final StatusScheme scheme;
  private final Evaluator evaluator;
  private final LocalDate asOf;

  /**
   * Creates a calculator.
   *
   * @param scheme the status scheme
   * @param asOf the evaluation date: statuses are those at the end of that day
   */
  public StatusCalculator(StatusScheme scheme, LocalDate asOf) {
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.evaluator = Evaluator.of(scheme);
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Returns the scheme.
   *
   * @return the scheme
   */
  public StatusScheme scheme() {
    return scheme;
  }

  /**
   * Returns the evaluation date.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * A fact row or client row that could not be used.
   *
   * @param line the row's line in its file, 0 when unknown
   * @param reason why, naming the client and the fact
   * @param ofClient {@code true} for the client's own row, {@code false} for one of its facts
   */
  public record Rejection(long line, String reason, boolean ofClient) {}

  /**
   * What one client came to.
   *
   * @param status the status on the evaluation date; {@code null} when the client was rejected
   * @param transitions every change of status from the creation date to the evaluation date
   * @param rejected the client's facts that were left out, or the client itself
   */
  public record Result(ClientStatus status, List<Outcome> transitions, List<Rejection> rejected) {
    /**
     * Copies the parts.
     *
     * @param status the status, or {@code null}
     * @param transitions the transitions
     * @param rejected the rejections
     */
    public Result {
      transitions = List.copyOf(transitions);
      rejected = List.copyOf(rejected);
    }
  }

  /**
   * Computes a client's status.
   *
   * <p>A fact that does not make a valid interest, payment or shipment, or that repeats an
   * interest id of the client, is left out and reported; the client is computed from the rest.
   *
   * @param client the client
   * @param clientLine the client's line in its file, 0 when unknown
   * @param facts the client's facts, in any order
   * @return the status with its transitions and what was left out
   */
  public Result calculate(ClientRow client, long clientLine, List<FactRow> facts) {
    List<Rejection> rejected = new ArrayList<>();
    ClientId id;
    try {
      id = client.clientId();
    } catch (ClientbaseException e) {
      rejected.add(new Rejection(clientLine, e.getMessage(), true));
      return new Result(null, List.of(), rejected);
    }
    ClientActivity.Builder activity = ClientActivity.builder(id);
    Set<String> interests = new HashSet<>();
    int payments = 0;
    int shipments = 0;
    for (FactRow fact : facts) {
      if (!fact.client().equals(client.id())) {
        rejected.add(new Rejection(fact.line(), "the fact is client " + fact.client()
            + "'s, not client " + client.id() + "'s", false));
        continue;
      }
      try {
        switch (fact.type()) {
          case INTEREST -> {
            if (!interests.add(fact.interestId())) {
              rejected.add(new Rejection(fact.line(), "client " + client.id() + " has interest "
                  + fact.interestId() + " twice; the first one counts", false));
              continue;
            }
            activity.interest(fact.toInterest(id));
          }
          case PAYMENT -> activity.payment(fact.toPayment(id, "payment-" + ++payments));
          case SHIPMENT -> activity.shipment(fact.toShipment(id, "shipment-" + ++shipments));
        }
      } catch (ClientbaseException | IllegalArgumentException e) {
        rejected.add(new Rejection(fact.line(), e.getMessage(), false));
      }
    }
    try {
      ReplayResult replay = evaluator.replay(activity.build(), client.created(), asOf);
      Optional<CurrentStatus> status = replay.status();
      ClientStatus result = new ClientStatus(client.id(),
          status.map(s -> s.status().value()).orElse(null), status.map(CurrentStatus::since).orElse(null));
      return new Result(result, replay.transitions(), rejected);
    } catch (ClientbaseException e) {
      rejected.add(new Rejection(clientLine, "client " + client.id() + ": " + e.getMessage(), true));
      return new Result(null, List.of(), rejected);
    }
  }
}
