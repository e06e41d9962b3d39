package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.TextPolicy;
import org.clientbase.core.card.Tag;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.spi.Versioned;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The edge of what the text policy accepts survives a real database unchanged, and what it
 * refuses never reaches one: the library refuses it, naming the field, while the card is built.
 */
class JdbcTextPolicyEdgeTest {
  /** A joined emoji sequence (family), a flag, and a letter with two combining marks. */
  private static final String JOINED = "👩\u200D👩\u200D👧 🇷🇺 a\u0308\u0301 ё";

  /** The properties, on one database. */
  abstract static class OnDatabase {
    abstract JdbcDatabase database();

    @Test
    void theEdgeOfThePolicyReadsBackIdentical() {
      JdbcClientStore clients = new JdbcClientStore(database());
      List<Client> edge = List.of(
          card("c".repeat(TextPolicy.ID_MAX_LENGTH))
              .name(Normalizer.normalize("Ромашка " + JOINED, Normalizer.Form.NFC))
              .comment(megabyteOfLines())
              .addTags(Tag.of("VIP " + JOINED))
              .putCustomFields("motto", FieldValue.text(JOINED))
              .build(),
          card("😀".repeat(TextPolicy.ID_MAX_LENGTH / 2))
              .name("x".repeat(TextPolicy.NAME_MAX_LENGTH))
              .comment("\t" + JOINED + "\r\n")
              .build());

      for (Client client : edge) {
        Versioned<Client> written = clients.insert(client);
        Client read = clients.find(client.id()).orElseThrow().value();
        assertThat(read).isEqualTo(client).isEqualTo(written.value());
        assertThat(read.comment()).isEqualTo(client.comment());
        assertThat(read.name()).isEqualTo(client.name());
      }
      assertThat(edge.get(0).comment().orElseThrow()).hasSize(TextPolicy.MULTILINE_MAX_LENGTH);
    }

    @Test
    void whatThePolicyRefusesNeverReachesTheDatabase() {
      JdbcClientStore clients = new JdbcClientStore(database());
      refused(clients, "ClientId", () -> card("sur-\uD800").build());
      refused(clients, "ClientId", () -> card("sur-\uDC00").build());
      refused(clients, "ClientId", () -> card("c\n1").build());
      refused(clients, "ClientId", () -> card("c".repeat(TextPolicy.ID_MAX_LENGTH + 1)).build());
      refused(clients, "Client c-1 name", () -> card("c-1").name("Ромашка\u0000\u0007").build());
      refused(clients, "Client c-1 name", () -> card("c-1").name("Ромашка\u202E").build());
      refused(clients, "Client c-1 name", () -> card("c-1").name("Ромашка\uD800").build());
      refused(clients, "Client c-1 comment", () -> card("c-1").comment("line\u0000").build());
      refused(clients, "Client c-1 comment",
          () -> card("c-1").comment(megabyteOfLines() + "x").build());
      refused(clients, "Client c-1 createdOn", () -> card("c-1").createdOn(LocalDate.MIN).build());
      refused(clients, "Tag", () -> card("c-1").addTags(Tag.of("vip\u0000")).build());
      refused(clients, "FieldValue.text", () -> card("c-1")
          .putCustomFields("motto", FieldValue.text("\uDC00")).build());
      assertThat(clients.find(ClientId.of("c-1"))).isEmpty();
    }

    private static void refused(JdbcClientStore clients, String field, Supplier<Client> card) {
      try {
        clients.insert(card.get());
      } catch (InvalidValueException e) {
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).hasSizeLessThan(1024);
        return;
      }
      throw new AssertionError("the library let a card with a bad " + field + " reach the database");
    }
  }

  private static Client.Builder card(String id) {
    return Client.builder()
        .id(ClientId.of(id))
        .kind(ClientKind.LEGAL_ENTITY)
        .name("Ромашка")
        .createdOn(LocalDate.of(2026, 1, 15));
  }

  /** Exactly {@link TextPolicy#MULTILINE_MAX_LENGTH} characters of lines, tabs and emoji. */
  private static String megabyteOfLines() {
    String line = "Строка\tline " + JOINED + " e\u0301\r\n";
    StringBuilder text = new StringBuilder(TextPolicy.MULTILINE_MAX_LENGTH);
    while (text.length() + line.length() <= TextPolicy.MULTILINE_MAX_LENGTH) {
      text.append(line);
    }
    while (text.length() < TextPolicy.MULTILINE_MAX_LENGTH) {
      text.append('.');
    }
    return text.toString();
  }

  @Nested
  class OnH2 extends OnDatabase {
    @Override
    JdbcDatabase database() {
      return Databases.h2();
    }
  }

  @Nested
  class OnPostgres extends OnDatabase {
    @Override
    JdbcDatabase database() {
      return Databases.postgres();
    }
  }
}
