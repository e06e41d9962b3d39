package org.clientbase.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import org.clientbase.core.ClientbaseException;
import org.clientbase.memory.FailurePlan;
import org.clientbase.memory.FaultInjector;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.UnitOfWork;
import org.junit.jupiter.api.Test;

/** Library code never reads the system clock or makes its own random source. */
class DeterminismTest {

  /** Imports the compiled classes of a library module, found through one of its classes. */
  private static JavaClasses classesOf(Class<?>... anchors) {
    ClassFileImporter importer = new ClassFileImporter();
    java.util.List<Location> locations = new java.util.ArrayList<>();
    for (Class<?> anchor : anchors) {
      try {
        locations.add(Location.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return importer.importLocations(locations);
  }

  @Test
  void libraryModulesNeverReadTheSystemClockOrMakeTheirOwnRandomSource() {
    // the fault injection of crm-memory draws its failures from a Random seeded by the test
    // that arms it, which is randomness from the host
    JavaClasses library = classesOf(ClientbaseException.class, UnitOfWork.class, StatusScheme.class,
        InMemoryClientbase.class).that(DescribedPredicate.describe("not fault injection",
            type -> !type.getName().startsWith(FailurePlan.class.getName())
                && !type.getName().startsWith(FaultInjector.class.getName())));

    assertThat(library.containPackage("org.clientbase.core")).isTrue();
    assertThat(library.containPackage("org.clientbase.spi")).isTrue();
    assertThat(library.containPackage("org.clientbase.rules.status")).isTrue();
    assertThat(library.containPackage("org.clientbase.memory")).isTrue();
    DeterminismRule.RULE.check(library);
  }

  @Test
  void theRuleCatchesEachForbiddenCall() {
    JavaClasses offenders = new ClassFileImporter().importClasses(
        ReadsInstantNow.class, ReadsLocalDateInZone.class, ReadsMillis.class,
        UsesSystemClock.class, MakesRandom.class, UsesMathRandom.class);
    assertThatThrownBy(() -> DeterminismRule.RULE.check(offenders))
        .hasMessageContaining("ReadsInstantNow")
        .hasMessageContaining("ReadsLocalDateInZone")
        .hasMessageContaining("ReadsMillis")
        .hasMessageContaining("UsesSystemClock")
        .hasMessageContaining("MakesRandom")
        .hasMessageContaining("UsesMathRandom");
  }

  @Test
  void readingTimeFromAnInjectedClockIsAllowed() {
    JavaClasses fine = new ClassFileImporter().importClasses(ReadsInjectedClock.class);
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

  static final class UsesSystemClock {
    Object run() {
      return Clock.systemUTC();
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

  static final class ReadsInjectedClock {
    Object run(Clock clock) {
      return LocalDate.now(clock);
    }
  }
}
