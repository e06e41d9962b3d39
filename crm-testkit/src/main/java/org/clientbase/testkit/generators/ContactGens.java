package org.clientbase.testkit.generators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.money.Money;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Phones in the spellings people use, emails built from names, addresses, birthdays, money. */
final class ContactGens {
  private ContactGens() {}

  /** A national Russian number: the area or mobile code and the subscriber number, 10 digits. */
  record National(String code, String subscriber) {
    String digits() {
      return code + subscriber;
    }

    boolean mobile() {
      return code.startsWith("9");
    }
  }

  static National mobile(RandomnessSource in) {
    return new National(Rnd.pick(in, Dictionary.MOBILE_CODES), Rnd.digits(in, 7));
  }

  static National landline(RandomnessSource in, Dictionary.City city) {
    String code = Rnd.pick(in, city.landlineCodes());
    int length = 10 - code.length();
    return new National(code, Rnd.between(in, 2, 9) + Rnd.digits(in, length - 1));
  }

  static National landline(RandomnessSource in) {
    return landline(in, Rnd.pick(in, Dictionary.CITIES));
  }

  private static final List<String> PREFIXES =
      List.of("8 ", "+7 ", "8", "+7", "7 ", "8-", "+7-", "8 ", "+7 ");

  /** Writes a Russian number in one of the many ways people do. */
  static String spell(RandomnessSource in, National number) {
    String code = number.code();
    String sub = number.subscriber();
    if (Rnd.chance(in, 6)) {
      String dotted = String.join(".", groups(sub));
      return Rnd.oneOf(in, "+7.", "8.") + code + "." + dotted;
    }
    String prefix = number.mobile() && Rnd.chance(in, 12) ? "" : Rnd.pick(in, PREFIXES);
    String codePart;
    switch (Rnd.between(in, 0, 4)) {
      case 0 -> codePart = "(" + code + ") ";
      case 1 -> codePart = code + " ";
      case 2 -> codePart = code + "-";
      case 3 -> codePart = "(" + code + ")";
      default -> codePart = code;
    }
    if (prefix.isEmpty() && codePart.startsWith("(") && Rnd.chance(in, 50)) {
      codePart = code + " ";
    }
    String subPart;
    switch (Rnd.between(in, 0, 3)) {
      case 0 -> subPart = String.join("-", groups(sub));
      case 1 -> subPart = sub;
      case 2 -> subPart = String.join(" ", groups(sub));
      default -> subPart = sub.substring(0, 3) + "-" + sub.substring(3);
    }
    return prefix + codePart + subPart;
  }

  /** 1234567 as 123 45 67; 123456 as 12 34 56; 12345 as 1 23 45. */
  private static List<String> groups(String subscriber) {
    List<String> parts = new ArrayList<>();
    int head = subscriber.length() - 4;
    parts.add(subscriber.substring(0, head));
    parts.add(subscriber.substring(head, head + 2));
    parts.add(subscriber.substring(head + 2));
    return parts;
  }

  private static final List<String> EXTENSION_MARKERS = List.of(
      " доб. ", " доб.", " доб ", " ext. ", " ext ", " x", " #", " Доб. ", " EXT. ", "доб.");

  static String spellExtension(RandomnessSource in, String extension) {
    return Rnd.pick(in, EXTENSION_MARKERS) + extension;
  }

  static String extension(RandomnessSource in) {
    return Rnd.between(in, 1, 9) + Rnd.digits(in, Rnd.between(in, 0, 3));
  }

  /** A foreign number: its E.164 digits and a few ways to write it. */
  static PhoneSpellings foreign(RandomnessSource in, Optional<String> extension) {
    List<String> texts = new ArrayList<>();
    String e164;
    switch (Rnd.between(in, 0, 3)) {
      case 0 -> {
        String a = Rnd.digits(in, 4);
        String b = Rnd.digits(in, 4);
        e164 = "+4420" + a + b;
        texts.add("+44 20 " + a + " " + b);
        texts.add("+44 (20) " + a + "-" + b);
        texts.add(e164);
      }
      case 1 -> {
        String op = Rnd.oneOf(in, "29", "33", "44", "25");
        String s = Rnd.digits(in, 7);
        e164 = "+375" + op + s;
        texts.add("+375 " + op + " " + s.substring(0, 3) + "-" + s.substring(3, 5) + "-" + s.substring(5));
        texts.add("+375 (" + op + ") " + s);
        texts.add(e164);
      }
      case 2 -> {
        String s = Rnd.between(in, 1, 9) + Rnd.digits(in, 7);
        e164 = "+4930" + s;
        texts.add("+49 30 " + s);
        texts.add("+49-30-" + s.substring(0, 4) + "-" + s.substring(4));
        texts.add(e164);
      }
      default -> {
        String area = Rnd.oneOf(in, "212", "415", "646", "312");
        String s = Rnd.digits(in, 4);
        e164 = "+1" + area + "555" + s;
        texts.add("+1 (" + area + ") 555-" + s);
        texts.add("+1 " + area + " 555 " + s);
        texts.add("+1." + area + ".555." + s);
      }
    }
    List<String> spelled = new ArrayList<>();
    for (String text : texts) {
      spelled.add(extension.map(e -> text + spellExtension(in, e)).orElse(text));
    }
    return new PhoneSpellings(e164, extension, spelled);
  }

  static PhoneSpellings spellings(RandomnessSource in, National number, Optional<String> extension) {
    int count = Rnd.between(in, 2, 6);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String text = spell(in, number);
      texts.add(extension.map(e -> text + spellExtension(in, e)).orElse(text));
    }
    return new PhoneSpellings("+7" + number.digits(), extension, texts);
  }

  static final Gen<PhoneSpellings> SPELLINGS = in -> {
    Optional<String> extension =
        Rnd.chance(in, 20) ? Optional.of(extension(in)) : Optional.empty();
    int kind = Rnd.between(in, 1, 100);
    if (kind <= 8) {
      return foreign(in, extension);
    }
    National number = kind <= 55 ? mobile(in) : landline(in);
    return spellings(in, number, extension);
  };

  static final Gen<Phone> MOBILE = in -> Phone.parse(spell(in, mobile(in)));

  static Phone landlinePhone(RandomnessSource in, Dictionary.City city) {
    String text = spell(in, landline(in, city));
    if (Rnd.chance(in, 20)) {
      text += spellExtension(in, extension(in));
    }
    return Phone.parse(text);
  }

  static final Gen<Phone> LANDLINE = in -> landlinePhone(in, Rnd.pick(in, Dictionary.CITIES));

  static final Gen<Phone> PHONE = in -> {
    PhoneSpellings spellings = SPELLINGS.generate(in);
    return Phone.parse(Rnd.pick(in, spellings.spellings()));
  };

  // ---------------------------------------------------------------- emails

  private static final List<String> ROLE_MAILBOXES =
      List.of("info", "sales", "zakaz", "buh", "office", "snab", "hello", "support", "director");

  /** A local part made of a person's name, as people choose them. */
  static String localPart(RandomnessSource in, PersonName name) {
    String first = Translit.latin(name.firstName());
    String last = Translit.latin(name.lastName());
    String p = name.patronymic().map(Translit::latin).filter(s -> !s.isEmpty())
        .map(s -> s.substring(0, 1)).orElse("");
    String f = first.substring(0, 1);
    String year2 = Rnd.padded(Rnd.between(in, 60, 99) % 100, 2);
    String local;
    switch (Rnd.between(in, 0, 11)) {
      case 0 -> local = first + "." + last;
      case 1 -> local = last + "." + first;
      case 2 -> local = f + "." + last;
      case 3 -> local = f + last;
      case 4 -> local = last + "_" + first;
      case 5 -> local = first + "." + last + year2;
      case 6 -> local = last + Rnd.between(in, 1960, 2005);
      case 7 -> local = first + last;
      case 8 -> local = first + "-" + last;
      case 9 -> local = last + "." + f + (p.isEmpty() ? "" : "." + p);
      case 10 -> local = first + "." + last + "+crm";
      default -> local = capitalise(first) + "." + capitalise(last);
    }
    local = local.replaceAll("\\.{2,}", ".").replaceAll("^[.\\-]|[.\\-]$", "");
    return local.length() > 64 ? local.substring(0, 64).replaceAll("[.\\-]$", "") : local;
  }

  private static String capitalise(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  static Email emailFor(RandomnessSource in, PersonName name, Optional<String> companyDomain) {
    String domain = companyDomain.isPresent() && Rnd.chance(in, 70)
        ? companyDomain.get()
        : Rnd.pick(in, Dictionary.FREE_MAIL_DOMAINS);
    return Email.of(localPart(in, name) + "@" + domain);
  }

  static Email companyEmail(RandomnessSource in, String domain) {
    return Email.of(Rnd.pick(in, ROLE_MAILBOXES) + "@" + domain);
  }

  static final Gen<Email> EMAIL = in -> {
    int kind = Rnd.between(in, 1, 100);
    if (kind <= 5) {
      return Email.of(Rnd.oneOf(in, "иван", "заказ", "почта", "анна.петрова") + "@"
          + Rnd.oneOf(in, "почта.рф", "ромашка.рф", "завод.рус"));
    }
    if (kind <= 20) {
      return companyEmail(in, NameGens.company(in).domain());
    }
    PersonName name = NameGens.ANY.generate(in);
    Optional<String> domain =
        Rnd.chance(in, 40) ? Optional.of(NameGens.company(in).domain()) : Optional.empty();
    return emailFor(in, name, domain);
  };

  // ---------------------------------------------------------------- addresses

  private static final List<String> RUSSIA_SPELLINGS =
      List.of("Россия", "Россия", "Россия", "Россия", "Российская Федерация", "RU", "Russia");

  static String building(RandomnessSource in) {
    int house = Rnd.between(in, 1, 150);
    return switch (Rnd.between(in, 0, 5)) {
      case 0 -> "д. " + house;
      case 1 -> "д. " + house + ", корп. " + Rnd.between(in, 1, 5);
      case 2 -> "д. " + house + ", стр. " + Rnd.between(in, 1, 9);
      case 3 -> "д. " + house + Rnd.oneOf(in, "А", "Б", "В");
      case 4 -> Integer.toString(house);
      default -> "д. " + house + "/" + Rnd.between(in, 1, 30);
    };
  }

  static PostalAddress russianAddress(RandomnessSource in, Dictionary.City city) {
    PostalAddress.Builder address = PostalAddress.builder()
        .country(Rnd.pick(in, RUSSIA_SPELLINGS))
        .city(city.name());
    if (Rnd.chance(in, 85)) {
      address.postcode(Rnd.between(in, city.postcodeFrom(), city.postcodeTo())
          + Rnd.padded(Rnd.between(in, 0, 999), 3));
    }
    if (city.region() != null && Rnd.chance(in, 70)) {
      address.region(city.region());
    }
    if (Rnd.chance(in, 92)) {
      address.street(Rnd.pick(in, Dictionary.STREETS));
      if (Rnd.chance(in, 95)) {
        address.building(building(in));
        if (Rnd.chance(in, 50)) {
          address.apartment(Rnd.oneOf(in, "кв. ", "оф. ", "пом. ", "офис ") + Rnd.between(in, 1, 450));
        }
      }
    }
    return address.build();
  }

  static PostalAddress foreignAddress(RandomnessSource in) {
    return switch (Rnd.between(in, 0, 4)) {
      case 0 -> PostalAddress.builder().country("Беларусь").city("Минск").postcode("220030")
          .street("пр-т Независимости").building("д. " + Rnd.between(in, 1, 180)).build();
      case 1 -> PostalAddress.builder().country("Казахстан").city("Алматы").postcode("050000")
          .street("ул. Абая").building(Integer.toString(Rnd.between(in, 1, 90))).build();
      case 2 -> PostalAddress.builder().country("Germany").city("Berlin").postcode("10115")
          .street("Invalidenstraße").building(Integer.toString(Rnd.between(in, 1, 120))).build();
      case 3 -> PostalAddress.builder().country("United Kingdom").city("London")
          .postcode("SW1A 1AA").street("Downing Street").building("10").build();
      default -> PostalAddress.builder().country("Армения").city("Ереван").postcode("0010")
          .street("ул. Абовяна").building(Integer.toString(Rnd.between(in, 1, 60))).build();
    };
  }

  static final Gen<PostalAddress> ADDRESS = in -> Rnd.chance(in, 94)
      ? russianAddress(in, Rnd.pick(in, Dictionary.CITIES))
      : foreignAddress(in);

  // ---------------------------------------------------------------- birthdays, money

  static final Gen<Birthday> BIRTHDAY = in -> {
    int kind = Rnd.between(in, 1, 100);
    if (kind <= 10) {
      // born on 29 February: in a leap year, or with the year unknown
      if (Rnd.chance(in, 70)) {
        int leapYear = 1952 + 4 * Rnd.between(in, 0, 13);
        return Birthday.of(MonthDay.of(2, 29), Year.of(leapYear));
      }
      return Birthday.of(MonthDay.of(2, 29));
    }
    LocalDate born = LocalDate.of(1950, 1, 1).plusDays(Rnd.between(in, 0, 365 * 56));
    if (kind <= 30) {
      return Birthday.of(MonthDay.from(born));
    }
    return Birthday.of(born);
  };

  static final java.util.Currency RUB = java.util.Currency.getInstance("RUB");

  /** An amount of roubles from {@code min} to {@code max} whole roubles, shaped like prices. */
  static Money rubles(RandomnessSource in, long min, long max) {
    long rubles = Rnd.longBetween(in, min, max);
    int shape = Rnd.between(in, 1, 10);
    if (shape <= 5 && rubles >= 1000) {
      long rounded = rubles / 100 * 100;
      rubles = rounded >= min ? rounded : rubles;
    } else if (shape <= 7 && rubles >= 10_000) {
      long rounded = rubles / 1000 * 1000 - 10;
      rubles = rounded >= min ? rounded : rubles;
    }
    int kopecks = shape == 10 ? Rnd.between(in, 1, 99) : 0;
    if (rubles == max) {
      kopecks = 0;
    }
    return Money.of(BigDecimal.valueOf(rubles * 100 + kopecks, 2), RUB);
  }

  static final Gen<Money> RUBLES = in -> {
    int magnitude = Rnd.between(in, 1, 10);
    if (magnitude <= 3) {
      return rubles(in, 100, 9_999);
    }
    if (magnitude <= 8) {
      return rubles(in, 10_000, 499_999);
    }
    return rubles(in, 500_000, 15_000_000);
  };
}
