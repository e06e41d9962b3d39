package org.clientbase.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library.
 *
 * <p>Generated implementations are package-private and hidden behind the abstract type:
 * users call {@code of(...)}, {@code builder()} or {@code copy...} helpers declared on the
 * abstract types and never see an {@code Immutable*} class. Collections default to empty,
 * absent values are {@link java.util.Optional}, never {@code null}. A builder asked to build
 * with required attributes unset, or given {@code null} for an attribute, a collection's element
 * or a map's key or value, throws a {@link MissingValuesException} naming the type and the
 * attributes (e.g. {@code Client: missing phones element}). The generated code uses the JDK's
 * collections, whose builders check every element with that exception, rather than Guava's,
 * whose builders throw a bare {@link NullPointerException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = Override.class,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    deepImmutablesDetection = false,
    optionalAcceptNullable = false,
    throwForInvalidImmutableState = MissingValuesException.class,
    throwForNullPointer = MissingValuesException.class)
public @interface ClientbaseStyle {}
