package org.clientbase.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clientbase.examples.docs.JavadocScanner.PublicType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public class and record of the domain types ({@code crm-core}) and of the services
 * ({@code crm-rules}) says in its class javadoc whether it is thread-safe. Exceptions, interfaces
 * and enums are left out: an enum constant and an interface have no state of their own to speak
 * of, and exceptions are not shared.
 */
class ThreadSafetyJavadocTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void everyPublicClassOfTheDomainTypesAndServicesSaysWhetherItIsThreadSafe() throws IOException {
    List<String> silent = new ArrayList<>();
    int checked = 0;
    for (String module : List.of("crm-core", "crm-rules")) {
      for (PublicType type : JavadocScanner.publicTypes(JavadocScanner.apiSources(ROOT.resolve(module)))) {
        if (mustSay(type)) {
          checked++;
          if (!saysWhetherThreadSafe(type)) {
            silent.add(module + " " + type.name());
          }
        }
      }
    }
    assertThat(silent).as("public classes whose javadoc does not say whether they are thread-safe").isEmpty();
    assertThat(checked).as("classes checked").isGreaterThan(120);
  }

  @Test
  void aClassThatDoesNotSayIsReported(@TempDir Path work) throws IOException {
    Path file = work.resolve("Source.java");
    Files.writeString(file, """
        package p;
        /** A value. */
        public final class Quiet {}
        """);
    List<PublicType> types = JavadocScanner.publicTypes(List.of(file));
    assertThat(types).singleElement().satisfies(type -> {
      assertThat(mustSay(type)).isTrue();
      assertThat(saysWhetherThreadSafe(type)).isFalse();
    });
  }

  private static boolean mustSay(PublicType type) {
    boolean exception = type.superclass() != null && type.superclass().endsWith("Exception");
    return type.topLevel() && !exception && (type.kind() == Tree.Kind.CLASS || type.kind() == Tree.Kind.RECORD);
  }

  private static boolean saysWhetherThreadSafe(PublicType type) {
    return type.doc().toLowerCase(Locale.ROOT).contains("thread");
  }
}
