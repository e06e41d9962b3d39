package org.clientbase.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.clientbase.core.InvalidTaxIdException;
import org.clientbase.testkit.generators.DomainGenerators;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.junit.jupiter.api.Test;

/**
 * Valid tax ids are accepted and survive a round trip; single-digit corruptions are rejected
 * wherever the official algorithm can detect them.
 *
 * <p><b>Why "wherever it can".</b> The FNS check digits of the INN and the OGRN are a remainder
 * reduced twice: {@code weighted sum mod 11 mod 10} (OGRN: {@code number mod 11 mod 10}; OGRNIP:
 * {@code number mod 13 mod 10}). A change of one body digit always changes the remainder mod 11
 * (or 13), since 11 and 13 are prime and neither divides a weight, a power of ten or a digit
 * difference; but the final {@code mod 10} maps the remainders 10, 11 and 12 onto 0, 1 and 2.
 * A corruption that moves the remainder from 0 to 10 (or 1 to 11, 2 to 12) therefore keeps the
 * check digit, and no implementation of the official algorithm can reject it: the corrupted
 * number is itself a valid tax id. Claiming "every corruption is rejected" would be false.
 *
 * <p>So the properties are stated exactly. A corruption of a check digit is always rejected
 * (nothing else can change the check digit to match). A corruption of a body digit is judged
 * by an independent reference implementation of the FNS algorithm written below: if the
 * reference says the corrupted id is invalid, the library must reject it, naming the kind of
 * id; if the reference says it is valid (a blind spot), the library must accept it as that
 * other, valid id. Either way a bug in the library's algorithm fails the test. Finally the
 * blind spots are counted and must be rare: about 2% of body corruptions for the INN of a
 * legal entity and the OGRN, about 4% for the OGRNIP, far fewer for the 12-digit INN whose two
 * check digits must both be blind.
 */
class TaxIdPropertiesTest {

  // ------------------------------------------------------------ reference implementation (FNS)

  private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] INN12_FIRST = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] INN12_SECOND = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

  private static int weighted(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * (digits.charAt(i) - '0');
    }
    return sum % 11 % 10;
  }

  /** The FNS rule for an INN of 10 or 12 digits. */
  static boolean referenceInnValid(String digits) {
    if (digits.length() == 10) {
      return weighted(digits, INN10) == digits.charAt(9) - '0';
    }
    return digits.length() == 12
        && weighted(digits, INN12_FIRST) == digits.charAt(10) - '0'
        && weighted(digits, INN12_SECOND) == digits.charAt(11) - '0';
  }

  /** The FNS rule for an OGRN (13 digits, mod 11) or OGRNIP (15 digits, mod 13). */
  static boolean referenceOgrnValid(String digits) {
    int length = digits.length();
    if (length != 13 && length != 15) {
      return false;
    }
    BigInteger body = new BigInteger(digits.substring(0, length - 1));
    int modulus = length == 13 ? 11 : 13;
    return body.mod(BigInteger.valueOf(modulus)).intValue() % 10 == digits.charAt(length - 1) - '0';
  }

  // ------------------------------------------------------------ the properties

  @Test
  void referenceAgreesWithPublishedExamples() {
    assertThat(referenceInnValid("7707083893")).isTrue();
    assertThat(referenceInnValid("500100732259")).isTrue();
    assertThat(referenceOgrnValid("1027700132195")).isTrue();
    assertThat(referenceOgrnValid("304500116000157")).isTrue();
    assertThat(referenceInnValid("7707083894")).isFalse();
  }

  @Test
  void generatedInnsAreValidAndSurviveARoundTrip() {
    qt().forAll(DomainGenerators.inns()).checkAssert(inn -> {
      assertThat(referenceInnValid(inn.value())).isTrue();
      assertThat(Inn.of(inn.value())).isEqualTo(inn);
      assertThat(Inn.of(" " + inn.value() + "\t").value()).isEqualTo(inn.value());
      assertThat(inn.isLegalEntity()).isEqualTo(inn.value().length() == 10);
    });
  }

  @Test
  void generatedOgrnsAndOgrnipsAreValidAndSurviveARoundTrip() {
    qt().forAll(DomainGenerators.ogrns().mix(DomainGenerators.ogrnips())).checkAssert(ogrn -> {
      assertThat(referenceOgrnValid(ogrn.value())).isTrue();
      assertThat(Ogrn.of(ogrn.value())).isEqualTo(ogrn);
      assertThat(ogrn.isSoleProprietor()).isEqualTo(ogrn.value().length() == 15);
    });
  }

  @Test
  void generatedKppsAreAcceptedAndSurviveARoundTrip() {
    qt().forAll(DomainGenerators.kpps()).checkAssert(kpp -> {
      assertThat(Kpp.of(kpp.value())).isEqualTo(kpp);
      assertThat(Kpp.of("  " + kpp.value() + " ").value()).isEqualTo(kpp.value());
    });
  }

  /** Counts of body corruptions and of those the official algorithm cannot see. */
  private static final class Tally {
    final AtomicLong bodyCorruptions = new AtomicLong();
    final AtomicLong blindSpots = new AtomicLong();

    double blindShare() {
      return (double) blindSpots.get() / bodyCorruptions.get();
    }
  }

  /**
   * Tries every single-digit corruption of a valid id and checks the library against the
   * reference, counting blind spots.
   */
  private static <T> void checkCorruptions(
      String valid, int checkDigits, Function<String, Boolean> reference,
      Function<String, T> parse, Function<T, String> value, String kind, Tally tally) {
    for (int position = 0; position < valid.length(); position++) {
      boolean checkPosition = position >= valid.length() - checkDigits;
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit == valid.charAt(position)) {
          continue;
        }
        String corrupted = valid.substring(0, position) + digit + valid.substring(position + 1);
        boolean validByReference = reference.apply(corrupted);
        if (checkPosition) {
          if (validByReference) {
            throw new AssertionError("a changed check digit never matches: " + corrupted);
          }
        } else {
          tally.bodyCorruptions.incrementAndGet();
        }
        if (validByReference) {
          // a blind spot of the official algorithm: the corrupted text is itself a valid id
          tally.blindSpots.incrementAndGet();
          assertThat(value.apply(parse.apply(corrupted))).isEqualTo(corrupted);
        } else {
          // plain checks rather than AssertJ here: this loop runs some 10^5 times per property
          try {
            parse.apply(corrupted);
            throw new AssertionError(kind + " " + corrupted + " (corrupted from " + valid
                + ") must be rejected");
          } catch (InvalidTaxIdException e) {
            if (!e.field().equals(kind) || !corrupted.equals(e.value())) {
              throw new AssertionError("rejection of " + corrupted + " must name " + kind
                  + " and the value, was: " + e.getMessage(), e);
            }
          }
        }
      }
    }
  }

  @Test
  void everyDetectableSingleDigitCorruptionOfAnInnIsRejected() {
    Tally legal = new Tally();
    Tally individual = new Tally();
    qt().forAll(DomainGenerators.inns()).checkAssert(inn -> {
      boolean tenDigits = inn.value().length() == 10;
      checkCorruptions(inn.value(), tenDigits ? 1 : 2, TaxIdPropertiesTest::referenceInnValid,
          Inn::of, Inn::value, "INN", tenDigits ? legal : individual);
    });
    // expected about 2/11 * 1/10 = 1.8% for 10 digits, about 0.03% for 12 digits
    assertThat(legal.blindSpots.get()).as("blind spots exist and are accepted").isPositive();
    assertThat(legal.blindShare()).isLessThan(0.03);
    assertThat(individual.blindShare()).isLessThan(0.002);
  }

  @Test
  void everyDetectableSingleDigitCorruptionOfAnOgrnIsRejected() {
    Tally ogrn = new Tally();
    Tally ogrnip = new Tally();
    qt().forAll(DomainGenerators.ogrns().mix(DomainGenerators.ogrnips())).checkAssert(id -> {
      boolean soleProprietor = id.value().length() == 15;
      checkCorruptions(id.value(), 1, TaxIdPropertiesTest::referenceOgrnValid, Ogrn::of,
          Ogrn::value, soleProprietor ? "OGRNIP" : "OGRN", soleProprietor ? ogrnip : ogrn);
    });
    // expected about 1.8% for the OGRN (0 and 10 collide), about 3.8% for the OGRNIP (0/10,
    // 1/11 and 2/12 collide)
    assertThat(ogrn.blindSpots.get()).isPositive();
    assertThat(ogrnip.blindSpots.get()).isPositive();
    assertThat(ogrn.blindShare()).isLessThan(0.03);
    assertThat(ogrnip.blindShare()).isLessThan(0.06);
  }

  @Test
  void aDigitDroppedOrAddedOrALetterTypedIsAlwaysRejected() {
    qt().withExamples(300).forAll(DomainGenerators.inns()).checkAssert(inn ->
        checkMalformed(inn.value(), Inn::of, "INN"));
    qt().withExamples(300).forAll(DomainGenerators.ogrns().mix(DomainGenerators.ogrnips()))
        .checkAssert(ogrn -> checkMalformed(ogrn.value(), Ogrn::of, "OGRN"));
  }

  private static void checkMalformed(String valid, Function<String, ?> parse, String kind) {
    for (int position = 0; position < valid.length(); position++) {
      String dropped = valid.substring(0, position) + valid.substring(position + 1);
      String added = valid.substring(0, position) + '5' + valid.substring(position);
      String letter = valid.substring(0, position) + 'O' + valid.substring(position + 1);
      for (String bad : new String[] {dropped, added, letter}) {
        Throwable thrown = catchThrowable(() -> parse.apply(bad));
        assertThat(thrown).as(bad).isInstanceOf(InvalidTaxIdException.class);
        assertThat(((InvalidTaxIdException) thrown).field()).startsWith(kind);
      }
    }
  }

  /**
   * A KPP has no check digit, so changing one of its digits gives another well-formed KPP,
   * which must be accepted; what a KPP's format forbids (a letter among the digits, a lower-case
   * or Cyrillic letter as the reason, a wrong length) must be rejected.
   */
  @Test
  void kppDigitsMayChangeButTheFormatIsEnforced() {
    qt().withExamples(300).forAll(DomainGenerators.kpps()).checkAssert(kpp -> {
      String valid = kpp.value();
      for (int position = 0; position < valid.length(); position++) {
        boolean reason = position == 4 || position == 5;
        String digit = valid.substring(0, position) + '7' + valid.substring(position + 1);
        assertThat(Kpp.of(digit).value()).isEqualTo(digit);
        String[] bad = reason
            ? new String[] {replace(valid, position, 'a'), replace(valid, position, 'Ж'),
                replace(valid, position, '-')}
            : new String[] {replace(valid, position, 'A'), replace(valid, position, ' ')};
        for (String text : bad) {
          Throwable thrown = catchThrowable(() -> Kpp.of(text));
          assertThat(thrown).as(text).isInstanceOf(InvalidTaxIdException.class);
          assertThat(((InvalidTaxIdException) thrown).field()).isEqualTo("KPP");
        }
      }
      for (String text : new String[] {valid.substring(1), valid + "0"}) {
        assertThat(catchThrowable(() -> Kpp.of(text))).isInstanceOf(InvalidTaxIdException.class);
      }
    });
  }

  private static String replace(String text, int position, char c) {
    return text.substring(0, position) + c + text.substring(position + 1);
  }
}
