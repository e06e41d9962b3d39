package org.clientbase.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Locale;
import java.util.Optional;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.person.PersonName;
import org.clientbase.testkit.generators.DomainGenerators;
import org.junit.jupiter.api.Test;

/**
 * Normalisation of phones, emails and names: idempotent, and equal for equivalent spellings.
 */
class NormalisationPropertiesTest {

  // ------------------------------------------------------------ phones

  @Test
  void theSpecifiedSpellingsOfOneNumberAreEqual() {
    assertThat(Phone.parse("8 (916) 123-45-67")).isEqualTo(Phone.parse("+7 916 1234567"));
    assertThat(Phone.parse("8 (916) 123-45-67").hashCode())
        .isEqualTo(Phone.parse("+7 916 1234567").hashCode());
  }

  @Test
  void phoneNormalisationIsIdempotent() {
    qt().forAll(DomainGenerators.phones()).checkAssert(phone -> {
      Phone again = Phone.parse(phone.format());
      assertThat(again).isEqualTo(phone);
      assertThat(again.format()).isEqualTo(phone.format());
      assertThat(Phone.parse(again.format()).format()).isEqualTo(phone.format());
      assertThat(Phone.parse(phone.e164()).e164()).isEqualTo(phone.e164());
    });
  }

  @Test
  void parsingAnySpellingThenFormattingIsStable() {
    qt().forAll(DomainGenerators.phoneTexts()).checkAssert(text -> {
      Phone phone = Phone.parse(text);
      assertThat(Phone.parse(phone.format())).isEqualTo(phone);
      assertThat(Phone.parse("  " + text + " ")).isEqualTo(phone);
    });
  }

  @Test
  void equivalentSpellingsOfANumberAreEqual() {
    qt().forAll(DomainGenerators.phoneSpellings()).checkAssert(spellings -> {
      Phone first = Phone.parse(spellings.spellings().get(0));
      for (String text : spellings.spellings()) {
        Phone phone = Phone.parse(text);
        assertThat(phone.e164()).as(text).isEqualTo(spellings.e164());
        assertThat(phone.extension()).as(text).isEqualTo(spellings.extension());
        assertThat(phone).isEqualTo(first);
        assertThat(phone.hashCode()).isEqualTo(first.hashCode());
      }
    });
  }

  @Test
  void differentNumbersAreNotEqual() {
    qt().forAll(DomainGenerators.phoneSpellings(), DomainGenerators.phoneSpellings())
        .assuming((a, b) -> !a.e164().equals(b.e164()) || !a.extension().equals(b.extension()))
        .checkAssert((a, b) ->
            assertThat(Phone.parse(a.spellings().get(0))).isNotEqualTo(Phone.parse(b.spellings().get(0))));
  }

  // ------------------------------------------------------------ emails

  @Test
  void emailNormalisationIsIdempotent() {
    qt().forAll(DomainGenerators.emails()).checkAssert(email -> {
      Email again = Email.of(email.address());
      assertThat(again).isEqualTo(email);
      assertThat(again.address()).isEqualTo(email.address());
      assertThat(Email.of(" " + email.address() + "\t")).isEqualTo(email);
      assertThat(email.domain()).isEqualTo(email.domain().toLowerCase(Locale.ROOT));
    });
  }

  /** Re-cases the letters of a text, each upper or lower by one bit of the mask. */
  private static String recase(String text, long mask) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      String c = text.substring(i, i + 1);
      out.append((mask >>> (i % 64) & 1) == 1 ? c.toUpperCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  @Test
  void emailsAreEqualWhateverTheCaseOfTheirDomain() {
    qt().forAll(DomainGenerators.emails(), longs().all()).checkAssert((email, mask) -> {
      Email recased = Email.of(email.localPart() + "@" + recase(email.domain(), mask));
      assertThat(recased).isEqualTo(email);
      assertThat(recased.hashCode()).isEqualTo(email.hashCode());
      assertThat(recased.address()).isEqualTo(email.address());
    });
  }

  @Test
  void theCaseOfTheLocalPartIsKept() {
    qt().forAll(DomainGenerators.emails()).checkAssert(email -> {
      String upper = email.localPart().toUpperCase(Locale.ROOT);
      Email shouted = Email.of(upper + "@" + email.domain());
      assertThat(shouted.localPart()).isEqualTo(upper);
      assertThat(shouted.equals(email)).isEqualTo(upper.equals(email.localPart()));
    });
  }

  // ------------------------------------------------------------ person names

  @Test
  void personNamesSurviveFormatAndParse() {
    qt().forAll(DomainGenerators.personNames()).checkAssert(name -> {
      assertThat(PersonName.parse(name.format())).isEqualTo(name);
      assertThat(PersonName.parse(name.format()).format()).isEqualTo(name.format());
    });
  }

  @Test
  void extraWhiteSpaceInAFullNameIsIgnored() {
    qt().forAll(DomainGenerators.personNames()).checkAssert(name -> {
      String sloppy = "  " + name.format().replace(" ", " \t  ") + "\n";
      assertThat(PersonName.parse(sloppy)).isEqualTo(name);
    });
  }

  @Test
  void namesWithAndWithoutPatronymicAreDistinct() {
    qt().forAll(DomainGenerators.russianNames()).checkAssert(name -> {
      Optional<String> patronymic = name.patronymic();
      PersonName without = PersonName.of(name.lastName(), name.firstName());
      assertThat(without.equals(name)).isEqualTo(patronymic.isEmpty());
      assertThat(without.format()).isEqualTo(name.lastName() + " " + name.firstName());
    });
  }
}
