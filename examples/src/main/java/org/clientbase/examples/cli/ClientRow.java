package org.clientbase.examples.cli;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.id.ClientId;

/**
 * One row of the clients file: {@code id,name,kind,created}.
 *
 * @param id the client's id, as the host writes it
 * @param name the client's name, trimmed and single-spaced
 * @param kind the kind of client
 * @param created the date the client's card was created: its status history starts there
 */
public record ClientRow(String id, String name, ClientKind kind, LocalDate created) implements Serializable {
  /** The columns of the clients file, in the order the command writes them. */
  public static final List<String> COLUMNS = List.of("id", "name", "kind", "created");
  /** The earliest date a row may hold. */
  static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
  /** The latest date a row may hold. */
  static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);

  /**
   * Checks the parts.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @param created the creation date
   */
  public ClientRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(created, "created");
  }

  /**
   * Returns the row of a client card.
   *
   * @param client the card
   * @return the row
   */
  public static ClientRow of(Client client) {
    return new ClientRow(client.id().value(), client.name(), client.kind(), client.createdOn());
  }

  /**
   * Returns the id as the library's type.
   *
   * @return the client id
   */
  public ClientId clientId() {
    return ClientId.of(id);
  }

  /**
   * Returns the row as a client card.
   *
   * @return the card
   */
  public Client toClient() {
    return Client.builder().id(clientId()).name(name).kind(kind).createdOn(created).build();
  }

  /**
   * Returns the row's fields in the order of {@link #COLUMNS}.
   *
   * @return the fields
   */
  public String[] fields() {
    return new String[] {id, name, kind.name(), created.toString()};
  }

  static ClientRow parse(CsvReader.CsvRecord record, Columns columns) throws RowException {
    String id = columns.get(record, "id");
    if (id.isEmpty()) {
      throw new RowException("id is empty");
    }
    try {
      ClientId.of(id);
    } catch (InvalidValueException e) {
      throw new RowException("id: " + e.getMessage());
    }
    String name = columns.get(record, "name").replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      throw new RowException("name is empty");
    }
    String kindText = columns.get(record, "kind");
    ClientKind kind;
    try {
      kind = ClientKind.valueOf(kindText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RowException("kind " + Excerpt.quote(kindText) + " is not one of LEGAL_ENTITY, SOLE_PROPRIETOR, INDIVIDUAL");
    }
    return new ClientRow(id, name, kind, date(columns.get(record, "created"), "created", true));
  }

  static LocalDate date(String text, String column, boolean required) throws RowException {
    if (text.isEmpty()) {
      if (required) {
        throw new RowException(column + " is empty");
      }
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new RowException(column + " " + Excerpt.quote(text) + " is not a date written yyyy-mm-dd");
    }
    if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
      throw new RowException(column + " " + date + " is outside the dates read (" + FIRST_DATE
          + " to " + LAST_DATE + ")");
    }
    return date;
  }
}
