package org.clientbase.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import org.clientbase.memory.FailurePlan;
import org.clientbase.memory.FaultInjector;
import org.junit.jupiter.api.Test;

/**
 * Library code is deterministic: it never reads the system clock, the machine's default zone,
 * locale or charset, system properties or the environment, and never makes its own random
 * source. Each forbidden call has a fixture class below that the rule must reject.
 */
class DeterminismTest {

  @Test
  void libraryModulesAreDeterministic() {
    // the fault injection of crm-memory draws its failures from a Random seeded by the test
    // that arms it, which is randomness from the host
    JavaClasses library = LibraryModules.classes().that(DescribedPredicate.describe("not fault injection",
        type -> !type.getName().startsWith(FailurePlan.class.getName())
            && !type.getName().startsWith(FaultInjector.class.getName())));

    assertThat(library.containPackage("org.clientbase.memory")).isTrue();
    assertThat(library.containPackage("org.clientbase.core")).isTrue();
    assertThat(library.containPackage("org.clientbase.spi")).isTrue();
    assertThat(library.containPackage("org.clientbase.rules.status")).isTrue();
    DeterminismRule.RULE.check(library);
  }

  /** Every fixture class, each making exactly one forbidden call. */
  private static final List<Class<?>> OFFENDERS = List.of(
      ReadsInstantNow.class, ReadsLocalDateInZone.class, ReadsMillis.class, ReadsNanos.class,
      UsesSystemClock.class, UsesSystemInstantSource.class, MakesRandom.class, UsesMathRandom.class,
      ReadsDefaultZone.class, ReadsDefaultTimeZone.class, ReadsDefaultLocale.class,
      ReadsDefaultFormatLocale.class, LowerCasesInDefaultLocale.class, UpperCasesInDefaultLocale.class,
      FormatsInDefaultLocale.class, FormatsTextBlockInDefaultLocale.class, ReadsDefaultCharset.class,
      EncodesInDefaultCharset.class, DecodesInDefaultCharset.class, ReadsSystemProperty.class,
      ReadsSystemPropertyWithDefault.class, ReadsSystemProperties.class, ReadsEnvironment.class,
      ReadsWholeEnvironment.class, MakesDateOfNow.class, ReadsCalendar.class,
      ReadsCalendarInZone.class, ShufflesWithHiddenRandom.class);

  @Test
  void theRuleCatchesEachForbiddenCallOnItsOwn() {
    for (Class<?> offender : OFFENDERS) {
      JavaClasses one = new ClassFileImporter().importClasses(offender);
      EvaluationResult result = DeterminismRule.RULE.evaluate(one);
      assertThat(result.hasViolation()).as("the rule rejects %s", offender.getSimpleName()).isTrue();
      assertThat(result.getFailureReport().getDetails())
          .as("violations of %s", offender.getSimpleName()).hasSize(1)
          .allSatisfy(line -> assertThat(line).contains(offender.getSimpleName()));
    }
  }

  @Test
  void theRuleReportsEveryOffenderAtOnce() {
    JavaClasses offenders = new ClassFileImporter().importClasses(OFFENDERS.toArray(new Class<?>[0]));
    assertThatThrownBy(() -> DeterminismRule.RULE.check(offenders))
        .satisfies(e -> OFFENDERS.forEach(o -> assertThat(e).hasMessageContaining(o.getSimpleName())));
  }

  @Test
  void explicitClockZoneLocaleAndCharsetAreAllowed() {
    JavaClasses fine = new ClassFileImporter().importClasses(UsesWhatItIsGiven.class);
    DeterminismRule.RULE.check(fine);
  }

  static final class ReadsInstantNow {
    Object run() {
      return Instant.now();
    }
  }

  static final class ReadsLocalDateInZone {
    Object run() {
      return LocalDate.now(ZoneOffset.UTC);
    }
  }

  static final class ReadsMillis {
    long run() {
      return System.currentTimeMillis();
    }
  }

  static final class ReadsNanos {
    long run() {
      return System.nanoTime();
    }
  }

  static final class UsesSystemClock {
    Object run() {
      return Clock.systemUTC();
    }
  }

  static final class UsesSystemInstantSource {
    Object run() {
      return InstantSource.system();
    }
  }

  static final class MakesRandom {
    Object run() {
      return new Random(1);
    }
  }

  static final class UsesMathRandom {
    double run() {
      return Math.random();
    }
  }

  static final class ReadsDefaultZone {
    Object run() {
      return ZoneId.systemDefault();
    }
  }

  static final class ReadsDefaultTimeZone {
    Object run() {
      return TimeZone.getDefault();
    }
  }

  static final class ReadsDefaultLocale {
    Object run() {
      return Locale.getDefault();
    }
  }

  static final class ReadsDefaultFormatLocale {
    Object run() {
      return Locale.getDefault(Locale.Category.FORMAT);
    }
  }

  static final class LowerCasesInDefaultLocale {
    Object run(String text) {
      return text.toLowerCase();
    }
  }

  static final class UpperCasesInDefaultLocale {
    Object run(String text) {
      return text.toUpperCase();
    }
  }

  static final class FormatsInDefaultLocale {
    Object run(double value) {
      return String.format("%.2f", value);
    }
  }

  static final class FormatsTextBlockInDefaultLocale {
    Object run(double value) {
      return "%.2f".formatted(value);
    }
  }

  static final class ReadsDefaultCharset {
    Object run() {
      return Charset.defaultCharset();
    }
  }

  static final class EncodesInDefaultCharset {
    Object run(String text) {
      return text.getBytes();
    }
  }

  static final class DecodesInDefaultCharset {
    Object run(byte[] bytes) {
      return new String(bytes);
    }
  }

  static final class ReadsSystemProperty {
    Object run() {
      return System.getProperty("user.timezone");
    }
  }

  static final class ReadsSystemPropertyWithDefault {
    Object run() {
      return System.getProperty("user.timezone", "UTC");
    }
  }

  static final class ReadsSystemProperties {
    Object run() {
      return System.getProperties();
    }
  }

  static final class ReadsEnvironment {
    Object run() {
      return System.getenv("TZ");
    }
  }

  static final class ReadsWholeEnvironment {
    Object run() {
      return System.getenv();
    }
  }

  static final class MakesDateOfNow {
    Object run() {
      return new Date();
    }
  }

  static final class ReadsCalendar {
    Object run() {
      return Calendar.getInstance();
    }
  }

  static final class ReadsCalendarInZone {
    Object run(TimeZone zone) {
      return Calendar.getInstance(zone, Locale.ROOT);
    }
  }

  static final class ShufflesWithHiddenRandom {
    void run(List<String> list) {
      Collections.shuffle(list);
    }
  }

  /** What library code does instead: everything it depends on is given to it. */
  static final class UsesWhatItIsGiven {
    Object run(Clock clock, String text, List<String> list, Random hostRandom, byte[] bytes, long millis) {
      return List.of(LocalDate.now(clock), clock.getZone(), text.toLowerCase(Locale.ROOT),
          text.toUpperCase(Locale.ROOT), String.format(Locale.ROOT, "%.2f", 1.5),
          text.getBytes(StandardCharsets.UTF_8), new String(bytes, StandardCharsets.UTF_8),
          shuffled(list, hostRandom), new Date(millis));
    }

    private static List<String> shuffled(List<String> list, Random hostRandom) {
      Collections.shuffle(list, hostRandom);
      return list;
    }
  }
}
