package org.clientbase.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a CSV file (RFC 4180) one record at a time, so that a file of any size is read in
 * constant memory: comma-separated fields, fields in double quotes may hold commas, quotes
 * (doubled) and line breaks; lines end with LF or CRLF; a byte-order mark at the start is
 * skipped. Every record knows the line it starts on.
 *
 * <p>A malformed record (text after a closing quote, a quote left open at the end of the file,
 * a NUL character, more than {@value #MAX_RECORD_CHARS} characters) does not stop the reading: it
 * comes back with {@link CsvRecord#error()} set, and the next call goes on with the line after
 * it. A record's fields never hold more than {@value #MAX_RECORD_CHARS} characters in all, so a
 * binary file or a file without line breaks is read in bounded memory.
 */
public final class CsvReader implements Closeable {
  /** The most characters a record may hold; a longer one is an error, its text dropped. */
  public static final int MAX_RECORD_CHARS = 1 << 20;

  private static final int EOF = -1;

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private boolean started;
  private final StringBuilder field = new StringBuilder(64);

  /**
   * Starts reading.
   *
   * @param in the text, read from its current position; closed by {@link #close()}
   */
  public CsvReader(Reader in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /**
   * One record of the file.
   *
   * @param line the number of the line the record starts on, from 1
   * @param fields the fields, as written, without their quotes
   * @param error why the record is malformed, or {@code null} for a well-formed one
   */
  public record CsvRecord(long line, List<String> fields, String error) {
    /**
     * Checks the parts.
     *
     * @param line the line number
     * @param fields the fields
     * @param error the error, or {@code null}
     */
    public CsvRecord {
      fields = List.copyOf(fields);
    }

    /**
     * Returns a field, or the empty text where the record is shorter.
     *
     * @param index the field's position, from 0
     * @return the field
     */
    public String field(int index) {
      return index < fields.size() ? fields.get(index) : "";
    }
  }

  private int read() throws IOException {
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return EOF;
      }
    }
    return buffer[position++];
  }

  private int peek() throws IOException {
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return EOF;
      }
    }
    return buffer[position];
  }

  /**
   * Reads the next record.
   *
   * @return the record, or {@code null} at the end of the file; an empty line is a record with
   *     one empty field
   * @throws IOException if the file cannot be read
   */
  public CsvRecord next() throws IOException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        read();
      }
    }
    int c = read();
    if (c == EOF) {
      return null;
    }
    long start = line;
    List<String> fields = new ArrayList<>(8);
    String error = null;
    field.setLength(0);
    boolean quoted = false;
    boolean afterQuote = false; // the field's closing quote was read
    boolean fieldStart = true;
    long chars = 0;
    while (true) {
      if (c == 0 && error == null) {
        error = "the record holds a NUL character: the file looks binary, not CSV text";
      }
      if (quoted) {
        if (c == EOF) {
          error = "a quoted field is not closed before the end of the file";
          fields.add(field.toString());
          return new CsvRecord(start, fields, error);
        }
        if (c == '"') {
          if (peek() == '"') {
            read();
            field.append('"');
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          if (++chars <= MAX_RECORD_CHARS) {
            field.append((char) c);
          } else if (error == null) {
            error = "the record is longer than " + MAX_RECORD_CHARS + " characters";
          }
        }
      } else if (c == ',') {
        if (++chars <= MAX_RECORD_CHARS) {
          fields.add(field.toString());
        } else if (error == null) {
          error = "the record is longer than " + MAX_RECORD_CHARS + " characters";
        }
        field.setLength(0);
        afterQuote = false;
        fieldStart = true;
        c = read();
        continue;
      } else if (c == '\n' || c == EOF) {
        if (c == '\n') {
          line++;
        }
        fields.add(field.toString());
        return new CsvRecord(start, fields, error);
      } else if (c == '\r' && peek() == '\n') {
        // the LF ends the record
      } else if (c == '"' && fieldStart) {
        quoted = true;
      } else if (afterQuote) {
        if (error == null) {
          error = "text after the closing quote of field " + (fields.size() + 1);
        }
      } else if (++chars <= MAX_RECORD_CHARS) {
        field.append((char) c);
      } else if (error == null) {
        error = "the record is longer than " + MAX_RECORD_CHARS + " characters";
      }
      fieldStart = false;
      c = read();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Splits one line of CSV (without a line break) into its fields.
   *
   * @param text the line
   * @return the record, numbered line 1; with {@link CsvRecord#error()} set when malformed
   */
  public static CsvRecord parseLine(String text) {
    try (CsvReader reader = new CsvReader(new java.io.StringReader(text))) {
      CsvRecord record = reader.next();
      if (record == null) {
        return new CsvRecord(1, List.of(""), null);
      }
      if (reader.next() != null) {
        return new CsvRecord(1, record.fields(), "the record holds a line break");
      }
      return record;
    } catch (IOException impossible) {
      throw new java.io.UncheckedIOException(impossible);
    }
  }
}
