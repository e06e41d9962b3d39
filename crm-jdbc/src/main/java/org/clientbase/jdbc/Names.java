package org.clientbase.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import org.clientbase.core.person.PersonName;

/** Person names in the columns {@code last_name}, {@code first_name} and {@code patronymic}. */
final class Names {
  private Names() {}

  static PersonName person(Sql.Row row) throws SQLException {
    String last = row.text("last_name");
    String first = row.text("first_name");
    Optional<String> patronymic = row.optText("patronymic");
    return patronymic.isPresent() ? PersonName.of(last, first, patronymic.get()) : PersonName.of(last, first);
  }
}
