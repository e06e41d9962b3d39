package org.clientbase.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientbase.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void nameWithPatronymicKeepsItsParts() {
    PersonName name = PersonName.of("Иванов", "Иван", "Иванович");

    assertThat(name.lastName()).isEqualTo("Иванов");
    assertThat(name.firstName()).isEqualTo("Иван");
    assertThat(name.patronymic()).contains("Иванович");
  }

  @Test
  void nameWithoutPatronymicHasNone() {
    assertThat(PersonName.of("Smith", "John").patronymic()).isEmpty();
  }

  @Test
  void partsAreTrimmedAndSingleSpaced() {
    PersonName name = PersonName.of("  Иванов ", " Анна   Мария", "Петровна\t");

    assertThat(name.lastName()).isEqualTo("Иванов");
    assertThat(name.firstName()).isEqualTo("Анна Мария");
    assertThat(name.patronymic()).contains("Петровна");
  }

  @Test
  void hyphensApostrophesAndDotsAreAccepted() {
    assertThat(PersonName.of("Салтыков-Щедрин", "Михаил").lastName()).isEqualTo("Салтыков-Щедрин");
    assertThat(PersonName.of("O'Neil", "Shaquille").lastName()).isEqualTo("O'Neil");
    assertThat(PersonName.of("King", "Martin", "Jr.").patronymic()).contains("Jr.");
  }

  @Test
  void formatJoinsThePartsInRussianOrder() {
    assertThat(PersonName.of("Иванов", "Иван", "Иванович").format())
        .isEqualTo("Иванов Иван Иванович");
  }

  @Test
  void formatWithoutPatronymicHasTwoParts() {
    assertThat(PersonName.of("Иванов", "Иван").format()).isEqualTo("Иванов Иван");
  }

  @Test
  void toStringIsTheFormattedName() {
    assertThat(PersonName.of("Иванов", "Иван")).hasToString("Иванов Иван");
  }

  @Test
  void initialsFollowTheLastName() {
    assertThat(PersonName.of("Иванов", "Иван", "Иванович").initials()).isEqualTo("Иванов И. И.");
  }

  @Test
  void initialsWithoutPatronymicHaveOneLetter() {
    assertThat(PersonName.of("Иванов", "Иван").initials()).isEqualTo("Иванов И.");
  }

  @Test
  void initialsOfHyphenatedFirstNameKeepTheHyphen() {
    assertThat(PersonName.of("Петрова", "Анна-Мария").initials()).isEqualTo("Петрова А.-М.");
  }

  @Test
  void namesWithEqualPartsAreEqual() {
    assertThat(PersonName.of("Иванов", "Иван", "Иванович"))
        .isEqualTo(PersonName.of(" Иванов", "Иван ", "Иванович"))
        .hasSameHashCodeAs(PersonName.of("Иванов", "Иван", "Иванович"))
        .isNotEqualTo(PersonName.of("Иванов", "Иван"));
  }

  @Test
  void parseReadsTwoWordsAsLastAndFirstName() {
    assertThat(PersonName.parse("Иванов Иван")).isEqualTo(PersonName.of("Иванов", "Иван"));
  }

  @Test
  void parseReadsThreeWordsAsLastFirstAndPatronymic() {
    assertThat(PersonName.parse("  Иванов   Иван\tИванович "))
        .isEqualTo(PersonName.of("Иванов", "Иван", "Иванович"));
  }

  @Test
  void parseJoinsTheWordsAfterTheFirstNameIntoThePatronymic() {
    assertThat(PersonName.parse("Мамедов Рашид Алиев оглы").patronymic()).contains("Алиев оглы");
  }

  @Test
  void parseReadsTheFormattedNameBack() {
    PersonName name = PersonName.of("Мамедов", "Рашид", "Алиев оглы");

    assertThat(PersonName.parse(name.format())).isEqualTo(name);
  }

  @Test
  void parseOfOneWordIsRejected() {
    assertThatThrownBy(() -> PersonName.parse(" Иванов "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PersonName  Иванов : must have at least a last and a first name");
  }

  @Test
  void parseOfBlankTextIsRejected() {
    assertThatThrownBy(() -> PersonName.parse("   "))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field(), e -> ((InvalidValueException) e).rule())
        .containsExactly("PersonName", "must not be blank");
  }

  @Test
  void parseNamesThePartThatBreaksARule() {
    assertThatThrownBy(() -> PersonName.parse("Иванов Иван2"))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("PersonName.firstName");
  }

  @Test
  void blankLastNameIsRejected() {
    assertThatThrownBy(() -> PersonName.of(" ", "Иван"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PersonName.lastName  : must not be blank");
  }

  @Test
  void blankFirstNameIsRejected() {
    assertThatThrownBy(() -> PersonName.of("Иванов", ""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PersonName.firstName \"\": must not be blank");
  }

  @Test
  void blankPatronymicIsRejected() {
    assertThatThrownBy(() -> PersonName.of("Иванов", "Иван", "\t"))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field(), e -> ((InvalidValueException) e).rule())
        .containsExactly("PersonName.patronymic", "must not be blank");
  }

  @Test
  void missingPatronymicIsRejected() {
    assertThatThrownBy(() -> PersonName.of("Иванов", "Иван", null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PersonName.patronymic <missing>: must be given");
  }

  @Test
  void nameWithDigitIsRejected() {
    assertThatThrownBy(() -> PersonName.of("Иванов2", "Иван"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "PersonName.lastName Иванов2: character '2' is not allowed;"
                + " use letters, spaces, hyphens, apostrophes and dots");
  }

  @Test
  void nameWithoutLettersIsRejected() {
    assertThatThrownBy(() -> PersonName.of("Иванов", "-."))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PersonName.firstName -.: must contain at least one letter");
  }
}
