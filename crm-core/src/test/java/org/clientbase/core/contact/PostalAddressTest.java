package org.clientbase.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.junit.jupiter.api.Test;

class PostalAddressTest {

  private static PostalAddress.Builder moscow() {
    return PostalAddress.builder().country("Россия").city("Москва");
  }

  @Test
  void addressWithCountryAndCityOnlyIsAccepted() {
    PostalAddress address = moscow().build();

    assertThat(address.country()).isEqualTo("Россия");
    assertThat(address.city()).isEqualTo("Москва");
    assertThat(address.postcode()).isEmpty();
    assertThat(address.region()).isEmpty();
    assertThat(address.street()).isEmpty();
    assertThat(address.building()).isEmpty();
    assertThat(address.apartment()).isEmpty();
  }

  @Test
  void partsAreTrimmedAndSingleSpaced() {
    PostalAddress address = moscow().street("  ул.   Мясницкая ").build();

    assertThat(address.street()).contains("ул. Мясницкая");
  }

  @Test
  void fullAddressIsFormattedWithPostcodeFirst() {
    PostalAddress address =
        PostalAddress.builder()
            .apartment("кв. 5")
            .building("д. 1")
            .street("ул. Ленина")
            .city("Химки")
            .region("Московская область")
            .country("Россия")
            .postcode("141400")
            .build();

    assertThat(address.format())
        .isEqualTo("141400, Россия, Московская область, Химки, ул. Ленина, д. 1, кв. 5");
  }

  @Test
  void formatSkipsMissingParts() {
    assertThat(moscow().building("д. 7").build().format()).isEqualTo("Россия, Москва, д. 7");
  }

  @Test
  void toStringIsTheFormattedAddress() {
    assertThat(moscow().build()).hasToString("Россия, Москва");
  }

  @Test
  void addressesWithEqualPartsAreEqual() {
    assertThat(moscow().street("ул. Арбат").build())
        .isEqualTo(moscow().street(" ул.  Арбат ").build())
        .hasSameHashCodeAs(moscow().street("ул. Арбат").build())
        .isNotEqualTo(moscow().build());
  }

  @Test
  void settingAPartAgainReplacesIt() {
    assertThat(moscow().city("Казань").build().city()).isEqualTo("Казань");
  }

  @Test
  void addressWithoutCityIsRejected() {
    assertThatThrownBy(() -> PostalAddress.builder().country("Россия").build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("PostalAddress: missing city");
  }

  @Test
  void addressWithoutCountryIsRejected() {
    assertThatThrownBy(() -> PostalAddress.builder().city("Москва").build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("PostalAddress: missing country");
  }

  @Test
  void anAddressMissingCountryAndCityNamesBoth() {
    assertThatThrownBy(() -> PostalAddress.builder().street("Тверская").build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("PostalAddress: missing country, city");
  }

  @Test
  void blankCityIsRejectedWhenSet() {
    assertThatThrownBy(() -> PostalAddress.builder().city("  "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PostalAddress.city   : must not be blank");
  }

  @Test
  void nullStreetIsRejectedWhenSet() {
    assertThatThrownBy(() -> PostalAddress.builder().street(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PostalAddress.street <missing>: must be given");
  }

  @Test
  void russianPostcodeOfSixDigitsIsAccepted() {
    assertThat(moscow().postcode(" 101000 ").build().postcode()).contains("101000");
  }

  @Test
  void russianPostcodeOfFiveDigitsIsRejected() {
    assertThatThrownBy(() -> moscow().postcode("10100").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PostalAddress.postcode 10100: must have exactly 6 digits in country Россия");
  }

  @Test
  void russianPostcodeRuleAppliesToEveryNameOfRussia() {
    for (String russia : new String[] {"Russia", "RU", "ru", "Российская Федерация"}) {
      assertThatThrownBy(
              () -> PostalAddress.builder().country(russia).city("Москва").postcode("1010AB").build())
          .as(russia)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("must have exactly 6 digits");
    }
  }

  @Test
  void foreignPostcodeWithLettersAndSpaceIsAccepted() {
    PostalAddress london =
        PostalAddress.builder().country("United Kingdom").city("London").postcode("SW1A 1AA").build();

    assertThat(london.postcode()).contains("SW1A 1AA");
  }

  @Test
  void foreignPostcodeTooShortIsRejected() {
    assertThatThrownBy(
            () -> PostalAddress.builder().country("Germany").city("Berlin").postcode("10").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "PostalAddress.postcode 10: must have 3 to 10 Latin letters, digits, spaces or hyphens"
                + " in country Germany");
  }

  @Test
  void foreignPostcodeWithDisallowedCharacterIsRejected() {
    assertThatThrownBy(
            () -> PostalAddress.builder().country("Germany").city("Berlin").postcode("10#115").build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("PostalAddress.postcode");
  }
}
