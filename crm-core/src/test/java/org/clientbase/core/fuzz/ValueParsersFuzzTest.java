package org.clientbase.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.money.Money;
import org.clientbase.core.person.PersonName;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets for the value parsers. Each states one invariant: whatever the input, the parser
 * gives a value or a {@link ClientbaseException} with a message under 1 KB, quickly.
 *
 * <p>A plain test run replays the committed corpus in
 * {@code src/test/resources/org/clientbase/core/fuzz/ValueParsersFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} each target is fuzzed (see {@code docs/fuzzing.md}), and then an input
 * taking more than 100 ms fails the target too. Inputs are decoded by {@link FuzzInput}.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ValueParsersFuzzTest {
  private static final int MAX_MESSAGE_LENGTH = 1024;
  private static final long MAX_MILLIS = 100;
  private static final boolean FUZZING = !System.getenv().getOrDefault("JAZZER_FUZZ", "").isEmpty();

  @FuzzTest
  void moneyGivesAValueOrAClientbaseExceptionQuicklyWithAShortMessage(byte[] input) {
    List<String> parts = FuzzInput.lines(input);
    String currency = parts.size() > 1 ? parts.get(1) : "RUB";
    holds(() -> Money.of(parts.get(0), currency));
  }

  @FuzzTest
  void phoneGivesAValueOrAClientbaseExceptionQuicklyWithAShortMessage(byte[] input) {
    String text = FuzzInput.text(input);
    holds(() -> Phone.parse(text));
  }

  @FuzzTest
  void emailGivesAValueOrAClientbaseExceptionQuicklyWithAShortMessage(byte[] input) {
    String text = FuzzInput.text(input);
    holds(() -> Email.of(text));
  }

  @FuzzTest
  void taxIdsGiveAValueOrAClientbaseExceptionQuicklyWithAShortMessage(byte[] input) {
    String text = FuzzInput.text(input);
    holds(() -> Inn.of(text));
    holds(() -> Kpp.of(text));
    holds(() -> Ogrn.of(text));
  }

  @FuzzTest
  void personNameGivesAValueOrAClientbaseExceptionQuicklyWithAShortMessage(byte[] input) {
    String text = FuzzInput.text(input);
    holds(() -> PersonName.parse(text));
  }

  /** Lines: country, region, city, street, building, apartment, postcode; empty lines unset. */
  @FuzzTest
  void postalAddressGivesAValueOrAClientbaseExceptionQuicklyWithAShortMessage(byte[] input) {
    List<String> parts = FuzzInput.lines(input);
    holds(() -> {
      PostalAddress.Builder address = PostalAddress.builder();
      set(parts, 0, address::country);
      set(parts, 1, address::region);
      set(parts, 2, address::city);
      set(parts, 3, address::street);
      set(parts, 4, address::building);
      set(parts, 5, address::apartment);
      set(parts, 6, address::postcode);
      return address.build();
    });
  }

  private static void set(
      List<String> parts, int index, java.util.function.Function<String, ?> setter) {
    if (index < parts.size() && !parts.get(index).isEmpty()) {
      setter.apply(parts.get(index));
    }
  }

  private static void holds(Supplier<?> parse) {
    long millis = timed(parse);
    // a first run may pay for class loading, instrumentation, compilation or a collection:
    // an input is slow only if it stays slow when parsed again
    for (int retry = 0; FUZZING && millis > MAX_MILLIS && retry < 3; retry++) {
      millis = Math.min(millis, timed(parse));
    }
    if (FUZZING) {
      assertThat(millis).as("milliseconds to parse").isLessThanOrEqualTo(MAX_MILLIS);
    }
  }

  private static long timed(Supplier<?> parse) {
    long start = System.nanoTime();
    try {
      assertThat(parse.get()).isNotNull();
    } catch (ClientbaseException e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.getMessage().length()).isLessThan(MAX_MESSAGE_LENGTH);
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
