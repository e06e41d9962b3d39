package org.clientbase.core.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientbase.core.InvalidTaxIdException;
import org.junit.jupiter.api.Test;

class InnTest {

  @Test
  void tenDigitInnWithValidCheckDigitIsAccepted() {
    assertThat(Inn.of("7707083893").value()).isEqualTo("7707083893");
    assertThat(Inn.of("7736207543").value()).isEqualTo("7736207543");
  }

  @Test
  void tenDigitInnBelongsToLegalEntity() {
    assertThat(Inn.of("7736207543").isLegalEntity()).isTrue();
  }

  @Test
  void twelveDigitInnWithValidCheckDigitsIsAccepted() {
    assertThat(Inn.of("500100732259").value()).isEqualTo("500100732259");
  }

  @Test
  void twelveDigitInnDoesNotBelongToLegalEntity() {
    assertThat(Inn.of("500100732259").isLegalEntity()).isFalse();
  }

  @Test
  void surroundingWhiteSpaceIsTrimmed() {
    assertThat(Inn.of(" 7736207543\t").value()).isEqualTo("7736207543");
  }

  @Test
  void innsWithSameDigitsAreEqual() {
    assertThat(Inn.of(" 7736207543")).isEqualTo(Inn.of("7736207543"))
        .hasSameHashCodeAs(Inn.of("7736207543"));
    assertThat(Inn.of("7736207543")).isNotEqualTo(Inn.of("7707083893"));
  }

  @Test
  void toStringIsTheDigits() {
    assertThat(Inn.of("7736207543")).hasToString("7736207543");
  }

  @Test
  void innWithWrongCheckDigitIsRejected() {
    assertThatThrownBy(() -> Inn.of("7707083894"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("INN 7707083894: check digit 4 expected 3")
        .satisfies(
            e -> {
              InvalidTaxIdException error = (InvalidTaxIdException) e;
              assertThat(error.field()).isEqualTo("INN");
              assertThat(error.value()).isEqualTo("7707083894");
              assertThat(error.rule()).isEqualTo("check digit 4 expected 3");
            });
  }

  @Test
  void twelveDigitInnWithWrongEleventhDigitIsRejected() {
    assertThatThrownBy(() -> Inn.of("500100732239"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("INN 500100732239: check digit 11 is 3, expected 5");
  }

  @Test
  void twelveDigitInnWithWrongTwelfthDigitIsRejected() {
    assertThatThrownBy(() -> Inn.of("500100732258"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("INN 500100732258: check digit 12 is 8, expected 9");
  }

  @Test
  void innWithElevenDigitsIsRejected() {
    assertThatThrownBy(() -> Inn.of("77070838931"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("INN 77070838931: must have 10 or 12 digits, has 11");
  }

  @Test
  void innWithNineDigitsIsRejected() {
    assertThatThrownBy(() -> Inn.of("770708389"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("INN 770708389: must have 10 or 12 digits, has 9");
  }

  @Test
  void innWithLetterIsRejected() {
    assertThatThrownBy(() -> Inn.of("77070838A3"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("INN 77070838A3: must contain digits only");
  }

  @Test
  void innWithInnerSpaceIsRejected() {
    assertThatThrownBy(() -> Inn.of("7707 083893"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("INN 7707 083893: must contain digits only");
  }

  @Test
  void innWithNonAsciiDigitsIsRejected() {
    assertThatThrownBy(() -> Inn.of("٧٧٠٧٠٨٣٨٩٣"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessageEndingWith(": must contain digits only");
  }

  @Test
  void blankInnIsRejected() {
    assertThatThrownBy(() -> Inn.of("  "))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("INN   : must not be blank");
  }

  @Test
  void missingInnIsRejected() {
    assertThatThrownBy(() -> Inn.of(null))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("INN <missing>: must be given");
  }

  @Test
  void nineDigitBodyIsCompletedToLegalEntityInn() {
    assertThat(Inn.fromBody("770708389")).isEqualTo(Inn.of("7707083893"));
  }

  @Test
  void tenDigitBodyIsCompletedToTwelveDigitInn() {
    assertThat(Inn.fromBody("5001007322")).isEqualTo(Inn.of("500100732259"));
  }

  @Test
  void bodyOfWrongLengthIsRejected() {
    assertThatThrownBy(() -> Inn.fromBody("77070838"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("INN 77070838: body must have 9 or 10 digits, has 8");
  }

  @Test
  void bodyWithLetterIsRejected() {
    assertThatThrownBy(() -> Inn.fromBody("77070838x"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("INN 77070838x: must contain digits only");
  }
}
