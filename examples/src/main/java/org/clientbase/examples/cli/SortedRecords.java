package org.clientbase.examples.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * The records of a CSV file in the order of a key (then of their line), whatever the order of
 * the file: an external merge sort. Records are gathered until about {@code budget} characters,
 * sorted, and, when the file holds more, written to temporary files that are merged at the end;
 * so memory stays bounded for a file of any size. The temporary files are deleted by
 * {@link #close()}.
 */
final class SortedRecords implements Iterator<SortedRecords.Keyed>, Closeable {
  /** A record with its key. */
  record Keyed(String key, CsvReader.CsvRecord record) {}

  private static final Comparator<Keyed> ORDER =
      Comparator.comparing(Keyed::key).thenComparingLong(k -> k.record().line());

  private final List<Path> spills = new ArrayList<>();
  private final List<Run> runs = new ArrayList<>();
  private final PriorityQueue<Run> queue = new PriorityQueue<>(Comparator.comparing(Run::head, ORDER));
  private Iterator<Keyed> inMemory;

  private SortedRecords() {}

  /**
   * Reads the rest of a file and sorts it.
   *
   * @param reader the file, positioned after its header
   * @param key the key of a record
   * @param keep which records to sort; the others are dropped (the caller reports them)
   * @param budget about how many characters of records to hold in memory at once
   * @param tempDir where to write the temporary files
   * @return the records in order; close it to delete the temporary files
   * @throws IOException if the file cannot be read
   * @throws UncheckedIOException if a temporary file cannot be written or read
   */
  static SortedRecords sort(CsvReader reader, Function<CsvReader.CsvRecord, String> key,
      java.util.function.Predicate<CsvReader.CsvRecord> keep, long budget, Path tempDir)
      throws IOException {
    SortedRecords sorted = new SortedRecords();
    try {
      List<Keyed> chunk = new ArrayList<>();
      long size = 0;
      CsvReader.CsvRecord record;
      while ((record = reader.next()) != null) {
        if (!keep.test(record)) {
          continue;
        }
        Keyed keyed = new Keyed(key.apply(record), record);
        chunk.add(keyed);
        size += weight(keyed);
        if (size >= budget) {
          sorted.spill(chunk, tempDir);
          chunk.clear();
          size = 0;
        }
      }
      chunk.sort(ORDER);
      if (sorted.spills.isEmpty()) {
        sorted.inMemory = chunk.iterator();
      } else {
        if (!chunk.isEmpty()) {
          sorted.spill(chunk, tempDir);
        }
        for (Path spill : sorted.spills) {
          Run run;
          try {
            run = new Run(spill);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          sorted.runs.add(run);
          if (run.head() != null) {
            sorted.queue.add(run);
          }
        }
      }
      return sorted;
    } catch (IOException | RuntimeException e) {
      sorted.close();
      throw e;
    }
  }

  /** About how many characters a record holds, with the cost of its objects. */
  private static long weight(Keyed keyed) {
    long weight = 32 + keyed.key().length();
    for (String field : keyed.record().fields()) {
      weight += 24 + field.length();
    }
    return weight;
  }

  /** Writes a sorted chunk to a temporary file; a failure is an {@link UncheckedIOException}. */
  private void spill(List<Keyed> chunk, Path tempDir) {
    chunk.sort(ORDER);
    try {
      Path file = Files.createTempFile(tempDir, ".statuses-sort-", ".tmp");
      spills.add(file);
      write(chunk, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(List<Keyed> chunk, Path file) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING), 1 << 16))) {
      for (Keyed keyed : chunk) {
        out.writeLong(keyed.record().line());
        writeText(out, keyed.key());
        writeText(out, keyed.record().error());
        out.writeInt(keyed.record().fields().size());
        for (String field : keyed.record().fields()) {
          writeText(out, field);
        }
      }
    }
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    if (text == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readText(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** One sorted temporary file, read one record ahead. */
  private static final class Run implements Closeable {
    private final DataInputStream in;
    private Keyed head;

    Run(Path file) throws IOException {
      this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
      advance();
    }

    Keyed head() {
      return head;
    }

    void advance() throws IOException {
      long line;
      try {
        line = in.readLong();
      } catch (EOFException end) {
        head = null;
        return;
      }
      String key = readText(in);
      String error = readText(in);
      int count = in.readInt();
      List<String> fields = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        fields.add(readText(in));
      }
      head = new Keyed(key, new CsvReader.CsvRecord(line, fields, error));
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * Tells whether more records come.
   *
   * @return {@code true} if {@link #next()} returns a record
   */
  @Override
  public boolean hasNext() {
    return inMemory != null ? inMemory.hasNext() : !queue.isEmpty();
  }

  /**
   * Returns the next record in order.
   *
   * @return the record
   * @throws UncheckedIOException if a temporary file cannot be read
   */
  @Override
  public Keyed next() {
    if (inMemory != null) {
      return inMemory.next();
    }
    Run run = queue.poll();
    if (run == null) {
      throw new NoSuchElementException();
    }
    Keyed head = run.head();
    try {
      run.advance();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (run.head() != null) {
      queue.add(run);
    }
    return head;
  }

  /** The number of temporary files written. */
  int spills() {
    return spills.size();
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (Run run : runs) {
      try {
        run.close();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    for (Path spill : spills) {
      try {
        Files.deleteIfExists(spill);
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    inMemory = null;
    queue.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
