package org.clientbase.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.rules.status.CurrentStatus;
import org.clientbase.rules.status.Evaluator;
import org.clientbase.rules.status.Outcome;
import org.clientbase.rules.status.StatusScheme;
import org.junit.jupiter.api.Test;

/**
 * The Drools baseline compares like with like only if it decides as the engine does: the same
 * status and the same rule, for every generated client on many dates, in both session kinds.
 */
class StatusDroolsTest {
  static final int CLIENTS = 5_000;

  final Evaluator evaluator = Evaluator.of(StatusScheme.defaults());
  final DroolsStatus drools = new DroolsStatus();

  @Test
  void droolsDecidesLikeTheEngineClientByClientOnManyDates() {
    Map<String, Integer> byRule = new TreeMap<>();
    try (DroolsStatus.Session session = drools.session()) {
      for (int i = 0; i < CLIENTS; i++) {
        StatusData.Facts client = StatusData.facts(i);
        CurrentStatus current = StatusData.status(i).orElse(null);
        for (int offset = 0; offset < 90; offset += 7) {
          LocalDate date = StatusData.TODAY.minusDays(offset);
          if (current != null && date.isBefore(current.since())) {
            continue; // the engine refuses dates before the status date
          }
          Outcome engine = current == null ? evaluator.evaluate(client.activity(), date)
              : evaluator.evaluate(client.activity(), current, date);
          DroolsStatus.Decision expected = new DroolsStatus.Decision(
              engine.status().orElseThrow(), engine.rule().orElse(null));
          assertThat(drools.decide(client.interests(), client.payments(), client.shipments(),
                  current, date))
              .as("stateless, client %d from %s on %s", i, current, date).isEqualTo(expected);
          assertThat(session.decide(client.interests(), client.payments(), client.shipments(),
                  current, date))
              .as("reused session, client %d from %s on %s", i, current, date).isEqualTo(expected);
          byRule.merge(engine.rule().map(TemplateKey::toString).orElse("none"), 1, Integer::sum);
        }
      }
    }
    // every rule decides a good share of the cases, and so does "no rule held"
    assertThat(byRule).containsOnlyKeys(
        "NEW_CLIENT", "IN_PROGRESS", "ACTIVE", "LOST", "RETURNED", "none");
    assertThat(byRule.values()).allSatisfy(count -> assertThat(count).isGreaterThan(100));
  }

  @Test
  void rulesThatDoNotCompileAreRefusedWithDroolsMessages() {
    String broken = DroolsStatus.drl().replace("exists Buying(", "exists Buyng(");
    assertThatThrownBy(() -> new DroolsStatus(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("The status rules do not compile")
        .hasMessageContaining("Buyng");
  }
}
