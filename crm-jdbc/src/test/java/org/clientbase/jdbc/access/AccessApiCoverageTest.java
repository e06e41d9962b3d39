package org.clientbase.jdbc.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.status.StatusService;
import org.junit.jupiter.api.Test;

/**
 * The access property covers every public operation of the library's procedures that takes a
 * user: a new one fails this test until it is added to {@link UserOperations} (or listed here as
 * not acting on behalf of a user, with the reason).
 */
class AccessApiCoverageTest {
  /** Public methods that take a {@link UserId} as data, not as the person acting. */
  private static final Map<String, String> NOT_ACTING_FOR_A_USER = Map.of(
      "TaskFilter.responsible(UserId)", "a filter value: whose tasks to list",
      "QualityReport.manager(UserId)", "reads a report already computed for a user",
      "MergeRequest.withAuthor(UserId)", "a request value; the merge that carries it is the operation");
  /*
   * Also left out: the settings of builders (a user given to a builder is a value of the request
   * or service being built, e.g. a conversion's author; the operation that carries it is checked).
   */
  /** The access helper itself: it answers the policy's question for the services. */
  private static final String ACCESS_HELPER = "ClientAccess.";
  @Test
  void thePropertyCoversEveryPublicOperationThatTakesAUser() throws Exception {
    Set<String> operations = new TreeSet<>();
    for (Class<?> type : publicTypes()) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
            && Arrays.asList(method.getParameterTypes()).contains(UserId.class)) {
          operations.add(signature(method));
        }
      }
    }
    operations.removeIf(o -> o.startsWith(ACCESS_HELPER) || o.contains(".Builder.")
        || NOT_ACTING_FOR_A_USER.containsKey(o));
    assertThat(operations).as("public operations taking a user (from the compiled library)").isNotEmpty()
        .contains("StatusService.setStatus(ClientId,StatusId,UserId,String)");

    Set<String> covered = new TreeSet<>(UserOperations.all().keySet());
    covered.remove("DuplicateMerger.merge(MergeRequest)");   // its user is the request's author
    assertThat(covered).as("operations the access property calls").containsExactlyInAnyOrderElementsOf(operations);
    assertThat(UserOperations.all().keySet()).containsAll(UserOperations.WRITES)
        .containsAll(UserOperations.MAY_TELL_SOMETHING_HIDDEN_EXISTS);
  }

  private static String signature(Method method) {
    Class<?> type = method.getDeclaringClass();
    String name = type.getSimpleName();
    for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
      name = outer.getSimpleName() + "." + name;
    }
    return name + "." + method.getName() + "("
        + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
  }

  /** The public types of the procedures' exported packages, nested ones included. */
  private static Set<Class<?>> publicTypes() throws URISyntaxException, IOException {
    Path location = Path.of(StatusService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<Class<?>> types = new java.util.LinkedHashSet<>();
    // the library's classes: a folder when run from the build's classes, a jar when packaged
    try (java.nio.file.FileSystem jar = Files.isDirectory(location)
            ? null : java.nio.file.FileSystems.newFileSystem(location);
        Stream<Path> files = Files.walk(jar == null ? location : jar.getPath("/"))) {
      Path root = jar == null ? location : jar.getPath("/");
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        if (!name.endsWith(".class") || name.contains(".internal.") || name.contains("module-info")
            || name.matches(".*\\$\\d.*")) {
          continue;
        }
        Class<?> type = load(name.substring(0, name.length() - ".class".length()));
        if (isPublic(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, AccessApiCoverageTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new UncheckedIOException(new IOException("cannot load " + name, e));
    }
  }
}
