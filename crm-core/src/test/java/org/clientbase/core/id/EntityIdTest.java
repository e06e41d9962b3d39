package org.clientbase.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientbase.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class EntityIdTest {
  @Test
  void idsOfDifferentTypesAreNeverEqual() {
    assertThat(ClientId.of("42")).isNotEqualTo(LeadId.of("42"));
    assertThat(ClientId.of("42")).isEqualTo(ClientId.of("42"));
  }

  @Test
  void aBlankIdIsRejectedByName() {
    assertThatThrownBy(() -> ClientId.of(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ClientId  : must not be blank");
    assertThatThrownBy(() -> LeadId.of(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("LeadId <missing>: must be given");
  }

  @Test
  void anIdWithSurroundingSpaceIsRejected() {
    assertThatThrownBy(() -> ClientId.of(" c-1"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("white space");
  }

  @Test
  void idsOrderByText() {
    assertThat(ClientId.of("a")).isLessThan(ClientId.of("b"));
  }
}
