package org.clientbase.testkit.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.testkit.contract.ContractFixtures.DAY_ONE;
import static org.clientbase.testkit.contract.ContractFixtures.statusChange;

import java.util.List;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.StatusHistoryEnd;
import org.junit.jupiter.api.Test;

class StatusHistoryEndTest {
  private static final ClientId CLIENT = ClientId.of("c-1");
  private static final StatusAssignment NEW = statusChange(CLIENT, null, "new", 0);
  private static final StatusAssignment ACTIVE = statusChange(CLIENT, "new", "active", 4);

  @Test
  void theEndOfAWholeHistoryIsItsLatestEntryCountDateAndVersion() {
    ClientStatusHistory history = new ClientStatusHistory(CLIENT, List.of(NEW, ACTIVE), Optional.of(DAY_ONE), 3);
    assertThat(StatusHistoryEnd.of(history))
        .isEqualTo(new StatusHistoryEnd(CLIENT, Optional.of(ACTIVE), 2, Optional.of(DAY_ONE), 3));
    assertThat(StatusHistoryEnd.of(ClientStatusHistory.empty(CLIENT))).isEqualTo(StatusHistoryEnd.empty(CLIENT));
  }

  @Test
  void partsThatCannotEndOneHistoryAreRefusedNamingThePart() {
    assertThatThrownBy(() -> new StatusHistoryEnd(CLIENT, Optional.of(ACTIVE), 0, Optional.empty(), 1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("entryCount").hasMessageContaining("c-1");
    assertThatThrownBy(() -> new StatusHistoryEnd(CLIENT, Optional.empty(), 2, Optional.empty(), 1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("entryCount");
    assertThatThrownBy(() -> new StatusHistoryEnd(CLIENT, Optional.of(ACTIVE), 1, Optional.empty(), 1))
        .as("the only entry starts from a status")
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("latest entry");
    assertThatThrownBy(() -> new StatusHistoryEnd(
            CLIENT, Optional.of(statusChange(ClientId.of("c-2"), null, "new", 0)), 1, Optional.empty(), 1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("another client");
    assertThatThrownBy(() -> new StatusHistoryEnd(CLIENT, Optional.empty(), 0, Optional.empty(), -1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("version");
  }

  @Test
  void entriesContinueAnEndAsTheyWouldContinueTheWholeHistory() {
    StatusHistoryEnd end = new StatusHistoryEnd(CLIENT, Optional.of(ACTIVE), 2, Optional.of(DAY_ONE), 2);
    assertThatCode(() -> end.checkContinuedBy(List.of(statusChange(CLIENT, "active", "lost", 9)))).doesNotThrowAnyException();
    assertThatCode(() -> end.checkContinuedBy(List.of())).doesNotThrowAnyException();
    assertThatThrownBy(() -> end.checkContinuedBy(List.of(statusChange(CLIENT, "new", "lost", 9))))
        .as("starts from another status than the latest").isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> end.checkContinuedBy(List.of(statusChange(CLIENT, "active", "lost", 3))))
        .as("dated before the latest").isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> end.checkContinuedBy(List.of(statusChange(ClientId.of("c-2"), "active", "lost", 9))))
        .as("another client's entry").isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> StatusHistoryEnd.empty(CLIENT).checkContinuedBy(List.of(ACTIVE)))
        .as("a first entry starts from no status").isInstanceOf(InvalidValueException.class);
    assertThatCode(() -> StatusHistoryEnd.empty(CLIENT).checkContinuedBy(List.of(NEW, ACTIVE))).doesNotThrowAnyException();
  }
}
