package org.clientbase.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of README.md, docs/*.md and examples/README.md is compiled on Java 17 and run,
 * and every output the pages show is compared with the real output (conventions in
 * CONTRIBUTING.md, "Documentation").
 */
class DocsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @TempDir
  Path work;

  @TestFactory
  Stream<DynamicTest> everyJavaBlockOfThePagesCompilesRunsAndPrintsWhatThePageShows() throws IOException {
    List<Path> pages = DocsCompiler.pages(ROOT);
    assertThat(pages).contains(ROOT.resolve("README.md"));
    return pages.stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> {
      MarkdownPage page = MarkdownPage.read(file);
      int ran = new DocsRunner(ROOT, work.resolve(file.getFileName().toString())).check(page);
      assertThat(ran).isEqualTo(page.blocks().size());
    }));
  }

  @Test
  void noPageShowsJavaThatIsNotCompiled() throws IOException {
    for (Path file : DocsCompiler.pages(ROOT)) {
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(ROOT.relativize(file).toString())
          .doesNotContain("```java-");
    }
  }

  @Test
  void theReadmeShowsAtLeastOneJavaBlockAndItsOutput() throws IOException {
    MarkdownPage readme = MarkdownPage.read(ROOT.resolve("README.md"));
    assertThat(readme.blocks()).isNotEmpty();
    assertThat(readme.blocks()).anySatisfy(block -> assertThat(block.prints()).isPresent());
  }

  @Test
  void aWrongOutputOnAPageFails() throws IOException {
    Path page = page("""
        ```java
        System.out.println(Money.of("15000.00", "RUB"));
        ```

        Prints:

        ```text
        15000 RUB
        ```
        """);
    assertThatThrownBy(() -> new DocsRunner(ROOT, work.resolve("out")).check(MarkdownPage.read(page)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("page.md:2: the Java block prints")
        .hasMessageContaining("but the page says it prints\n15000 RUB");
  }

  @Test
  void aBlockThatDoesNotCompileFailsWithTheLineOfThePage() throws IOException {
    Path page = page("""
        Text.

        ```java
        int answer = 42;
        ```

        ```java
        System.out.println(answr);
        ```
        """);
    assertThatThrownBy(() -> new DocsRunner(ROOT, work.resolve("out")).check(MarkdownPage.read(page)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("page.md:8: cannot find symbol");
  }

  @Test
  void snippetsOfAPageShareTheirVariablesAndEachOutputIsComparedApart() throws Exception {
    Path page = page("""
        <!-- import java.text.Normalizer; -->
        ```java
        String name = Normalizer.normalize("Ромашка", Normalizer.Form.NFC);
        System.out.println(name);
        ```

        Prints:

        ```text
        Ромашка
        ```

        ```java
        System.out.println(name.length());
        ```

        Prints:

        ```text
        7
        ```

        ```java
        public class Whole {
          public static void main(String[] args) {
            System.out.println("whole");
          }
        }
        ```

        Prints:

        ```text
        whole
        ```
        """);
    assertThat(new DocsRunner(ROOT, work.resolve("out")).check(MarkdownPage.read(page))).isEqualTo(3);
  }

  @Test
  void aPrintsLineWithoutATextBlockIsRejected() throws IOException {
    Path page = page("""
        ```java
        System.out.println(1);
        ```
        Prints:
        1
        """);
    assertThatThrownBy(() -> MarkdownPage.read(page))
        .hasMessageContaining("\"Prints:\" must be followed by a ```text block");
  }

  private Path page(String text) throws IOException {
    Path file = work.resolve("page.md");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
