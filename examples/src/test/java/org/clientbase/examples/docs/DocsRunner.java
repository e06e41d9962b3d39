package org.clientbase.examples.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientbase.examples.docs.MarkdownPage.JavaBlock;

/** Runs every Java block of a page and checks the output each one says it prints. */
final class DocsRunner {
  private static final String MARKER = "~~~ docs block ";

  private final Path root;
  private final DocsCompiler compiler;

  DocsRunner(Path root, Path work) {
    this.root = root;
    this.compiler = new DocsCompiler(root, work);
  }

  /** Runs the page; returns how many Java blocks it ran. Throws {@link AssertionError} on a mismatch. */
  int check(MarkdownPage page) throws Exception {
    String where = root.relativize(page.file()).toString();
    String stem = "Docs_" + where.replaceAll("[^A-Za-z0-9]", "_");
    List<JavaBlock> snippets = new ArrayList<>();
    int wholeClasses = 0;
    for (JavaBlock block : page.blocks()) {
      Optional<String> mainClass = block.mainClass();
      if (mainClass.isPresent()) {
        String output = compiler.compileAndRun(mainClass.get(), block.code(), where,
            line -> block.firstLine() + line - 1);
        block.prints().ifPresent(expected -> compare(where, block, expected, output));
        wholeClasses++;
      } else {
        snippets.add(block);
      }
    }
    if (!snippets.isEmpty()) {
      runSnippets(page, where, stem, snippets);
    }
    return wholeClasses + snippets.size();
  }

  private void runSnippets(MarkdownPage page, String where, String className, List<JavaBlock> snippets)
      throws Exception {
    StringBuilder source = new StringBuilder();
    List<Integer> pageLines = new ArrayList<>();
    List<String> header = new ArrayList<>(compiler.defaultImports());
    header.addAll(page.imports());
    for (String line : header) {
      append(source, pageLines, line, 0);
    }
    append(source, pageLines, "public class " + className + " {", 0);
    append(source, pageLines, "public static void main(String[] args) throws Exception {", 0);
    for (int i = 0; i < snippets.size(); i++) {
      append(source, pageLines, "System.out.println(\"" + MARKER + i + "\");", 0);
      JavaBlock block = snippets.get(i);
      String[] lines = block.code().split("\n", -1);
      for (int j = 0; j < lines.length; j++) {
        append(source, pageLines, lines[j], block.firstLine() + j);
      }
    }
    append(source, pageLines, "System.out.println(\"" + MARKER + snippets.size() + "\");", 0);
    append(source, pageLines, "}", 0);
    append(source, pageLines, "}", 0);
    String output = compiler.compileAndRun(className, source.toString(), where,
        line -> line >= 1 && line <= pageLines.size() ? pageLines.get(line - 1) : 0);
    for (int i = 0; i < snippets.size(); i++) {
      String startMarker = MARKER + i + "\n";
      String endMarker = MARKER + (i + 1) + "\n";
      int start = output.indexOf(startMarker);
      int end = output.indexOf(endMarker);
      if (start < 0 || end < 0) {
        throw new AssertionError(where + ": the output of the Java blocks cannot be told apart: " + output);
      }
      String printed = output.substring(start + startMarker.length(), end);
      JavaBlock block = snippets.get(i);
      block.prints().ifPresent(expected -> compare(where, block, expected, printed));
    }
  }

  private static void append(StringBuilder source, List<Integer> pageLines, String line, int pageLine) {
    source.append(line).append('\n');
    pageLines.add(pageLine);
  }

  private static void compare(String where, JavaBlock block, String expected, String actual) {
    String wanted = normalise(expected);
    String got = normalise(actual);
    if (!wanted.equals(got)) {
      throw new AssertionError(where + ":" + block.firstLine() + ": the Java block prints\n" + got
          + "\nbut the page says it prints\n" + wanted);
    }
  }

  /** Line ends as \n, no trailing spaces on a line, no blank lines at the end. */
  private static String normalise(String text) {
    return text.replace("\r\n", "\n").lines().map(String::stripTrailing)
        .reduce((a, b) -> a + "\n" + b).orElse("").stripTrailing();
  }
}
