package org.clientbase.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.charset.Charset;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The rule that library code is deterministic: it never reads the system clock, the default
 * time zone, locale or charset, system properties or environment variables, and never makes
 * its own random source. Time comes from the injected {@link Clock}, a zone from that clock,
 * text is formatted and compared in {@link Locale#ROOT}, bytes are encoded in a named charset,
 * and anything random comes from the host.
 */
final class DeterminismRule {
  private static final Set<String> TIME_TYPES = Set.of(
      "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
      "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
      "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

  private DeterminismRule() {}

  static final ArchRule RULE = noClasses()
      .should().callMethodWhere(readsTheSystemClock())
      .orShould().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(System.class, "nanoTime")
      .orShould().callMethod(InstantSource.class, "system")
      .orShould().callMethod(Math.class, "random")
      .orShould().callMethod(ThreadLocalRandom.class, "current")
      .orShould().callMethod(UUID.class, "randomUUID")
      .orShould().callMethod(Collections.class, "shuffle", List.class)
      .orShould().callConstructorWhere(makesARandomSource())
      .orShould().callMethod(ZoneId.class, "systemDefault")
      .orShould().callMethod(TimeZone.class, "getDefault")
      .orShould().callMethodWhere(named(Calendar.class, "getInstance"))
      .orShould().callConstructor(Date.class)
      .orShould().callMethodWhere(named(Locale.class, "getDefault"))
      .orShould().callMethod(String.class, "toLowerCase")
      .orShould().callMethod(String.class, "toUpperCase")
      .orShould().callMethod(String.class, "format", String.class, Object[].class)
      .orShould().callMethod(String.class, "formatted", Object[].class)
      .orShould().callMethod(Charset.class, "defaultCharset")
      .orShould().callMethod(String.class, "getBytes")
      .orShould().callConstructor(String.class, byte[].class)
      .orShould().callMethodWhere(named(System.class, "getProperty"))
      .orShould().callMethodWhere(named(System.class, "getProperties"))
      .orShould().callMethodWhere(named(System.class, "getenv"))
      .because("library code must give the same result on every machine: time comes from the injected"
          + " java.time.Clock, randomness from the host, text is handled in Locale.ROOT and named"
          + " charsets, and nothing is read from the machine's defaults, properties or environment");

  /** {@code X.now()} and {@code X.now(ZoneId)} read the system clock; {@code X.now(Clock)} does not. */
  private static DescribedPredicate<JavaCall<?>> readsTheSystemClock() {
    return DescribedPredicate.describe("reads the system clock", call -> {
      String owner = call.getTargetOwner().getName();
      String name = call.getName();
      List<JavaClass> params = call.getTarget().getRawParameterTypes();
      boolean nowWithoutClock = TIME_TYPES.contains(owner) && name.equals("now")
          && (params.isEmpty() || !params.get(0).isEquivalentTo(Clock.class));
      boolean systemClock = owner.equals(Clock.class.getName()) && name.startsWith("system");
      return nowWithoutClock || systemClock;
    });
  }

  /** Every overload of a method. */
  private static DescribedPredicate<JavaCall<?>> named(Class<?> owner, String method) {
    return DescribedPredicate.describe(owner.getSimpleName() + "." + method + "(..)",
        call -> call.getTargetOwner().isEquivalentTo(owner) && call.getName().equals(method));
  }

  private static DescribedPredicate<JavaCall<?>> makesARandomSource() {
    return DescribedPredicate.describe("makes a random source", call -> {
      JavaClass owner = call.getTargetOwner();
      return owner.isAssignableTo(Random.class) || owner.isEquivalentTo(SplittableRandom.class)
          || owner.isAssignableTo(SecureRandom.class);
    });
  }
}
