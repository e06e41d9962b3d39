package org.clientbase.core.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientbase.core.InvalidTaxIdException;
import org.junit.jupiter.api.Test;

class OgrnTest {

  @Test
  void thirteenDigitOgrnWithValidCheckDigitIsAccepted() {
    Ogrn ogrn = Ogrn.of("1027700132195");

    assertThat(ogrn.value()).isEqualTo("1027700132195");
    assertThat(ogrn.isSoleProprietor()).isFalse();
  }

  @Test
  void fifteenDigitOgrnipWithValidCheckDigitIsAccepted() {
    Ogrn ogrnip = Ogrn.of("304500116000157");

    assertThat(ogrnip.value()).isEqualTo("304500116000157");
    assertThat(ogrnip.isSoleProprietor()).isTrue();
  }

  @Test
  void surroundingWhiteSpaceIsTrimmed() {
    assertThat(Ogrn.of("\n1027700132195 ")).isEqualTo(Ogrn.of("1027700132195"));
  }

  @Test
  void ogrnWithWrongCheckDigitIsRejected() {
    assertThatThrownBy(() -> Ogrn.of("1027700132196"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("OGRN 1027700132196: check digit 6 expected 5");
  }

  @Test
  void ogrnipWithWrongCheckDigitIsRejectedNamingOgrnip() {
    assertThatThrownBy(() -> Ogrn.of("304500116000158"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("OGRNIP 304500116000158: check digit 8 expected 7")
        .extracting(e -> ((InvalidTaxIdException) e).field())
        .isEqualTo("OGRNIP");
  }

  @Test
  void ogrnOfWrongLengthIsRejected() {
    assertThatThrownBy(() -> Ogrn.of("10277001321951"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("OGRN 10277001321951: must have 13 or 15 digits, has 14");
  }

  @Test
  void ogrnWithLetterIsRejected() {
    assertThatThrownBy(() -> Ogrn.of("102770013219O"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("OGRN 102770013219O: must contain digits only");
  }

  @Test
  void twelveDigitBodyIsCompletedToOgrn() {
    assertThat(Ogrn.fromBody("102770013219")).isEqualTo(Ogrn.of("1027700132195"));
  }

  @Test
  void fourteenDigitBodyIsCompletedToOgrnip() {
    assertThat(Ogrn.fromBody("30450011600015")).isEqualTo(Ogrn.of("304500116000157"));
  }

  @Test
  void bodyOfWrongLengthIsRejected() {
    assertThatThrownBy(() -> Ogrn.fromBody("1027700132195"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("OGRN 1027700132195: body must have 12 or 14 digits, has 13");
  }
}
