package org.clientbase.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clientbase.examples.docs.JavadocScanner.PublicMethod;
import org.clientbase.examples.docs.JavadocScanner.PublicType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public method of every public builder of a published module is documented where the
 * reader looks for it: in the builder itself or in a public class of its module it extends, never
 * only in a generated class it inherits from (the
 * javadoc of a builder that extends a generated class lists inherited names without their
 * comments). The domain types' builders also say, for each setting, whether it is required.
 */
class BuilderJavadocTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @TempDir
  Path work;

  @Test
  void everyPublicBuilderMethodOfAPublishedModuleIsDocumented() throws IOException {
    List<String> problems = new ArrayList<>();
    int methods = 0;
    for (String module : JavadocScanner.PUBLISHED) {
      List<PublicType> types = JavadocScanner.publicTypes(JavadocScanner.apiSources(ROOT.resolve(module)));
      for (PublicType builder : types.stream().filter(t -> t.name().endsWith("Builder")).toList()) {
        problems.addAll(problems(module, builder, types));
        methods += builder.methods().size();
      }
    }
    assertThat(problems).as("undocumented builder methods").isEmpty();
    assertThat(methods).as("builder methods checked").isGreaterThan(300);
  }

  @Test
  void reportsAMethodWithoutJavadocOrWithoutItsTags() throws IOException {
    List<String> problems = problemsOf("""
        package p;
        /** Makes things. */
        public final class ThingBuilder {
          /**
           * Sets the name.
           *
           * @param name the name
           * @return this builder
           */
          public ThingBuilder name(String name) { return this; }
          public ThingBuilder size(int size) { return this; }
          /** Sets the colour. */
          public ThingBuilder colour(String colour) { return this; }
          ThingBuilder hidden(String notPublic) { return this; }
        }
        """, "crm-rules");
    assertThat(problems).containsExactly(
        "crm-rules ThingBuilder.size(int) has no javadoc",
        "crm-rules ThingBuilder.colour(String) has no @param colour",
        "crm-rules ThingBuilder.colour(String) has no @return");
  }

  @Test
  void reportsABuilderThatInheritsItsMethods() throws IOException {
    List<String> problems = problemsOf("""
        package p;
        /** A thing. */
        public abstract class Thing {
          /** Builds a thing. */
          public static final class Builder extends ImmutableThing.Builder {}
        }
        """, "crm-core");
    assertThat(problems).containsExactly("crm-core Thing.Builder extends ImmutableThing.Builder, whose "
        + "methods its javadoc does not document: declare them in the builder");
  }

  @Test
  void reportsADomainBuilderSettingThatDoesNotSayWhetherItIsRequired() throws IOException {
    String source = """
        package p;
        /** A thing. */
        public abstract class Thing {
          /** Builds a thing. */
          public abstract static class Builder {
            /**
             * Sets the name. %s
             *
             * @param name the name
             * @return this builder
             */
            public abstract Builder name(String name);
          }
        }
        """;
    assertThat(problemsOf(source.formatted(""), "crm-core"))
        .containsExactly("crm-core Thing.Builder.name(String) does not say whether it is required");
    assertThat(problemsOf(source.formatted("Required."), "crm-core")).isEmpty();
    assertThat(problemsOf(source.formatted(""), "crm-rules")).isEmpty();
  }

  private List<String> problemsOf(String source, String module) throws IOException {
    Path file = work.resolve("Source.java");
    Files.writeString(file, source);
    List<String> problems = new ArrayList<>();
    for (PublicType builder : builders(List.of(file))) {
      problems.addAll(problems(module, builder, List.of()));
    }
    return problems;
  }

  private static List<PublicType> builders(List<Path> sources) throws IOException {
    return JavadocScanner.publicTypes(sources).stream().filter(t -> t.name().endsWith("Builder")).toList();
  }

  /**
   * The problems of a builder. A builder may extend a public class of the same published module
   * (its javadoc then links the inherited methods to their documentation), whose methods are
   * checked as the builder's own; a generated or hidden class is reported.
   */
  private static List<String> problems(String module, PublicType builder, List<PublicType> published) {
    String name = builder.name();
    List<String> problems = new ArrayList<>();
    if (builder.superclass() != null) {
      String superclass = builder.superclass().replaceAll("<.*", "");
      PublicType parent = published.stream().filter(t -> t.name().equals(superclass)).findFirst().orElse(null);
      if (parent == null) {
        problems.add(module + " " + name + " extends " + builder.superclass()
            + ", whose methods its javadoc does not document: declare them in the builder");
      } else {
        problems.addAll(problems(module, parent, published));
      }
    }
    for (PublicMethod method : builder.methods()) {
      String where = module + " " + name + "." + method.signature() + " ";
      JavadocScanner.problems(method).forEach(p -> problems.add(where + p));
      String text = method.text().toLowerCase(Locale.ROOT);
      boolean setting = !method.signature().startsWith("build(") && !method.signature().startsWith("from(");
      if (module.equals("crm-core") && setting && method.doc() != null
          && !text.contains("required") && !text.contains("optional")) {
        problems.add(where + "does not say whether it is required");
      }
    }
    return problems;
  }
}
