package org.clientbase.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The rule that library code never reads the system clock or makes its own random source: time
 * comes from the injected {@link Clock}, and anything random from the host.
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
      .orShould().callMethod(Math.class, "random")
      .orShould().callMethod(ThreadLocalRandom.class, "current")
      .orShould().callMethod(UUID.class, "randomUUID")
      .orShould().callConstructorWhere(makesARandomSource())
      .because("time must come from the injected java.time.Clock and randomness from the host");

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

  private static DescribedPredicate<JavaCall<?>> makesARandomSource() {
    return DescribedPredicate.describe("makes a random source", call -> {
      JavaClass owner = call.getTargetOwner();
      return owner.isAssignableTo(Random.class) || owner.isEquivalentTo(SplittableRandom.class)
          || owner.isAssignableTo(SecureRandom.class);
    });
  }
}
