package org.clientbase.testkit.generators;

import java.util.List;
import org.clientbase.core.person.PersonName;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Person names (Russian, with gendered surnames and patronymics, and Latin) and companies. */
final class NameGens {
  private NameGens() {}

  /** A company: its legal name with the legal form, the short name and a web domain. */
  record Company(String legalName, String shortName, String domain) {}

  /**
   * The feminine form of a masculine Russian surname: Иванов gives Иванова, Никитин gives
   * Никитина, Вишневский gives Вишневская, Троицкий gives Троицкая, Толстой gives Толстая;
   * surnames such as Шевченко, Черных or Мамедов's Turkic peers that do not decline stay; each
   * part of a double surname changes (Римский-Корсаков gives Римская-Корсакова).
   */
  static String feminine(String surname) {
    if (surname.contains("-")) {
      String[] parts = surname.split("-");
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        out.append(i == 0 ? "" : "-").append(feminine(parts[i]));
      }
      return out.toString();
    }
    if (surname.endsWith("ский") || surname.endsWith("цкий")) {
      return surname.substring(0, surname.length() - 2) + "ая";
    }
    if (surname.endsWith("ой")) {
      return surname.substring(0, surname.length() - 2) + "ая";
    }
    if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв")
        || surname.endsWith("ин") || surname.endsWith("ын")) {
      return surname + "а";
    }
    return surname;
  }

  static PersonName russian(RandomnessSource in, boolean female, boolean withPatronymic) {
    String surname = Rnd.pick(in, Dictionary.SURNAMES);
    Dictionary.Father father = Rnd.pick(in, Dictionary.FATHERS);
    String first = female
        ? Rnd.pick(in, Dictionary.FEMALE_FIRST_NAMES)
        : Rnd.pick(in, Dictionary.FATHERS).name();
    String last = female ? feminine(surname) : surname;
    if (!withPatronymic) {
      return PersonName.of(last, first);
    }
    if (surname.equals("Мамедов") || surname.equals("Алиев")) {
      String turkicFather = Rnd.pick(in, Dictionary.OGLY_FATHERS);
      return PersonName.of(last, first, turkicFather + (female ? " кызы" : " оглы"));
    }
    return PersonName.of(
        last, first, female ? father.daughterPatronymic() : father.sonPatronymic());
  }

  static final Gen<PersonName> RUSSIAN_MALE = in -> russian(in, false, Rnd.chance(in, 92));
  static final Gen<PersonName> RUSSIAN_FEMALE = in -> russian(in, true, Rnd.chance(in, 92));
  static final Gen<PersonName> RUSSIAN = in -> russian(in, Rnd.chance(in, 50), Rnd.chance(in, 92));
  static final Gen<PersonName> LATIN = in -> PersonName.of(
      Rnd.pick(in, Dictionary.LATIN_LAST_NAMES), Rnd.pick(in, Dictionary.LATIN_FIRST_NAMES));
  static final Gen<PersonName> ANY = in -> Rnd.chance(in, 80) ? RUSSIAN.generate(in) : LATIN.generate(in);

  /** The text of a Russian company base name, e.g. "Ромашка" or "Техснаб-М". */
  static String companyBase(RandomnessSource in) {
    return Rnd.pick(in, Dictionary.COMPANY_BASES) + Rnd.pick(in, Dictionary.COMPANY_SUFFIXES);
  }

  private static final List<String> RUSSIAN_FORMS =
      List.of("ООО", "ООО", "ООО", "АО", "ПАО", "ЗАО", "ООО ТД", "НАО");
  private static final List<String> FULL_FORMS = List.of(
      "Общество с ограниченной ответственностью", "Акционерное общество",
      "Публичное акционерное общество");

  static Company company(RandomnessSource in) {
    if (Rnd.chance(in, 12)) {
      String base = Rnd.pick(in, Dictionary.LATIN_COMPANY_BASES);
      String form = Rnd.pick(in, Dictionary.LATIN_LEGAL_FORMS);
      return new Company(base + " " + form, base, Translit.domainLabel(base) + Rnd.oneOf(in, ".com", ".ru", ".eu"));
    }
    String base = companyBase(in);
    String quoted = Rnd.chance(in, 70) ? "«" + base + "»" : "\"" + base + "\"";
    String legal;
    int style = Rnd.between(in, 0, 9);
    if (style < 8) {
      legal = Rnd.pick(in, RUSSIAN_FORMS) + " " + quoted;
    } else {
      legal = Rnd.pick(in, FULL_FORMS) + " " + quoted;
    }
    String label = Translit.domainLabel(base);
    String domain = Rnd.chance(in, 8)
        ? base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "-")
            .replaceAll("^-|-$", "") + ".рф"
        : label + Rnd.oneOf(in, ".ru", ".ru", ".ru", ".com", ".su", "-group.ru", ".net");
    return new Company(legal, base, domain);
  }

  /** The name of a sole proprietor, e.g. "ИП Петров Иван Сергеевич" or "ИП Петрова А. С.". */
  static String soleProprietorName(RandomnessSource in, PersonName person) {
    String prefix = Rnd.chance(in, 85) ? "ИП" : "Индивидуальный предприниматель";
    return prefix + " " + (Rnd.chance(in, 50) ? person.format() : person.initials());
  }
}
