package org.clientbase.examples.cli;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes CSV (RFC 4180) records: fields separated by commas, a field quoted only when it holds a
 * comma, a quote or a line break, records ended by LF.
 */
public final class CsvWriter implements Closeable, Flushable {
  private final Writer out;

  /**
   * Starts writing.
   *
   * @param out where to write; closed by {@link #close()}
   */
  public CsvWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Writes one record.
   *
   * @param fields the fields; {@code null} is written as an empty field
   * @throws IOException if writing fails
   */
  public void write(String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(fields[i]));
    }
    out.write('\n');
  }

  /**
   * Returns a field as CSV writes it: quoted if it has to be.
   *
   * @param field the field, or {@code null} for an empty one
   * @return the field as written
   */
  public static String quote(String field) {
    if (field == null) {
      return "";
    }
    boolean plain = true;
    for (int i = 0; i < field.length() && plain; i++) {
      char c = field.charAt(i);
      plain = c != ',' && c != '"' && c != '\n' && c != '\r';
    }
    return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
  }

  /**
   * Returns one line of CSV with the given fields, without the line break.
   *
   * @param fields the fields
   * @return the line
   */
  public static String line(String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quote(fields[i]));
    }
    return line.toString();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
