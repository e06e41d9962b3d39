package org.clientbase.core.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientbase.core.InvalidTaxIdException;
import org.junit.jupiter.api.Test;

class KppTest {

  @Test
  void nineDigitKppIsAccepted() {
    assertThat(Kpp.of("773601001").value()).isEqualTo("773601001");
  }

  @Test
  void kppWithCapitalLatinLettersInReasonCodeIsAccepted() {
    assertThat(Kpp.of("7736AB001").value()).isEqualTo("7736AB001");
  }

  @Test
  void surroundingWhiteSpaceIsTrimmed() {
    assertThat(Kpp.of(" 773601001 ")).isEqualTo(Kpp.of("773601001"));
  }

  @Test
  void toStringIsTheCharacters() {
    assertThat(Kpp.of("773601001")).hasToString("773601001");
  }

  @Test
  void kppOfWrongLengthIsRejected() {
    assertThatThrownBy(() -> Kpp.of("77360100"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("KPP 77360100: must have 9 characters, has 8");
  }

  @Test
  void kppWithLowerCaseLetterInReasonCodeIsRejected() {
    assertThatThrownBy(() -> Kpp.of("7736ab001"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage(
            "KPP 7736ab001: character 5 'a' must be a digit or a capital Latin letter A-Z");
  }

  @Test
  void kppWithLetterInTaxOfficeCodeIsRejected() {
    assertThatThrownBy(() -> Kpp.of("77A601001"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("KPP 77A601001: character 3 'A' must be a digit");
  }

  @Test
  void kppWithLetterInNumberIsRejected() {
    assertThatThrownBy(() -> Kpp.of("77360100Z"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("KPP 77360100Z: character 9 'Z' must be a digit");
  }

  @Test
  void blankKppIsRejected() {
    assertThatThrownBy(() -> Kpp.of(""))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("KPP \"\": must not be blank");
  }
}
