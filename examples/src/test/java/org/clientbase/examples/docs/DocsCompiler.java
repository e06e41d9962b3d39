package org.clientbase.examples.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java source with {@code javax.tools} for Java 17 against the test's class path (every
 * module of the project), runs its {@code main} and returns what it printed.
 */
final class DocsCompiler {
  /** The JDK packages every snippet sees, next to every exported package of the library. */
  static final List<String> JDK_PACKAGES = List.of("java.math", "java.nio.file", "java.time",
      "java.util", "java.util.concurrent", "java.util.function", "java.util.stream");
  private static final Pattern EXPORTS = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;");

  private final Path root;
  private final Path work;

  DocsCompiler(Path root, Path work) {
    this.root = root;
    this.work = work;
  }

  /** {@code import p.*;} for every package a published library module exports, and the JDK's. */
  List<String> defaultImports() throws IOException {
    List<String> imports = new ArrayList<>();
    for (String module : List.of("crm-core", "crm-spi", "crm-rules", "crm-memory", "crm-jdbc")) {
      String descriptor = Files.readString(root.resolve(module).resolve("src/main/java/module-info.java"));
      Matcher exports = EXPORTS.matcher(descriptor);
      while (exports.find()) {
        imports.add("import " + exports.group(1) + ".*;");
      }
    }
    JDK_PACKAGES.forEach(p -> imports.add("import " + p + ".*;"));
    return imports;
  }

  /**
   * Compiles one compilation unit and runs {@code className.main}; returns its standard output.
   *
   * @param where names the source in error messages; {@code lineOf} maps a line of the source to
   *     a line of the page
   */
  String compileAndRun(String className, String source, String where, LineMap lineOf) throws Exception {
    Path classes = Files.createDirectories(work.resolve(className));
    Path sourceFile = classes.resolve(className + ".java");
    Files.writeString(sourceFile, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8",
          "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
      boolean compiled = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(sourceFile)).call();
      if (!compiled) {
        String errors = diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> where + ":" + lineOf.pageLine((int) d.getLineNumber()) + ": " + d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("\n"));
        throw new AssertionError("a Java block does not compile on Java 17:\n" + errors);
      }
    }
    return run(classes, className, where);
  }

  private static String run(Path classes, String className, String where) throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
            DocsCompiler.class.getClassLoader());
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      System.setOut(capture);
      try {
        main.invoke(null, (Object) new String[0]);
      } catch (InvocationTargetException e) {
        throw new AssertionError(where + ": a Java block throws " + e.getCause(), e.getCause());
      } finally {
        System.setOut(original);
      }
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  /** Maps a line of generated source to the line of the Markdown page it came from. */
  interface LineMap {
    int pageLine(int sourceLine);
  }

  /** The Markdown pages checked: README.md, docs/*.md and examples/README.md. */
  static List<Path> pages(Path root) throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(root.resolve("README.md"));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    Path examples = root.resolve("examples/README.md");
    if (Files.exists(examples)) {
      pages.add(examples);
    }
    return pages;
  }
}
