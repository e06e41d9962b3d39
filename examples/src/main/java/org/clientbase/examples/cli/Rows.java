package org.clientbase.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Parses rows of the two CSV layouts whose columns come in the documented order, for readers
 * that see rows one at a time without the file's header, such as the Beam pipeline.
 */
public final class Rows {
  private static final Columns CLIENTS = Columns.of(ClientRow.COLUMNS, ClientRow.COLUMNS, List.of());
  private static final Columns FACTS = Columns.of(FactRow.COLUMNS, FactRow.REQUIRED, FactRow.OPTIONAL);

  private Rows() {}

  /**
   * Tells whether a record is a header row of a layout: its first field is the layout's first
   * column name.
   *
   * @param record the record
   * @param columns the layout's columns
   * @return {@code true} for a header row
   */
  public static boolean isHeader(CsvReader.CsvRecord record, List<String> columns) {
    return record.field(0).strip().toLowerCase(Locale.ROOT).equals(columns.get(0));
  }

  /**
   * Parses a row of the clients layout: {@code id,name,kind,created}.
   *
   * @param record the record
   * @return the row
   * @throws RowException saying what is wrong with the row
   */
  public static ClientRow client(CsvReader.CsvRecord record) throws RowException {
    check(record);
    return ClientRow.parse(record, CLIENTS);
  }

  /**
   * Parses a row of the facts layout: {@code client_id,type,date,amount,interest_id,closed,outcome}.
   *
   * @param record the record
   * @param currency the currency of amounts written without one
   * @param warnings told of each amount that cannot be used; the fact is returned without it
   * @return the row
   * @throws RowException saying what is wrong with the row
   */
  public static FactRow fact(CsvReader.CsvRecord record, String currency, Consumer<String> warnings)
      throws RowException {
    check(record);
    return FactRow.parse(record, FACTS, currency, warnings);
  }

  /**
   * Parses a row of the facts layout, dropping the warnings about amounts that cannot be used:
   * statuses do not read amounts.
   *
   * @param record the record
   * @param currency the currency of amounts written without one
   * @return the row
   * @throws RowException saying what is wrong with the row
   */
  public static FactRow fact(CsvReader.CsvRecord record, String currency) throws RowException {
    return fact(record, currency, warning -> { });
  }

  private static void check(CsvReader.CsvRecord record) throws RowException {
    if (record.error() != null) {
      throw new RowException(record.error());
    }
  }
}
