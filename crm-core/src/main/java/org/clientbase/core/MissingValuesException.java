package org.clientbase.core;

import java.util.List;
import java.util.Objects;

/**
 * A builder was asked to build while some of its required parts were missing or {@code null}.
 *
 * <p>The exception names every missing part of that builder at once, so one round of fixing is
 * enough. Domain builders (for example {@code Client.builder()}) and service builders (for
 * example the status service's) both throw it. Example message:
 * {@code Client: missing id, name, createdOn}.
 */
public class MissingValuesException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** What was being built, e.g. {@code "Client"} or {@code "StatusService"}. */
  private final String owner;
  /** The names of the missing parts, in the order the builder declares them. */
  private final List<String> missing;

  /**
   * Creates the exception.
   *
   * @param owner what was being built, e.g. {@code "Client"}
   * @param missing the names of every missing part; not empty
   * @throws IllegalArgumentException if {@code missing} is empty
   */
  public MissingValuesException(String owner, List<String> missing) {
    super(Objects.requireNonNull(owner, "owner") + ": missing " + String.join(", ", missing));
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("missing must name at least one part");
    }
    this.owner = owner;
    this.missing = List.copyOf(missing);
  }

  /**
   * Creates the exception for a generated domain builder, naming the type being built from
   * the builder that throws it.
   *
   * <p>The library's domain builders call this when {@code build()} finds required attributes
   * unset, or when an attribute is given {@code null}; hosts use
   * {@link #MissingValuesException(String, List)}.
   *
   * @param missing the names of every missing attribute; not empty
   * @throws IllegalArgumentException if {@code missing} is empty
   */
  public MissingValuesException(String... missing) {
    this(builtType(), List.of(missing));
  }

  /** The type whose generated builder (a class named {@code Immutable<Type>}) is throwing. */
  private static String builtType() {
    return StackWalker.getInstance().walk(frames -> frames
        .map(StackWalker.StackFrame::getClassName)
        .map(name -> name.substring(name.lastIndexOf('.') + 1))
        .map(name -> name.indexOf('$') < 0 ? name : name.substring(0, name.indexOf('$')))
        .filter(name -> name.startsWith("Immutable") && name.length() > "Immutable".length())
        .map(name -> name.substring("Immutable".length()))
        .findFirst()
        .orElse("builder"));
  }

  /**
   * Returns what was being built.
   *
   * @return the name of the type or service, e.g. {@code "Client"}
   */
  public String owner() {
    return owner;
  }

  /**
   * Returns the names of every missing part.
   *
   * @return the missing parts, in the order the builder declares them; never empty
   */
  public List<String> missing() {
    return missing;
  }
}
