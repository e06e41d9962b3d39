package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.testkit.contract.ContractFixtures.DAY_ONE;
import static org.clientbase.testkit.contract.ContractFixtures.statusChange;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.PageRequest;
import org.clientbase.spi.store.StatusAppend;
import org.clientbase.spi.store.StatusDueDay;
import org.clientbase.spi.store.StatusHistoryEnd;
import org.clientbase.spi.store.StatusHistoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link StatusHistoryStore}. Extend it and implement {@link #newStore()}.
 *
 * <p>Checks that:
 * <ul>
 *   <li>a client with nothing recorded has the empty history at version 0;</li>
 *   <li>an append at the stored version adds the entries, moves the evaluated date (or keeps
 *       it when none is given) and stores the next version; an append of no entries still
 *       moves the version;</li>
 *   <li>an append at another version throws {@link StaleWriteException} naming both versions
 *       and writes nothing;</li>
 *   <li>entries that do not continue the chain (wrong previous status, an earlier date, another
 *       client's entry) throw {@link InvalidValueException} and write nothing;</li>
 *   <li>of several threads appending from the same version exactly one wins, so an entry is
 *       never recorded twice;</li>
 *   <li>{@code appendAll} writes each append as {@code append} would, new histories and
 *       existing ones alike, skips a stale one (writing nothing for its client, leaving it out
 *       of the result) and refuses a batch naming a client twice, writing nothing;</li>
 *   <li>{@code appendAll} given the ends of the recorded histories does the same (keeping the
 *       recorded evaluated date when an append gives none, and numbering later entries after
 *       them), returns the clients written, refuses entries that break a chain writing nothing,
 *       and refuses a recorded end at another version than its append expects, or a missing
 *       one, naming the client and both versions and writing nothing;</li>
 *   <li>{@code histories} answers for every client asked for; {@code historyEnds} answers for
 *       every client asked for with the end of what {@code histories} returns, for histories
 *       without entries, with one and with many; {@code page} walks the recorded histories once
 *       each in client id text order for several page sizes;</li>
 *   <li>for a store that {@linkplain StatusHistoryStore#keepsDueDays() keeps due days}: a
 *       history is due on every day until its due day is set; {@code dueClients} gives the
 *       clients due by a date in id order, page by page; a due day is set only on a history
 *       still at the version it names; an append clears it; {@code factsChanged} moves the
 *       version (creating an empty history at version 1) and makes the client due;</li>
 *   <li>for a store that also {@linkplain StatusHistoryStore#appendSetsDueDay() sets due days
 *       with appends}: {@code append} and {@code appendAll} set the due day each append gives,
 *       on new histories and moved ones, and clear it when the append gives none; a stale
 *       append sets nothing.</li>
 * </ul>
 */
public abstract class StatusHistoryStoreContract {
  private static final ClientId CLIENT = ClientId.of("c-1");
  private StatusHistoryStore store;

  /** Creates the contract; called by the host's test class. */
  protected StatusHistoryStoreContract() {}

  /**
   * Returns a store holding no history, used by one test. A host backed by a database clears
   * the tables here.
   *
   * @return an empty store
   */
  protected abstract StatusHistoryStore newStore();

  /**
   * Releases a store after its test; does nothing unless overridden.
   *
   * @param store the store the test used
   */
  protected void releaseStore(StatusHistoryStore store) {}

  /**
   * Returns the store of the running test.
   *
   * @return the store made by {@link #newStore()} for this test
   */
  protected final StatusHistoryStore store() {
    return store;
  }

  @BeforeEach
  final void createStore() {
    store = newStore();
  }

  @AfterEach
  final void disposeStore() {
    releaseStore(store);
  }

  @Test
  void aClientWithNothingRecordedHasTheEmptyHistoryAtVersionZero() {
    assertThat(store.history(CLIENT)).isEqualTo(ClientStatusHistory.empty(CLIENT));
    assertThat(store.history(CLIENT).version()).isZero();
  }

  @Test
  void appendAtTheStoredVersionAddsEntriesAndMovesTheVersion() {
    StatusAssignment first = statusChange(CLIENT, null, "new", 0);
    ClientStatusHistory one = store.append(CLIENT, 0, List.of(first), DAY_ONE);
    assertThat(one).isEqualTo(new ClientStatusHistory(CLIENT, List.of(first), Optional.of(DAY_ONE), 1));
    StatusAssignment second = statusChange(CLIENT, "new", "active", 5);
    StatusAssignment third = statusChange(CLIENT, "active", "lost", 9);
    ClientStatusHistory two = store.append(CLIENT, 1, List.of(second, third), DAY_ONE.plusDays(10));
    assertThat(two).isEqualTo(new ClientStatusHistory(
        CLIENT, List.of(first, second, third), Optional.of(DAY_ONE.plusDays(10)), 2));
    assertThat(store.history(CLIENT)).isEqualTo(two);
  }

  @Test
  void appendWithoutEntriesMovesOnlyTheDateAndTheVersion() {
    StatusAssignment first = statusChange(CLIENT, null, "new", 0);
    store.append(CLIENT, 0, List.of(first), DAY_ONE);
    ClientStatusHistory moved = store.append(CLIENT, 1, List.of(), DAY_ONE.plusDays(3));
    assertThat(moved).isEqualTo(new ClientStatusHistory(CLIENT, List.of(first), Optional.of(DAY_ONE.plusDays(3)), 2));
    ClientStatusHistory kept = store.append(CLIENT, 2, List.of());
    assertThat(kept).isEqualTo(new ClientStatusHistory(CLIENT, List.of(first), Optional.of(DAY_ONE.plusDays(3)), 3));
    assertThat(store.history(CLIENT)).isEqualTo(kept);
  }

  @Test
  void staleAppendIsRejectedAndWritesNothing() {
    StatusAssignment first = statusChange(CLIENT, null, "new", 0);
    ClientStatusHistory stored = store.append(CLIENT, 0, List.of(first), DAY_ONE);
    for (long stale : new long[] {0, 2, 7}) {
      assertThatThrownBy(() -> store.append(
              CLIENT, stale, List.of(statusChange(CLIENT, "new", "active", 3)), DAY_ONE.plusDays(3)))
          .isInstanceOfSatisfying(StaleWriteException.class, e -> {
            assertThat(e.expectedVersion()).isEqualTo(stale);
            assertThat(e.actualVersion()).isEqualTo(1);
          });
      assertThat(store.history(CLIENT)).isEqualTo(stored);
    }
  }

  @Test
  void appendToAnUnrecordedHistoryAtAVersionAboveZeroIsRejected() {
    assertThatThrownBy(() -> store.append(
            CLIENT, 1, List.of(statusChange(CLIENT, null, "new", 0)), DAY_ONE))
        .isInstanceOfSatisfying(StaleWriteException.class, e -> assertThat(e.actualVersion()).isZero());
    assertThat(store.history(CLIENT)).isEqualTo(ClientStatusHistory.empty(CLIENT));
  }

  @Test
  void entriesThatBreakTheChainAreRejectedAndWriteNothing() {
    StatusAssignment first = statusChange(CLIENT, null, "new", 5);
    ClientStatusHistory stored = store.append(CLIENT, 0, List.of(first), DAY_ONE.plusDays(5));
    List<List<StatusAssignment>> broken = List.of(
        List.of(statusChange(CLIENT, "active", "lost", 6)),
        List.of(statusChange(CLIENT, null, "active", 6)),
        List.of(statusChange(CLIENT, "new", "active", 4)),
        List.of(statusChange(ClientId.of("c-2"), "new", "active", 6)),
        List.of(statusChange(CLIENT, "new", "active", 6), statusChange(CLIENT, "new", "lost", 7)));
    for (List<StatusAssignment> entries : broken) {
      assertThatThrownBy(() -> store.append(CLIENT, 1, entries, DAY_ONE.plusDays(9)))
          .as("append of %s", entries)
          .isInstanceOf(InvalidValueException.class);
      assertThat(store.history(CLIENT)).isEqualTo(stored);
    }
  }

  @Test
  void ofConcurrentAppendsFromTheSameVersionExactlyOneWins() {
    int threads = 8;
    List<Race.Outcome<ClientStatusHistory>> outcomes = Race.run(threads, i -> () -> store.append(
        CLIENT, 0, List.of(statusChange(CLIENT, null, "status-" + i, 0)), DAY_ONE));
    List<Race.Outcome<ClientStatusHistory>> winners = outcomes.stream().filter(Race.Outcome::succeeded).toList();
    assertThat(winners).hasSize(1);
    outcomes.stream().filter(o -> !o.succeeded()).forEach(o ->
        assertThat(o.failure()).isInstanceOf(StaleWriteException.class));
    assertThat(store.history(CLIENT)).isEqualTo(winners.get(0).result());
    assertThat(store.history(CLIENT).entries()).hasSize(1);
  }

  @Test
  void appendAllWritesEachAppendAndSkipsTheStaleOnes() {
    ClientId second = ClientId.of("c-2");
    ClientId third = ClientId.of("c-3");
    StatusAssignment first = statusChange(CLIENT, null, "new", 0);
    ClientStatusHistory stored = store.append(CLIENT, 0, List.of(first), DAY_ONE);
    store.append(third, 0, List.of(statusChange(third, null, "new", 0)), DAY_ONE);
    StatusAssignment active = statusChange(CLIENT, "new", "active", 4);
    StatusAssignment secondNew = statusChange(second, null, "new", 1);

    Map<ClientId, ClientStatusHistory> written = store.appendAll(List.of(
        StatusAppend.of(CLIENT, 1, List.of(active), DAY_ONE.plusDays(5)),
        StatusAppend.of(second, 0, List.of(secondNew), DAY_ONE.plusDays(5)),
        StatusAppend.of(third, 0, List.of(statusChange(third, null, "lost", 2)), DAY_ONE)));

    assertThat(written.keySet()).containsExactly(CLIENT, second);
    assertThat(written.get(CLIENT)).isEqualTo(new ClientStatusHistory(
        CLIENT, List.of(first, active), Optional.of(DAY_ONE.plusDays(5)), 2));
    assertThat(store.history(CLIENT)).isEqualTo(written.get(CLIENT)).isNotEqualTo(stored);
    assertThat(store.history(second)).isEqualTo(new ClientStatusHistory(
        second, List.of(secondNew), Optional.of(DAY_ONE.plusDays(5)), 1));
    assertThat(store.history(third).version()).isEqualTo(1);
    assertThat(store.history(third).entries()).extracting(e -> e.status().value()).containsExactly("new");
  }

  @Test
  void appendAllNamingAClientTwiceIsRefusedAndWritesNothing() {
    StatusAssignment first = statusChange(CLIENT, null, "new", 0);
    assertThatThrownBy(() -> store.appendAll(List.of(
            StatusAppend.of(CLIENT, 0, List.of(first), DAY_ONE),
            StatusAppend.of(CLIENT, 1, List.of(statusChange(CLIENT, "new", "active", 3)), DAY_ONE))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("c-1");
    assertThat(store.history(CLIENT)).isEqualTo(ClientStatusHistory.empty(CLIENT));
  }

  @Test
  void appendAllGivenTheRecordedHistoriesWritesEachAppendAndSkipsTheStaleOnes() {
    ClientId second = ClientId.of("c-2");
    ClientId third = ClientId.of("c-3");
    ClientId fourth = ClientId.of("c-4");
    StatusAssignment first = statusChange(CLIENT, null, "new", 0);
    ClientStatusHistory stored = store.append(CLIENT, 0, List.of(first), DAY_ONE);
    ClientStatusHistory thirdStored = store.append(third, 0, List.of(statusChange(third, null, "new", 0)), DAY_ONE);
    StatusAssignment fourthNew = statusChange(fourth, null, "new", 0);
    ClientStatusHistory fourthStored = store.append(fourth, 0, List.of(fourthNew), DAY_ONE.plusDays(2));
    StatusAssignment active = statusChange(CLIENT, "new", "active", 4);
    StatusAssignment secondNew = statusChange(second, null, "new", 1);

    Set<ClientId> written = store.appendAll(List.of(
            StatusAppend.of(CLIENT, 1, List.of(active), DAY_ONE.plusDays(5)),
            StatusAppend.of(second, 0, List.of(secondNew), DAY_ONE.plusDays(5)),
            StatusAppend.of(third, 0, List.of(statusChange(third, null, "lost", 2)), DAY_ONE),
            StatusAppend.of(fourth, 1, List.of())),
        Map.of(CLIENT, StatusHistoryEnd.of(stored), second, StatusHistoryEnd.empty(second),
            third, StatusHistoryEnd.empty(third), fourth, StatusHistoryEnd.of(fourthStored)));

    assertThat(written).containsExactly(CLIENT, second, fourth);
    assertThat(store.history(CLIENT)).isEqualTo(new ClientStatusHistory(
        CLIENT, List.of(first, active), Optional.of(DAY_ONE.plusDays(5)), 2));
    assertThat(store.history(second)).isEqualTo(new ClientStatusHistory(
        second, List.of(secondNew), Optional.of(DAY_ONE.plusDays(5)), 1));
    assertThat(store.history(third)).as("stale: nothing written").isEqualTo(thirdStored);
    assertThat(store.history(fourth)).as("no entries and no date: the recorded date is kept").isEqualTo(
        new ClientStatusHistory(fourth, List.of(fourthNew), Optional.of(DAY_ONE.plusDays(2)), 2));

    StatusAssignment lost = statusChange(CLIENT, "active", "lost", 8);
    assertThat(store.appendAll(List.of(StatusAppend.of(CLIENT, 2, List.of(lost), DAY_ONE.plusDays(9))),
        store.historyEnds(List.of(CLIENT)))).containsExactly(CLIENT);
    assertThat(store.history(CLIENT)).isEqualTo(new ClientStatusHistory(
        CLIENT, List.of(first, active, lost), Optional.of(DAY_ONE.plusDays(9)), 3));
  }

  @Test
  void appendAllGivenTheRecordedHistoriesRefusesABrokenChainAndWritesNothing() {
    ClientId second = ClientId.of("c-2");
    ClientStatusHistory stored = store.append(CLIENT, 0, List.of(statusChange(CLIENT, null, "new", 0)), DAY_ONE);
    assertThatThrownBy(() -> store.appendAll(List.of(
                StatusAppend.of(CLIENT, 1, List.of(statusChange(CLIENT, "active", "lost", 3)), DAY_ONE.plusDays(3)),
                StatusAppend.of(second, 0, List.of(statusChange(second, null, "new", 3)), DAY_ONE.plusDays(3))),
            Map.of(CLIENT, StatusHistoryEnd.of(stored), second, StatusHistoryEnd.empty(second))))
        .isInstanceOf(InvalidValueException.class);
    assertThat(store.history(CLIENT)).isEqualTo(stored);
    assertThat(store.history(second)).isEqualTo(ClientStatusHistory.empty(second));
  }

  @Test
  void appendAllGivenARecordedHistoryAtAnotherVersionOrNoneIsRefusedAndWritesNothing() {
    ClientId second = ClientId.of("c-2");
    StatusAssignment first = statusChange(CLIENT, null, "new", 0);
    ClientStatusHistory stored = store.append(CLIENT, 0, List.of(first), DAY_ONE);
    List<StatusAppend> appends = List.of(
        StatusAppend.of(second, 0, List.of(statusChange(second, null, "new", 3)), DAY_ONE.plusDays(3)),
        StatusAppend.of(CLIENT, 1, List.of(statusChange(CLIENT, "new", "active", 3)), DAY_ONE.plusDays(3)));
    StatusHistoryEnd later = new StatusHistoryEnd(CLIENT, Optional.of(first), 1, Optional.of(DAY_ONE), 2);

    assertThatThrownBy(() -> store.appendAll(appends, Map.of(second, StatusHistoryEnd.empty(second), CLIENT, later)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("c-1")
        .hasMessageContaining("version 2")
        .hasMessageContaining("expected version 1");
    assertThatThrownBy(() -> store.appendAll(appends, Map.of(second, StatusHistoryEnd.empty(second))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("c-1");
    assertThat(store.history(CLIENT)).isEqualTo(stored);
    assertThat(store.history(second)).isEqualTo(ClientStatusHistory.empty(second));
  }

  @Test
  void historiesAnswerForEveryClientAskedFor() {
    ClientId other = ClientId.of("c-2");
    ClientStatusHistory recorded =
        store.append(CLIENT, 0, List.of(statusChange(CLIENT, null, "new", 0)), DAY_ONE);
    Map<ClientId, ClientStatusHistory> histories = store.histories(List.of(CLIENT, other));
    assertThat(histories).containsOnly(
        Map.entry(CLIENT, recorded), Map.entry(other, ClientStatusHistory.empty(other)));
    assertThat(store.histories(List.of())).isEmpty();
  }

  @Test
  void historyEndsAnswerForEveryClientAskedForWithTheEndOfItsHistory() {
    ClientId one = ClientId.of("c-2");
    ClientId none = ClientId.of("c-3");
    ClientId unrecorded = ClientId.of("c-4");
    store.append(CLIENT, 0, List.of(statusChange(CLIENT, null, "new", 0)), DAY_ONE);
    store.append(CLIENT, 1, List.of(statusChange(CLIENT, "new", "active", 3), statusChange(CLIENT, "active", "lost", 7)),
        DAY_ONE.plusDays(8));
    store.append(one, 0, List.of(statusChange(one, null, "new", 2)));
    store.append(none, 0, List.of(), DAY_ONE.plusDays(1));
    List<ClientId> asked = List.of(unrecorded, CLIENT, none, one);

    Map<ClientId, StatusHistoryEnd> ends = store.historyEnds(asked);

    Map<ClientId, StatusHistoryEnd> expected = new LinkedHashMap<>();
    store.histories(asked).forEach((client, history) -> expected.put(client, StatusHistoryEnd.of(history)));
    assertThat(ends).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(ends.get(CLIENT).entryCount()).isEqualTo(3);
    assertThat(ends.get(CLIENT).latest()).map(e -> e.status().value()).contains("lost");
    assertThat(ends.get(CLIENT).version()).isEqualTo(2);
    assertThat(ends.get(one).entryCount()).isEqualTo(1);
    assertThat(ends.get(none)).isEqualTo(new StatusHistoryEnd(none, Optional.empty(), 0, Optional.of(DAY_ONE.plusDays(1)), 1));
    assertThat(ends.get(unrecorded)).isEqualTo(StatusHistoryEnd.empty(unrecorded));
    assertThat(store.historyEnds(List.of())).isEmpty();
  }

  @Test
  void pagesWalkTheRecordedHistoriesOnceInClientIdTextOrder() {
    List<String> clients = RecordStoreContract.scrambledIds("c-", 17);
    for (String client : clients) {
      ClientId id = ClientId.of(client);
      store.append(id, 0, List.of(statusChange(id, null, "new", 0)), DAY_ONE);
    }
    List<String> expected = clients.stream().sorted().toList();
    for (int size : new int[] {1, 2, 4, 16, 17, 18}) {
      List<String> walked = new ArrayList<>();
      PageRequest<ClientId> request = PageRequest.first(size);
      while (true) {
        List<ClientStatusHistory> page = store.page(request);
        assertThat(page.size()).isLessThanOrEqualTo(size);
        if (page.isEmpty()) {
          break;
        }
        page.forEach(h -> walked.add(h.client().value()));
        request = request.next(page.get(page.size() - 1).client());
        assertThat(walked.size()).isLessThanOrEqualTo(expected.size());
      }
      assertThat(walked).as("histories walked with page size %d", size).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void readsSeeTheLatestAppend() {
    ClientStatusHistory history = store.history(CLIENT);
    String previous = null;
    for (int day = 0; day < 6; day++) {
      String status = "s-" + day;
      history = store.append(CLIENT, history.version(),
          List.of(statusChange(CLIENT, previous, status, day)), LocalDate.of(2026, 2, 1 + day));
      previous = status;
      assertThat(store.history(CLIENT)).isEqualTo(history);
      assertThat(store.histories(List.of(CLIENT))).containsEntry(CLIENT, history);
      assertThat(history.version()).isEqualTo(day + 1);
    }
  }

  @Test
  void dueDaysFollowAppendsAndFactChangesAndAreSetOnlyAtTheirVersion() {
    assumeTrue(store.keepsDueDays(), "the store keeps no due days");
    ClientId a = ClientId.of("c-a");
    ClientId b = ClientId.of("c-b");
    ClientId c = ClientId.of("c-c");
    store.append(a, 0, List.of(statusChange(a, null, "new", 0)), DAY_ONE);
    store.append(b, 0, List.of(statusChange(b, null, "new", 0)), DAY_ONE);
    assertThat(store.dueClients(DAY_ONE, 10)).as("due on every day until a due day is set")
        .containsExactly(a, b);

    store.setDueDays(List.of(new StatusDueDay(a, 1, DAY_ONE.plusDays(5)),
        new StatusDueDay(b, 7, DAY_ONE.plusDays(5))));
    assertThat(store.dueClients(DAY_ONE.plusDays(4), 10)).as("b's due day named another version")
        .containsExactly(b);
    assertThat(store.dueClients(DAY_ONE.plusDays(5), 10)).containsExactly(a, b);
    assertThat(store.history(a).version()).as("a due day does not move the version").isEqualTo(1);

    store.factsChanged(List.of(a, c));
    assertThat(store.history(a).version()).isEqualTo(2);
    assertThat(store.history(c)).isEqualTo(new ClientStatusHistory(c, List.of(), Optional.empty(), 1));
    assertThat(store.dueClients(DAY_ONE, 10)).containsExactly(a, b, c);
    assertThat(store.dueClients(DAY_ONE, 2)).containsExactly(a, b);
    assertThat(store.dueClients(DAY_ONE, b, 2)).containsExactly(c);

    store.setDueDays(List.of(new StatusDueDay(a, 2, DAY_ONE.plusDays(9)),
        new StatusDueDay(b, 1, DAY_ONE.plusDays(9)),
        new StatusDueDay(c, 1, StatusDueDay.NEVER)));
    assertThat(store.dueClients(DAY_ONE.plusDays(8), 10)).isEmpty();
    assertThat(store.dueClients(DAY_ONE.plusDays(9), 10)).containsExactly(a, b);
    store.append(b, 1, List.of());
    assertThat(store.dueClients(DAY_ONE, 10)).as("an append clears the due day").containsExactly(b);
  }

  @Test
  void anAppendSetsTheDueDayItGivesWhenTheStoreSaysSo() {
    assumeTrue(store.keepsDueDays() && store.appendSetsDueDay(),
        "the store sets no due days with appends");
    ClientId a = ClientId.of("c-a");
    ClientId b = ClientId.of("c-b");
    ClientId c = ClientId.of("c-c");
    store.append(StatusAppend.of(a, 0, List.of(statusChange(a, null, "new", 0)), DAY_ONE)
        .withDueOn(DAY_ONE.plusDays(5)));
    store.append(b, 0, List.of(statusChange(b, null, "new", 0)), DAY_ONE);
    assertThat(store.dueClients(DAY_ONE.plusDays(4), 10)).as("a's first append gave its due day")
        .containsExactly(b);
    assertThat(store.dueClients(DAY_ONE.plusDays(5), 10)).containsExactly(a, b);

    // a page at once: a new history and two moved on, one of them without a due day
    Set<ClientId> written = store.appendAll(List.of(
        StatusAppend.of(a, 1, List.of(statusChange(a, "new", "active", 3)), DAY_ONE.plusDays(3))
            .withDueOn(DAY_ONE.plusDays(20)),
        StatusAppend.of(b, 1, List.of(statusChange(b, "new", "lost", 3)), DAY_ONE.plusDays(3))
            .withDueOn(StatusDueDay.NEVER),
        StatusAppend.of(c, 0, List.of(statusChange(c, null, "new", 2)), DAY_ONE.plusDays(3))
            .withDueOn(DAY_ONE.plusDays(10))),
        store.historyEnds(List.of(a, b, c)));
    assertThat(written).containsExactlyInAnyOrder(a, b, c);
    assertThat(store.dueClients(DAY_ONE.plusDays(9), 10)).isEmpty();
    assertThat(store.dueClients(DAY_ONE.plusDays(10), 10)).containsExactly(c);
    assertThat(store.dueClients(DAY_ONE.plusDays(20), 10)).containsExactly(a, c);
    assertThat(store.dueClients(StatusDueDay.NEVER, 10)).containsExactly(a, b, c);
    assertThat(store.history(a).version()).isEqualTo(2);

    // a stale append sets nothing; an append without a due day clears it
    assertThatThrownBy(() -> store.append(StatusAppend.of(a, 1, List.of()).withDueOn(DAY_ONE)))
        .isInstanceOf(StaleWriteException.class);
    assertThat(store.dueClients(DAY_ONE.plusDays(9), 10)).isEmpty();
    store.append(c, 1, List.of());
    assertThat(store.dueClients(DAY_ONE, 10)).as("an append without a due day clears it").containsExactly(c);
  }
}
