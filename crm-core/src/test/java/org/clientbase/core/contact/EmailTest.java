package org.clientbase.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientbase.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class EmailTest {

  @Test
  void simpleAddressIsAccepted() {
    Email email = Email.of("ivan.petrov@example.ru");

    assertThat(email.localPart()).isEqualTo("ivan.petrov");
    assertThat(email.domain()).isEqualTo("example.ru");
    assertThat(email.address()).isEqualTo("ivan.petrov@example.ru");
  }

  @Test
  void surroundingWhiteSpaceIsTrimmed() {
    assertThat(Email.of("  ivan@example.ru\n").address()).isEqualTo("ivan@example.ru");
  }

  @Test
  void domainIsLowerCased() {
    assertThat(Email.of("ivan@Mail.Example.RU").domain()).isEqualTo("mail.example.ru");
  }

  @Test
  void localPartKeepsItsCase() {
    assertThat(Email.of("Ivan.Petrov@example.ru").localPart()).isEqualTo("Ivan.Petrov");
  }

  @Test
  void addressesDifferingOnlyInDomainCaseAreEqual() {
    assertThat(Email.of("ivan@EXAMPLE.ru"))
        .isEqualTo(Email.of("ivan@example.RU"))
        .hasSameHashCodeAs(Email.of("ivan@example.RU"));
  }

  @Test
  void addressesDifferingInLocalPartCaseAreNotEqual() {
    assertThat(Email.of("Ivan@example.ru")).isNotEqualTo(Email.of("ivan@example.ru"));
  }

  @Test
  void localPartWithSpecialCharactersIsAccepted() {
    assertThat(Email.of("o'neil+crm_2024{x}@example.com").localPart())
        .isEqualTo("o'neil+crm_2024{x}");
  }

  @Test
  void internationalisedDomainIsAcceptedAndLowerCased() {
    assertThat(Email.of("info@ПОЧТА.РФ").domain()).isEqualTo("почта.рф");
  }

  @Test
  void punycodeTopLevelDomainIsAccepted() {
    assertThat(Email.of("info@xn--80a1acny.xn--p1ai").domain()).isEqualTo("xn--80a1acny.xn--p1ai");
  }

  @Test
  void toStringIsTheAddress() {
    assertThat(Email.of("Ivan@Example.ru")).hasToString("Ivan@example.ru");
  }

  @Test
  void addressWithoutAtIsRejected() {
    assertThatThrownBy(() -> Email.of("ivan.example.ru"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Email ivan.example.ru: must contain exactly one @");
  }

  @Test
  void addressWithTwoAtsIsRejected() {
    assertThatThrownBy(() -> Email.of("ivan@petrov@example.ru"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Email ivan@petrov@example.ru: must contain exactly one @");
  }

  @Test
  void emptyLocalPartIsRejected() {
    assertThatThrownBy(() -> Email.of("@example.ru"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Email @example.ru: local part before @ must not be empty");
  }

  @Test
  void localPartLongerThan64CharactersIsRejected() {
    String address = "a".repeat(65) + "@example.ru";

    assertThatThrownBy(() -> Email.of(address))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Email " + address.substring(0, 64) + "…(76 characters)"
            + ": local part must have at most 64 characters, has 65");
  }

  @Test
  void localPartWithSpaceIsRejected() {
    assertThatThrownBy(() -> Email.of("ivan petrov@example.ru"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Email ivan petrov@example.ru: local part contains character U+0020, which is not allowed");
  }

  @Test
  void localPartWithDisallowedCharacterIsRejected() {
    assertThatThrownBy(() -> Email.of("ivan,petrov@example.ru"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Email ivan,petrov@example.ru: local part contains character ',', which is not allowed");
  }

  @Test
  void localPartStartingWithDotIsRejected() {
    assertThatThrownBy(() -> Email.of(".ivan@example.ru"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Email .ivan@example.ru: local part must not start or end with a dot");
  }

  @Test
  void localPartEndingWithDotIsRejected() {
    assertThatThrownBy(() -> Email.of("ivan.@example.ru"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Email ivan.@example.ru: local part must not start or end with a dot");
  }

  @Test
  void localPartWithTwoDotsInARowIsRejected() {
    assertThatThrownBy(() -> Email.of("ivan..petrov@example.ru"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Email ivan..petrov@example.ru: local part must not contain two dots in a row");
  }

  @Test
  void emptyDomainIsRejected() {
    assertThatThrownBy(() -> Email.of("ivan@"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Email ivan@: domain after @ must not be empty");
  }

  @Test
  void domainWithoutDotIsRejected() {
    assertThatThrownBy(() -> Email.of("ivan@localhost"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Email ivan@localhost: domain 'localhost' has no dot");
  }

  @Test
  void domainWithTwoDotsInARowIsRejected() {
    assertThatThrownBy(() -> Email.of("ivan@example..ru"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Email ivan@example..ru: domain 'example..ru' must not start or end with a dot"
                + " or have two dots in a row");
  }

  @Test
  void domainLabelStartingWithHyphenIsRejected() {
    assertThatThrownBy(() -> Email.of("ivan@-example.ru"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Email ivan@-example.ru: domain label '-example' must not start or end with a hyphen");
  }

  @Test
  void domainWithUnderscoreIsRejected() {
    assertThatThrownBy(() -> Email.of("ivan@my_example.ru"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Email ivan@my_example.ru: domain 'my_example.ru' contains character '_',"
                + " which is not allowed");
  }

  @Test
  void topLevelDomainWithDigitsIsRejected() {
    assertThatThrownBy(() -> Email.of("ivan@example.r2"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Email ivan@example.r2: top-level domain 'r2' must contain letters only");
  }

  @Test
  void oneLetterTopLevelDomainIsRejected() {
    assertThatThrownBy(() -> Email.of("ivan@example.r"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Email ivan@example.r: top-level domain 'r' must have at least 2 letters");
  }

  @Test
  void addressLongerThan254CharactersIsRejected() {
    String address = "ivan@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "."
        + "d".repeat(55) + ".ru";

    assertThatThrownBy(() -> Email.of(address))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Email " + address.substring(0, 64) + "…(255 characters)"
            + ": must have at most 254 characters, has 255");
  }

  @Test
  void blankEmailIsRejected() {
    assertThatThrownBy(() -> Email.of("\t"))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field(), e -> ((InvalidValueException) e).rule())
        .containsExactly("Email", "must not be blank");
  }
}
