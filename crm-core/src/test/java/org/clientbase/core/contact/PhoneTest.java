package org.clientbase.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientbase.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class PhoneTest {

  @Test
  void russianNumberWithDomesticPrefixEightBecomesPlusSeven() {
    assertThat(Phone.parse("8 (916) 123-45-67").e164()).isEqualTo("+79161234567");
  }

  @Test
  void russianNumberWithCountryCodeSevenWithoutPlusBecomesPlusSeven() {
    assertThat(Phone.parse("7 916 123 45 67").e164()).isEqualTo("+79161234567");
  }

  @Test
  void tenDigitMobileNumberWithoutPrefixBecomesPlusSeven() {
    assertThat(Phone.parse("916.123.45.67").e164()).isEqualTo("+79161234567");
  }

  @Test
  void internationalNumberKeepsItsCountryCode() {
    assertThat(Phone.parse("+44 (20) 7946-0958").e164()).isEqualTo("+442079460958");
  }

  @Test
  void domesticAndInternationalFormsOfOneNumberAreEqual() {
    assertThat(Phone.parse("8 (916) 123-45-67"))
        .isEqualTo(Phone.parse("+7 916 1234567"))
        .hasSameHashCodeAs(Phone.parse("+7 916 1234567"));
  }

  @Test
  void numberWithoutExtensionHasNone() {
    assertThat(Phone.parse("+7 916 123-45-67").extension()).isEmpty();
  }

  @Test
  void extensionAfterRussianMarkerIsKeptSeparately() {
    Phone phone = Phone.parse("8 495 123-45-67 доб. 123");

    assertThat(phone.e164()).isEqualTo("+74951234567");
    assertThat(phone.extension()).contains("123");
  }

  @Test
  void extensionMarkersAreReadInAnyCase() {
    Phone expected = Phone.parse("+7 495 123-45-67 ext. 12");

    assertThat(Phone.parse("+7 495 123-45-67 ДОБ 12")).isEqualTo(expected);
    assertThat(Phone.parse("+7 495 123-45-67 EXT 12")).isEqualTo(expected);
    assertThat(Phone.parse("+7 495 123-45-67 X12")).isEqualTo(expected);
    assertThat(Phone.parse("+7 495 123-45-67#12")).isEqualTo(expected);
  }

  @Test
  void sameNumberWithDifferentExtensionsIsNotEqual() {
    assertThat(Phone.parse("+7 495 123-45-67 ext. 12"))
        .isNotEqualTo(Phone.parse("+7 495 123-45-67 ext. 13"))
        .isNotEqualTo(Phone.parse("+7 495 123-45-67"));
  }

  @Test
  void russianNumberIsFormattedInGroups() {
    assertThat(Phone.parse("89161234567").format()).isEqualTo("+7 916 123-45-67");
  }

  @Test
  void internationalNumberIsFormattedAsPlusAndDigits() {
    assertThat(Phone.parse("+44 20 7946 0958").format()).isEqualTo("+442079460958");
  }

  @Test
  void extensionIsFormattedAfterTheNumber() {
    assertThat(Phone.parse("8 916 123-45-67 доб. 123").format())
        .isEqualTo("+7 916 123-45-67 ext. 123");
  }

  @Test
  void toStringIsTheFormattedNumber() {
    assertThat(Phone.parse("8 916 123-45-67 x9")).hasToString("+7 916 123-45-67 ext. 9");
  }

  @Test
  void formattedNumberReadsBackToAnEqualPhone() {
    Phone phone = Phone.parse("8 (916) 123-45-67 доб. 123");

    assertThat(Phone.parse(phone.format())).isEqualTo(phone);
    assertThat(Phone.parse(phone.format()).format()).isEqualTo(phone.format());
  }

  @Test
  void numberWithLettersIsRejected() {
    assertThatThrownBy(() -> Phone.parse("8 916 CALL-NOW"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Phone 8 916 CALL-NOW: unexpected character 'C'");
  }

  @Test
  void numberWithOtherJunkIsRejected() {
    assertThatThrownBy(() -> Phone.parse("8 916 123*45*67"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Phone 8 916 123*45*67: unexpected character '*'");
  }

  @Test
  void plusInsideTheNumberIsRejected() {
    assertThatThrownBy(() -> Phone.parse("8 +916 123 45 67"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Phone 8 +916 123 45 67: unexpected character '+'");
  }

  @Test
  void extensionWithNonDigitsIsRejected() {
    assertThatThrownBy(() -> Phone.parse("+7 916 123-45-67 ext. 12a"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Phone +7 916 123-45-67 ext. 12a: extension '12a' must contain digits only");
  }

  @Test
  void extensionMarkerWithoutDigitsIsRejected() {
    assertThatThrownBy(() -> Phone.parse("+7 916 123-45-67 доб."))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Phone +7 916 123-45-67 доб.: extension marker 'доб.' must be followed by digits");
  }

  @Test
  void russianNumberWithTooFewDigitsIsRejected() {
    assertThatThrownBy(() -> Phone.parse("123-45-67"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Phone 123-45-67: has too few digits (7) for a Russian number");
  }

  @Test
  void russianNumberWithTooManyDigitsIsRejected() {
    assertThatThrownBy(() -> Phone.parse("8 916 123-45-678"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith(
            "Phone 8 916 123-45-678: has too many digits (12) for a Russian number");
  }

  @Test
  void tenDigitNumberNotStartingWithNineIsRejected() {
    assertThatThrownBy(() -> Phone.parse("495 123-45-67"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Phone 495 123-45-67: 10 digits must start with 9");
  }

  @Test
  void elevenDigitNumberNotStartingWithEightOrSevenIsRejected() {
    assertThatThrownBy(() -> Phone.parse("59161234567"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Phone 59161234567: 11 digits must start with 8 or 7");
  }

  @Test
  void internationalNumberWithTooFewDigitsIsRejected() {
    assertThatThrownBy(() -> Phone.parse("+44 1234"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Phone +44 1234: must have 8 to 15 digits after +, has 6");
  }

  @Test
  void internationalNumberWithTooManyDigitsIsRejected() {
    assertThatThrownBy(() -> Phone.parse("+44 1234 5678 9012 34"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Phone +44 1234 5678 9012 34: must have 8 to 15 digits after +, has 16");
  }

  @Test
  void countryCodeSevenWithWrongLengthIsRejected() {
    assertThatThrownBy(() -> Phone.parse("+7 916 123-45-6"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Phone +7 916 123-45-6: must have 11 digits with country code 7, has 10");
  }

  @Test
  void countryCodeStartingWithZeroIsRejected() {
    assertThatThrownBy(() -> Phone.parse("+049 30 1234567"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Phone +049 30 1234567: country code must not start with 0");
  }

  @Test
  void textWithoutDigitsIsRejected() {
    assertThatThrownBy(() -> Phone.parse("(-)"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Phone (-): must contain a number");
  }

  @Test
  void blankPhoneIsRejected() {
    assertThatThrownBy(() -> Phone.parse(" "))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field(), e -> ((InvalidValueException) e).rule())
        .containsExactly("Phone", "must not be blank");
  }

  @Test
  void missingPhoneIsRejected() {
    assertThatThrownBy(() -> Phone.parse(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Phone <missing>: must be given");
  }
}
