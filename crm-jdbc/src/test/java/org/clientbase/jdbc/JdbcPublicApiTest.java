package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JDBC adapter's published API takes no {@code Optional} arguments, as the architecture
 * rules of the other library modules require of theirs: public and protected methods and
 * constructors of its public types, leaving out the canonical constructors of records.
 */
class JdbcPublicApiTest {

  @Test
  void noPublishedMethodOrConstructorTakesAnOptional() throws IOException, ClassNotFoundException, URISyntaxException {
    List<Class<?>> published = publishedTypes();
    assertThat(published).contains(JdbcClientStore.class, JdbcStatusHistoryStore.class, JdbcReferenceRewriter.class);
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : published) {
      List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
      members.addAll(List.of(type.getDeclaredConstructors()));
      for (Executable member : members) {
        if (visible(member.getModifiers()) && !member.isSynthetic() && !canonicalOfRecord(type, member)
            && Arrays.asList(member.getParameterTypes()).contains(Optional.class)) {
          offenders.add(member.toGenericString());
        }
      }
    }
    assertThat(offenders).as("published members taking an Optional; give the absent case a shorter overload")
        .isEmpty();
  }

  private static List<Class<?>> publishedTypes() throws IOException, ClassNotFoundException, URISyntaxException {
    Path root = Path.of(JdbcClientbase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = root.resolve(JdbcClientbase.class.getPackageName().replace('.', '/'));
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String simple = file.getFileName().toString().replace(".class", "");
        Class<?> type = Class.forName(JdbcClientbase.class.getPackageName() + "." + simple, false,
            JdbcClientbase.class.getClassLoader());
        if (publicType(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static boolean publicType(Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers()) || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    return type.getEnclosingClass() == null || publicType(type.getEnclosingClass());
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static boolean canonicalOfRecord(Class<?> type, Executable member) {
    if (!type.isRecord() || !(member instanceof Constructor<?>)) {
      return false;
    }
    Class<?>[] components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
        .toArray(Class<?>[]::new);
    return Arrays.equals(components, member.getParameterTypes());
  }
}
