package org.clientbase.examples.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files of a command: inputs checked before anything is opened, and outputs written to
 * temporary files beside their targets that replace the targets only when the run completes. A
 * failed or killed run leaves the earlier outputs as they were.
 */
final class CommandFiles implements Closeable {
  private static final AtomicLong SEQUENCE = new AtomicLong();

  /** A problem with a file, said in one line that names the file. */
  static final class FileProblem extends Exception {
    private static final long serialVersionUID = 1L;

    FileProblem(String message) {
      super(Excerpt.line(message), null, false, false);
    }
  }

  private final Map<String, Path> inputs = new LinkedHashMap<>();
  private final Map<String, Path> outputs = new LinkedHashMap<>();
  private final List<Output> open = new ArrayList<>();
  private final Thread cleanup = new Thread(this::discard, "statuses-cleanup");
  private boolean hooked;

  /**
   * Adds an input file: it must exist, be a regular file and be readable.
   *
   * @param option the option that names it, for the messages
   * @param file the file
   * @throws FileProblem saying what is wrong with it
   */
  void input(String option, Path file) throws FileProblem {
    if (!Files.exists(file)) {
      throw new FileProblem(option + " " + file + ": the file does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new FileProblem(option + " " + file + ": is a directory, not a file");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new FileProblem(option + " " + file + ": the file cannot be read (permission denied)");
    }
    inputs.put(option, resolve(file));
  }

  /**
   * Adds an output file: it must not be a directory, nor the same file as an input or another
   * output (links resolved).
   *
   * @param option the option that names it
   * @param file the file
   * @throws FileProblem saying what is wrong with it
   */
  void output(String option, Path file) throws FileProblem {
    if (Files.isDirectory(file)) {
      throw new FileProblem(option + " " + file + ": is a directory, not a file");
    }
    Path resolved = resolve(file);
    for (Map.Entry<String, Path> input : inputs.entrySet()) {
      if (input.getValue().equals(resolved)) {
        throw new FileProblem(option + " " + file + " is the same file as " + input.getKey()
            + ": the output would overwrite the input; write it elsewhere");
      }
    }
    for (Map.Entry<String, Path> other : outputs.entrySet()) {
      if (other.getValue().equals(resolved)) {
        throw new FileProblem(option + " " + file + " is the same file as " + other.getKey()
            + ": give each output its own file");
      }
    }
    Path parent = resolved.getParent();
    if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
      throw new FileProblem(option + " " + file + ": " + parent + " is not a directory");
    }
    if (parent != null && Files.isDirectory(parent) && !Files.isWritable(parent)) {
      throw new FileProblem(option + " " + file + ": the directory " + parent + " is not writable");
    }
    if (Files.exists(resolved) && !Files.isWritable(resolved)) {
      throw new FileProblem(option + " " + file + ": the file is not writable");
    }
    outputs.put(option, resolved);
  }

  /** The file itself with links resolved, or where it would be created. */
  private static Path resolve(Path file) throws FileProblem {
    try {
      if (Files.exists(file)) {
        return file.toRealPath();
      }
      Path absolute = file.toAbsolutePath().normalize();
      Path parent = absolute.getParent();
      if (parent != null && Files.exists(parent)) {
        return parent.toRealPath().resolve(absolute.getFileName());
      }
      return absolute;
    } catch (IOException e) {
      throw new FileProblem(file + ": " + reason(e));
    }
  }

  /** The resolved path of an output, where its temporary file goes. */
  Path target(String option) {
    return outputs.get(option);
  }

  /**
   * Opens an input as UTF-8 text; a byte sequence that is not UTF-8 is an error when read.
   *
   * @param file the file
   * @return the reader
   * @throws FileProblem if it cannot be opened
   */
  static CsvReader read(Path file) throws FileProblem {
    try {
      return new CsvReader(new BufferedReader(new InputStreamReader(Files.newInputStream(file),
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16));
    } catch (IOException e) {
      throw new FileProblem("cannot read " + file + ": " + reason(e));
    }
  }

  /**
   * Starts an output: a temporary file beside its target, which {@link #commit()} moves into
   * place.
   *
   * @param option the output's option, given to {@link #output}
   * @return the writer
   * @throws FileProblem if the temporary file cannot be created
   */
  CsvWriter create(String option) throws FileProblem {
    Path target = outputs.get(option);
    if (!hooked) {
      Runtime.getRuntime().addShutdownHook(cleanup);
      hooked = true;
    }
    Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
        + "-" + SEQUENCE.incrementAndGet() + ".tmp");
    try {
      Files.createDirectories(target.getParent());
      BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
          StandardCharsets.UTF_8), 1 << 16);
      Output output = new Output(target, temp, writer);
      synchronized (open) {
        open.add(output);
      }
      return output.csv;
    } catch (IOException e) {
      throw new FileProblem("cannot write " + target + ": " + reason(e));
    }
  }

  /**
   * Closes every output and moves each into place.
   *
   * @throws FileProblem if an output cannot be written or moved; the outputs not yet moved keep
   *     their earlier content
   */
  void commit() throws FileProblem {
    List<Output> all;
    synchronized (open) {
      all = new ArrayList<>(open);
    }
    for (Output output : all) {
      try {
        output.csv.close();
      } catch (IOException e) {
        throw new FileProblem("cannot write " + output.target + ": " + reason(e));
      }
    }
    for (Output output : all) {
      try {
        try {
          Files.move(output.temp, output.target, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(output.temp, output.target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw new FileProblem("cannot replace " + output.target + ": " + reason(e));
      }
      synchronized (open) {
        open.remove(output);
      }
    }
  }

  /** Deletes the temporary files of the outputs not moved into place. */
  private void discard() {
    List<Output> all;
    synchronized (open) {
      all = new ArrayList<>(open);
      open.clear();
    }
    for (Output output : all) {
      try {
        output.csv.close();
      } catch (IOException e) {
        // the file is deleted below whatever its state
      }
      try {
        Files.deleteIfExists(output.temp);
      } catch (IOException e) {
        // nothing more can be done for a temporary file that cannot be deleted
      }
    }
  }

  /** Deletes what was not committed. */
  @Override
  public void close() {
    discard();
    if (hooked) {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  /**
   * Says why a file operation failed, in words.
   *
   * @param e the failure
   * @return the reason
   */
  static String reason(IOException e) {
    if (e instanceof CharacterCodingException) {
      return "it is not UTF-8 text (save it as UTF-8 CSV)";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static final class Output {
    final Path target;
    final Path temp;
    final CsvWriter csv;

    Output(Path target, Path temp, BufferedWriter writer) {
      this.target = target;
      this.temp = temp;
      this.csv = new CsvWriter(writer);
    }
  }
}
