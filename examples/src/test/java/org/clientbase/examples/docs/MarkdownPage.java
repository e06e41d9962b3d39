package org.clientbase.examples.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java blocks of one Markdown page, with the output each one says it prints.
 *
 * <p>The conventions (CONTRIBUTING.md, "Documentation"):
 *
 * <ul>
 *   <li>A {@code ```java} block holding a top-level class with a {@code main} method is a whole
 *       compilation unit: it is compiled as it is and its {@code main} is run.
 *   <li>Every other {@code ```java} block is a snippet of statements. The snippets of one page
 *       run in order in one {@code main} method, so a later block sees the variables of the
 *       blocks before it. They are compiled with the imports listed in {@link DocsCompiler}
 *       plus the page's own: an HTML comment line {@code <!-- import a.b.C; -->} (invisible on
 *       the rendered page) adds an import to every snippet of that page.
 *   <li>A line {@code Prints:} right after a Java block, followed by a {@code ```text} block,
 *       is the exact output of that Java block; the test compares it with the real output.
 * </ul>
 */
record MarkdownPage(Path file, List<JavaBlock> blocks, List<String> imports) {
  private static final Pattern FENCE = Pattern.compile("^```\\s*([A-Za-z0-9_-]*)\\s*$");
  private static final Pattern IMPORT = Pattern.compile("^<!--\\s*(import\\s+(static\\s+)?[\\w.*]+;)\\s*-->\\s*$");
  private static final Pattern MAIN_CLASS =
      Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)[^{]*\\{");

  /** One Java block: where it starts (the line after its fence), its text and what it prints. */
  record JavaBlock(int firstLine, String code, Optional<String> prints) {
    /** The name of the top-level class if the block is a whole compilation unit. */
    Optional<String> mainClass() {
      if (!code.contains("static void main(")) {
        return Optional.empty();
      }
      Matcher matcher = MAIN_CLASS.matcher(code);
      return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
  }

  static MarkdownPage read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<JavaBlock> blocks = new ArrayList<>();
    List<String> imports = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Matcher importLine = IMPORT.matcher(lines.get(i));
      if (importLine.matches()) {
        imports.add(importLine.group(1));
        i++;
        continue;
      }
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches() || fence.group(1).isEmpty()) {
        i++;
        continue;
      }
      String language = fence.group(1);
      int start = i + 1;
      int end = closingFence(lines, start, file);
      String body = String.join("\n", lines.subList(start, end));
      i = end + 1;
      if (!language.equals("java")) {
        continue;
      }
      Optional<String> prints = Optional.empty();
      int next = skipBlank(lines, i);
      if (next < lines.size() && lines.get(next).strip().equals("Prints:")) {
        int textFence = skipBlank(lines, next + 1);
        if (textFence >= lines.size() || !lines.get(textFence).strip().equals("```text")) {
          throw new IllegalStateException(file + ":" + (next + 1)
              + ": \"Prints:\" must be followed by a ```text block");
        }
        int textEnd = closingFence(lines, textFence + 1, file);
        prints = Optional.of(String.join("\n", lines.subList(textFence + 1, textEnd)));
        i = textEnd + 1;
      }
      blocks.add(new JavaBlock(start + 1, body, prints));
    }
    return new MarkdownPage(file, List.copyOf(blocks), List.copyOf(imports));
  }

  private static int closingFence(List<String> lines, int from, Path file) {
    for (int j = from; j < lines.size(); j++) {
      if (lines.get(j).strip().equals("```")) {
        return j;
      }
    }
    throw new IllegalStateException(file + ":" + from + ": a code block is never closed");
  }

  private static int skipBlank(List<String> lines, int from) {
    int j = from;
    while (j < lines.size() && lines.get(j).isBlank()) {
      j++;
    }
    return j;
  }
}
