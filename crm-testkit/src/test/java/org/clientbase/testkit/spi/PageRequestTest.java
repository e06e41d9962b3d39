package org.clientbase.testkit.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.spi.store.PageRequest;
import org.junit.jupiter.api.Test;

/** A page request names the first page or the page after an id, and a limit of at least 1. */
class PageRequestTest {

  @Test
  void theFirstPageStartsAfterNothing() {
    PageRequest<ClientId> first = PageRequest.first(50);
    assertThat(first.after()).isEmpty();
    assertThat(first.limit()).isEqualTo(50);
    assertThat(first).hasToString("first page of at most 50");
  }

  @Test
  void thePageAfterAnIdKeepsTheIdAndTheLimit() {
    PageRequest<ClientId> after = PageRequest.after(ClientId.of("c-7"), 10);
    assertThat(after.after()).contains(ClientId.of("c-7"));
    assertThat(after.limit()).isEqualTo(10);
    assertThat(after).isEqualTo(PageRequest.after(ClientId.of("c-7"), 10))
        .hasSameHashCodeAs(PageRequest.after(ClientId.of("c-7"), 10))
        .isNotEqualTo(PageRequest.after(ClientId.of("c-7"), 11))
        .isNotEqualTo(PageRequest.<ClientId>first(10));
  }

  @Test
  void theNextPageStartsAfterTheLastIdSeenWithTheSameLimit() {
    assertThat(PageRequest.<ClientId>first(3).next(ClientId.of("c-3")))
        .isEqualTo(PageRequest.after(ClientId.of("c-3"), 3));
  }

  @Test
  void aLimitBelowOneIsRejectedWithTheValue() {
    assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("page limit").hasMessageContaining("0").hasMessageContaining("at least 1");
    assertThatThrownBy(() -> PageRequest.after(ClientId.of("c-1"), -5)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("-5");
  }

  @Test
  void aMissingIdIsRejected() {
    assertThatThrownBy(() -> PageRequest.after(null, 5)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("after");
  }
}
