package org.clientbase.examples.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each column of a CSV layout is in a file, read from the file's header row. Columns may
 * come in any order; columns the layout does not know are ignored; a missing required column
 * is an error.
 */
final class Columns {
  private final Map<String, Integer> positions;

  private Columns(Map<String, Integer> positions) {
    this.positions = positions;
  }

  /**
   * Reads the header.
   *
   * @param header the header's fields
   * @param required the columns that must be there
   * @param optional the columns that may be there
   * @return the positions
   * @throws IllegalArgumentException naming the missing or repeated columns
   */
  static Columns of(List<String> header, List<String> required, List<String> optional) {
    Map<String, Integer> positions = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (required.contains(name) || optional.contains(name)) {
        if (positions.putIfAbsent(name, i) != null) {
          problems.add("column " + Excerpt.quote(name) + " is given twice");
        }
      }
    }
    for (String name : required) {
      if (!positions.containsKey(name)) {
        problems.add("column \"" + name + "\" is missing");
      }
    }
    if (!problems.isEmpty()) {
      String line = String.join(",", header);
      String hint = "";
      if (header.size() == 1) {
        for (char separator : new char[] {';', '\t', '|'}) {
          if (line.indexOf(separator) >= 0) {
            hint = "; the file seems to separate columns with "
                + (separator == '\t' ? "tabs" : "'" + separator + "'") + ": the command reads commas";
            break;
          }
        }
      }
      throw new IllegalArgumentException(String.join("; ", problems.subList(0, Math.min(problems.size(), 8)))
          + " (the header is " + Excerpt.quote(line) + "; expected " + String.join(",", required) + ")" + hint);
    }
    return new Columns(positions);
  }

  /** The column's value in a record, stripped; empty when the column or the field is absent. */
  String get(CsvReader.CsvRecord record, String column) {
    Integer at = positions.get(column);
    return at == null ? "" : record.field(at).strip();
  }

  /** The number of fields a record needs to have every known column. */
  int width() {
    return positions.values().stream().mapToInt(i -> i + 1).max().orElse(0);
  }
}
