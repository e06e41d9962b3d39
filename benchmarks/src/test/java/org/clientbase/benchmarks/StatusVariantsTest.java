package org.clientbase.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.clientbase.core.id.StatusId;
import org.clientbase.rules.status.ClientActivity;
import org.clientbase.rules.status.CurrentStatus;
import org.clientbase.rules.status.Evaluator;
import org.clientbase.rules.status.StatusScheme;
import org.junit.jupiter.api.Test;

/** The benchmark variants are only comparable if they decide alike: they must, client by client. */
class StatusVariantsTest {
  static final int CLIENTS = 20_000;

  final Evaluator evaluator = Evaluator.of(StatusScheme.defaults());
  final StatusVariants.EasyRules easyRules = new StatusVariants.EasyRules();

  @Test
  void everyVariantDecidesLikeTheEngineOnGeneratedClientsOnManyDates() {
    ClientActivity[] activities = new ClientActivity[CLIENTS];
    CurrentStatus[] currents = new CurrentStatus[CLIENTS];
    for (int i = 0; i < CLIENTS; i++) {
      activities[i] = StatusData.facts(i).activity();
      currents[i] = StatusData.status(i).orElse(null);
    }
    StatusVariants.Arrays arrays = new StatusVariants.Arrays(activities, currents);
    int moved = 0;
    for (int offset = 0; offset < 90; offset += 7) {
      LocalDate date = StatusData.TODAY.minusDays(offset);
      for (int i = 0; i < CLIENTS; i++) {
        CurrentStatus current = currents[i];
        if (current != null && date.isBefore(current.since())) {
          continue; // the engine refuses dates before the status date; so would the others
        }
        StatusId engine = (current == null ? evaluator.evaluate(activities[i], date)
            : evaluator.evaluate(activities[i], current, date)).status().orElseThrow();
        assertThat(StatusVariants.handwritten(activities[i], current, date))
            .as("handwritten, client %d on %s", i, date).isEqualTo(engine);
        assertThat(easyRules.decide(StatusVariants.EasyRules.facts(activities[i], current, date)))
            .as("easyRules, client %d on %s", i, date).isEqualTo(engine);
        assertThat(StatusVariants.Arrays.status(arrays.decide(i, date.toEpochDay())))
            .as("arrays, client %d on %s", i, date).isEqualTo(engine);
        if (current == null || !engine.equals(current.status())) {
          moved++;
        }
      }
    }
    assertThat(moved).as("the data makes clients move").isGreaterThan(CLIENTS / 10);
  }

  @Test
  void replayGivesTheSameYearAsBothDailyLoopsOfTheBenchmark() {
    LocalDate from = StatusData.TODAY.minusDays(ReplayBenchmark.DAYS - 1);
    ClientActivity[] activities = new ClientActivity[3_000];
    for (int i = 0; i < activities.length; i++) {
      activities[i] = StatusData.facts(i).activity();
    }
    Optional<CurrentStatus>[] job = ReplayBenchmark.dailyJob(evaluator, activities, from, StatusData.TODAY);
    for (int i = 0; i < activities.length; i++) {
      Optional<CurrentStatus> replayed =
          evaluator.replay(activities[i], from, StatusData.TODAY).status();
      assertThat(replayed).as("client %d", i)
          .isEqualTo(ReplayBenchmark.daily(evaluator, activities[i], from, StatusData.TODAY))
          .isEqualTo(job[i]);
    }
  }

  @Test
  void batchMemoryCheckRunsOnASmallBase() {
    BatchMemoryCheck.main(new String[] {"2000", "128"});
  }
}
