package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.person.PersonName;
import org.clientbase.testkit.generators.DomainGenerators;
import org.junit.jupiter.api.Test;

class NormaliserTest {

  // ---------------------------------------------------------------- person names

  @Test
  void sergeyIvanovReadsTheSameInCyrillicAndInEitherLatinSpelling() {
    assertThat(NameNormaliser.normalise("Сергей Иванов"))
        .isEqualTo(NameNormaliser.normalise("Sergey Ivanov"))
        .isEqualTo(NameNormaliser.normalise("Sergei Ivanov"))
        .isEqualTo(NameNormaliser.normalise("Sergej Iwanow"))
        .isEqualTo("sergei ivanov");
  }

  @Test
  void caseSpacingAndYoDoNotMatter() {
    assertThat(NameNormaliser.normalise("  ФЁДОРОВ   пётр "))
        .isEqualTo(NameNormaliser.normalise("Федоров Петр"))
        .isEqualTo(NameNormaliser.normalise("Fyodorov Pyotr"))
        .isEqualTo("fedorov petr");
  }

  @Test
  void theCommonTransliterationSystemsFoldToOneSpelling() {
    assertThat(List.of("Юлия", "Yulia", "Yuliya", "Iuliia", "Julija")).allSatisfy(
        n -> assertThat(NameNormaliser.normalise(n)).isEqualTo("iulia"));
    assertThat(List.of("Щербаков", "Shcherbakov", "Scherbakov")).allSatisfy(
        n -> assertThat(NameNormaliser.normalise(n)).isEqualTo("sherbakov"));
    assertThat(List.of("Хабибуллин", "Khabibullin", "Habibulin")).allSatisfy(
        n -> assertThat(NameNormaliser.normalise(n)).isEqualTo("habibulin"));
    assertThat(List.of("Наталья", "Natalya", "Natalia", "Natal'ya")).allSatisfy(
        n -> assertThat(NameNormaliser.normalise(n)).isEqualTo("natalia"));
    assertThat(List.of("Алексей", "Alexey", "Aleksei", "Aleksey")).allSatisfy(
        n -> assertThat(NameNormaliser.normalise(n)).isEqualTo("aleksei"));
    assertThat(List.of("Цой", "Tsoy", "Tsoi")).allSatisfy(
        n -> assertThat(NameNormaliser.normalise(n)).isEqualTo("coi"));
    assertThat(List.of("Григорьев", "Grigoryev", "Grigor'ev")).allSatisfy(
        n -> assertThat(NameNormaliser.normalise(n)).isEqualTo("grigorev"));
  }

  @Test
  void partsKeepTheirOrderAndTheKeyDoesNot() {
    PersonName russian = PersonName.parse("Иванов Сергей Петрович");
    PersonName latin = PersonName.of("Sergey", "Ivanov");
    assertThat(NameNormaliser.parts(russian)).containsExactly("ivanov", "sergei", "petrovich");
    assertThat(NameNormaliser.parts(latin)).containsExactly("sergei", "ivanov");
    assertThat(NameNormaliser.key(russian)).isEqualTo(NameNormaliser.key(latin)).isEqualTo("ivanov sergei");
  }

  @Test
  void initialsAreRecognised() {
    assertThat(NameNormaliser.isInitial("И.")).isTrue();
    assertThat(NameNormaliser.isInitial("А.-М.")).isTrue();
    assertThat(NameNormaliser.isInitial("Jr.")).isFalse();
    assertThat(NameNormaliser.isInitial("Иван")).isFalse();
  }

  @Test
  void normalisingANameTwiceChangesNothing() {
    qt().forAll(DomainGenerators.personNames()).checkAssert(name -> {
      String once = NameNormaliser.normalise(name.format());
      assertThat(NameNormaliser.normalise(once)).isEqualTo(once);
    });
  }

  // ---------------------------------------------------------------- company names

  @Test
  void romashkaReadsTheSameWithARussianOrAForeignLegalForm() {
    assertThat(CompanyNameNormaliser.normalise("ООО «Ромашка»"))
        .isEqualTo(CompanyNameNormaliser.normalise("Romashka LLC"))
        .isEqualTo(CompanyNameNormaliser.normalise("\"Ромашка\" ООО"))
        .isEqualTo(CompanyNameNormaliser.normalise("Общество с ограниченной ответственностью \"Ромашка\""))
        .isEqualTo("romashka");
  }

  @Test
  void everyListedLegalFormIsRemoved() {
    for (String form : List.of("ООО", "ОАО", "ЗАО", "ПАО", "АО", "ИП", "НКО", "LLC", "Ltd", "JSC", "GmbH", "Inc.",
        "Ltd.", "S.A.", "Акционерное общество", "Публичное акционерное общество", "Limited")) {
      assertThat(CompanyNameNormaliser.normalise(form + " «Вектор»")).as(form).isEqualTo("vektor");
    }
  }

  @Test
  void quotesAndPunctuationAreRemovedAndWordOrderIsKeptButNotInTheKey() {
    assertThat(CompanyNameNormaliser.tokens("АО «Северный ветер»!")).containsExactly("severni", "veter");
    assertThat(CompanyNameNormaliser.key("Ветер Северный")).isEqualTo(CompanyNameNormaliser.key("Северный ветер"));
  }

  @Test
  void aNameOfLegalFormsOnlyKeepsItsWords() {
    assertThat(CompanyNameNormaliser.normalise("ООО")).isNotEmpty();
  }

  // ---------------------------------------------------------------- phones, emails, addresses

  @Test
  void phonesWrittenAnyWayNormaliseToE164WithoutTheExtension() {
    assertThat(PhoneNormaliser.normalise(Phone.parse("8 (916) 123-45-67"))).isEqualTo("+79161234567");
    assertThat(PhoneNormaliser.normalise("+7 916 1234567 доб. 12")).contains("+79161234567");
    assertThat(PhoneNormaliser.normalise("12-34")).isEmpty();
    assertThat(PhoneNormaliser.normalise("call me")).isEmpty();
  }

  @Test
  void emailsNormaliseByTheProvidersDeliveryRules() {
    assertThat(EmailNormaliser.normalise(Email.of("Ivan.Petrov+crm@Ya.ru"))).isEqualTo("ivan.petrov@yandex.ru");
    assertThat(EmailNormaliser.normalise(Email.of("I.van.Petrov@googlemail.com"))).isEqualTo("ivanpetrov@gmail.com");
    assertThat(EmailNormaliser.normalise(Email.of("a.petrova@Romashka.RU"))).isEqualTo("a.petrova@romashka.ru");
    assertThat(EmailNormaliser.normalise("not an email")).isEmpty();
  }

  @Test
  void addressesLoseMarkerWordsAndTheRussianCountry() {
    PostalAddress written = PostalAddress.builder().country("Россия").city("Москва").street("ул. Мясницкая")
        .building("д. 1").build();
    PostalAddress other = PostalAddress.builder().country("Russian Federation").city("г. Москва")
        .street("Мясницкая улица").building("1").build();
    assertThat(AddressNormaliser.tokens(written)).containsExactly("moskva", "miasnikaia", "1");
    assertThat(AddressNormaliser.tokens(other)).containsExactlyInAnyOrder("moskva", "miasnikaia", "1");
  }
}
