package org.clientbase.jdbc;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Function;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.money.Money;

/** Typed parameters and columns: how domain values become SQL values and back. */
final class Sql {
  private Sql() {}

  /** Binds parameters of a statement in order. */
  static final class Params {
    private final PreparedStatement statement;
    private int index;

    Params(PreparedStatement statement) {
      this.statement = statement;
    }

    Params text(String value) throws SQLException {
      statement.setString(++index, value);
      return this;
    }

    Params text(Optional<String> value) throws SQLException {
      return text(value.orElse(null));
    }

    Params id(EntityId id) throws SQLException {
      return text(id == null ? null : id.value());
    }

    Params id(Optional<? extends EntityId> id) throws SQLException {
      return id(id.orElse(null));
    }

    <E extends Enum<E>> Params name(E value) throws SQLException {
      return text(value == null ? null : value.name());
    }

    <E extends Enum<E>> Params name(Optional<E> value) throws SQLException {
      return name(value.orElse(null));
    }

    Params number(long value) throws SQLException {
      statement.setLong(++index, value);
      return this;
    }

    Params number(Optional<? extends Number> value) throws SQLException {
      if (value.isPresent()) {
        statement.setLong(++index, value.get().longValue());
      } else {
        statement.setNull(++index, Types.BIGINT);
      }
      return this;
    }

    Params date(LocalDate date) throws SQLException {
      statement.setObject(++index, date);
      return this;
    }

    Params date(Optional<LocalDate> date) throws SQLException {
      if (date.isPresent()) {
        return date(date.get());
      }
      statement.setNull(++index, Types.DATE);
      return this;
    }

    Params instant(String field, Instant instant) throws SQLException {
      statement.setObject(++index, OffsetDateTime.ofInstant(checkMicros(field, instant), ZoneOffset.UTC));
      return this;
    }

    Params instant(String field, Optional<Instant> instant) throws SQLException {
      if (instant.isPresent()) {
        return instant(field, instant.get());
      }
      statement.setNull(++index, Types.TIMESTAMP_WITH_TIMEZONE);
      return this;
    }

    /** Binds an amount and its currency, as two parameters. */
    Params money(Optional<Money> money) throws SQLException {
      statement.setBigDecimal(++index, money.map(Money::amount).orElse(null));
      statement.setString(++index, money.map(m -> m.currency().getCurrencyCode()).orElse(null));
      return this;
    }

    Params money(Money money) throws SQLException {
      return money(Optional.of(money));
    }

    Params json(String json) throws SQLException {
      return text(json);
    }

    /** Binds a list of texts, for {@code = ANY(?)}. */
    Params texts(Connection connection, Collection<String> values) throws SQLException {
      Array array = connection.createArrayOf("VARCHAR", values.toArray(new String[0]));
      statement.setArray(++index, array);
      return this;
    }
  }

  /** Reads the columns of the current row by name. */
  static final class Row {
    private final ResultSet rows;

    Row(ResultSet rows) {
      this.rows = rows;
    }

    String text(String column) throws SQLException {
      String value = rows.getString(column);
      if (value == null) {
        throw new JdbcStoreException("Column " + column + " is null, the schema forbids it");
      }
      return value;
    }

    Optional<String> optText(String column) throws SQLException {
      return Optional.ofNullable(rows.getString(column));
    }

    <I extends EntityId> I id(String column, Function<String, I> of) throws SQLException {
      return of.apply(text(column));
    }

    <I extends EntityId> Optional<I> optId(String column, Function<String, I> of) throws SQLException {
      return optText(column).map(of);
    }

    <E extends Enum<E>> E name(String column, Class<E> type) throws SQLException {
      return Enum.valueOf(type, text(column));
    }

    <E extends Enum<E>> Optional<E> optName(String column, Class<E> type) throws SQLException {
      return optText(column).map(v -> Enum.valueOf(type, v));
    }

    long number(String column) throws SQLException {
      return rows.getLong(column);
    }

    Optional<Long> optNumber(String column) throws SQLException {
      long value = rows.getLong(column);
      return rows.wasNull() ? Optional.empty() : Optional.of(value);
    }

    LocalDate date(String column) throws SQLException {
      return optDate(column).orElseThrow(() ->
          new JdbcStoreException("Column " + column + " is null, the schema forbids it"));
    }

    Optional<LocalDate> optDate(String column) throws SQLException {
      return Optional.ofNullable(rows.getObject(column, LocalDate.class));
    }

    Instant instant(String column) throws SQLException {
      return optInstant(column).orElseThrow(() ->
          new JdbcStoreException("Column " + column + " is null, the schema forbids it"));
    }

    Optional<Instant> optInstant(String column) throws SQLException {
      return Optional.ofNullable(rows.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    /** Reads an amount column and the currency column beside it. */
    Optional<Money> optMoney(String amountColumn, String currencyColumn) throws SQLException {
      BigDecimal amount = rows.getBigDecimal(amountColumn);
      if (amount == null) {
        return Optional.empty();
      }
      return Optional.of(Money.of(amount, Currency.getInstance(text(currencyColumn).strip())));
    }

    Money money(String amountColumn, String currencyColumn) throws SQLException {
      return optMoney(amountColumn, currencyColumn).orElseThrow(() ->
          new JdbcStoreException("Column " + amountColumn + " is null, the schema forbids it"));
    }
  }

  /**
   * Checks that an instant fits a {@code TIMESTAMP WITH TIME ZONE} column exactly: PostgreSQL
   * keeps microseconds, so a finer instant would not read back equal.
   */
  static Instant checkMicros(String field, Instant instant) {
    if (instant.getNano() % 1_000 != 0) {
      throw new InvalidValueException(field, instant, "is stored with microsecond precision; round it to microseconds first");
    }
    return instant;
  }
}
