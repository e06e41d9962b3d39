package org.clientbase.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.contact.Email;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.person.PersonName;
import org.junit.jupiter.api.Test;

class LeadTest {
  private Lead.Builder lead() {
    return Lead.builder().id(LeadId.of("l-1")).name(PersonName.parse("Иванов Иван Иванович"));
  }

  @Test
  void aLeadLinkedToAClientIsLinked() {
    assertThat(lead().build().isLinked()).isFalse();
    assertThat(lead().linkedClient(ClientId.of("c-1")).build().isLinked()).isTrue();
  }

  @Test
  void aConvertedLeadMustBeLinked() {
    assertThatThrownBy(() -> lead().convertedAt(Instant.parse("2026-03-01T10:00:00Z")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must be linked");
  }

  @Test
  void aBlankCompanyIsRejected() {
    assertThatThrownBy(() -> lead().company(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("Lead.company"));
  }

  @Test
  void emailsDifferingOnlyInDomainCaseAreARepeat() {
    assertThatThrownBy(() -> lead().addEmails(Email.of("ivan@Mail.ru"), Email.of("ivan@mail.ru")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must not repeat an email");
  }
}
