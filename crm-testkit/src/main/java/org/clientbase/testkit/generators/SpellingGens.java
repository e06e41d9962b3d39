package org.clientbase.testkit.generators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.person.PersonName;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Other spellings of the names of people and companies, as someone entering a known person or
 * company again might type them: with a typo, in Latin letters by one of the common
 * transliteration systems, with the last and first names swapped, as initials, in capitals or
 * with {@code е} for {@code ё}, or without the patronymic; company names with or without their
 * legal form and quotes, the form written in full, or in Latin letters with a foreign legal form
 * ({@code ООО «Ромашка»}, {@code Ромашка}, {@code Romashka LLC}).
 *
 * <p>{@link DuplicateGens} builds its duplicates with these spellings. Every generator draws only
 * from QuickTheories' randomness source, so a run is determined by its seed.
 *
 * <pre>{@code
 * qt().forAll(SpellingGens.spellingsOf(PersonName.parse("Иванов Иван Петрович")))
 *     .checkAssert(spelling -> ...);
 * }</pre>
 */
public final class SpellingGens {
  private SpellingGens() {}

  /**
   * Returns another spelling of a person name, as someone entering the person again might type
   * it.
   *
   * @param name the name as first entered
   * @return a generator of spellings (sometimes the same one)
   */
  public static Gen<PersonName> spellingsOf(PersonName name) {
    return in -> nameVariant(in, name);
  }

  /**
   * Returns another spelling of a company name: with or without its legal form and quotes, the
   * form written in full, in Latin letters with a foreign legal form, or with a typo.
   *
   * @param name the name as first entered, e.g. {@code ООО «Ромашка»}
   * @return a generator of spellings
   */
  public static Gen<String> companySpellingsOf(String name) {
    return in -> companyVariant(in, name);
  }

  // ------------------------------------------------------------------ person names

  static PersonName nameVariant(RandomnessSource in, PersonName name) {
    int kind = Rnd.between(in, 1, 100);
    PersonName variant;
    boolean typo = false;
    if (kind <= 30) {
      variant = name;
    } else if (kind <= 48) {
      variant = typo(in, name);
      typo = true;
    } else if (kind <= 68) {
      variant = latin(in, name);
    } else if (kind <= 78) {
      variant = swapped(name);
    } else if (kind <= 84) {
      variant = initials(name);
    } else if (kind <= 92) {
      variant = recase(in, name);
    } else {
      variant = PersonName.of(name.lastName(), name.firstName());
    }
    if (!typo && Rnd.chance(in, 15)) {
      variant = typo(in, variant);
    }
    return variant;
  }

  private static PersonName swapped(PersonName name) {
    return name.patronymic().isPresent()
        ? PersonName.of(name.firstName(), name.patronymic().get(), name.lastName())
        : PersonName.of(name.firstName(), name.lastName());
  }

  private static PersonName initials(PersonName name) {
    String first = name.firstName().substring(0, 1) + ".";
    return name.patronymic().isPresent()
        ? PersonName.of(name.lastName(), first, name.patronymic().get().substring(0, 1) + ".")
        : PersonName.of(name.lastName(), first);
  }

  private static PersonName recase(RandomnessSource in, PersonName name) {
    String last = name.lastName().replace('ё', 'е').replace('Ё', 'Е');
    String first = name.firstName().replace('ё', 'е').replace('Ё', 'Е');
    if (Rnd.chance(in, 60)) {
      last = last.toUpperCase(Locale.ROOT);
    }
    if (Rnd.chance(in, 20)) {
      first = first.toLowerCase(Locale.ROOT);
    }
    return name.patronymic().isPresent()
        ? PersonName.of(last, first, name.patronymic().get().replace('ё', 'е'))
        : PersonName.of(last, first);
  }

  private static PersonName typo(RandomnessSource in, PersonName name) {
    int part = name.patronymic().isPresent() ? Rnd.between(in, 0, 4) : Rnd.between(in, 0, 3);
    String last = name.lastName();
    String first = name.firstName();
    Optional<String> patronymic = name.patronymic();
    if (part <= 1) {
      last = typo(in, last);
    } else if (part <= 3) {
      first = typo(in, first);
    } else {
      patronymic = Optional.of(typo(in, patronymic.get()));
    }
    return patronymic.isPresent() ? PersonName.of(last, first, patronymic.get()) : PersonName.of(last, first);
  }

  private static final List<String> KEYBOARD_ROWS = List.of(
      "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "qwertyuiop", "asdfghjkl", "zxcvbnm");

  /** One slip of the keyboard: two letters swapped, one left out, doubled or hit beside. */
  static String typo(RandomnessSource in, String word) {
    if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
      return word;
    }
    int at = Rnd.between(in, 1, word.length() - 2);
    StringBuilder out = new StringBuilder(word);
    switch (Rnd.between(in, 0, 3)) {
      case 0 -> {
        char c = out.charAt(at);
        out.setCharAt(at, out.charAt(at + 1));
        out.setCharAt(at + 1, c);
      }
      case 1 -> {
        if (word.length() >= 5) {
          out.deleteCharAt(at);
        } else {
          out.insert(at, out.charAt(at));
        }
      }
      case 2 -> out.insert(at, out.charAt(at));
      default -> {
        char c = out.charAt(at);
        char lower = Character.toLowerCase(c);
        for (String row : KEYBOARD_ROWS) {
          int i = row.indexOf(lower);
          if (i >= 0) {
            char beside = row.charAt(i + 1 < row.length() ? i + 1 : i - 1);
            out.setCharAt(at, Character.isUpperCase(c) ? Character.toUpperCase(beside) : beside);
            break;
          }
        }
      }
    }
    return out.toString();
  }

  // ------------------------------------------------------------------ transliteration

  private static final Map<Character, String> ICAO = table(
      "а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u ф f "
          + "х kh ц ts ч ch ш sh щ shch ъ ie ы y ь - э e ю iu я ia");
  private static final Map<Character, String> INFORMAL = table(
      "а a б b в v г g д d е e ё yo ж zh з z и i й j к k л l м m н n о o п p р r с s т t у u ф f "
          + "х h ц c ч ch ш sh щ sch ъ - ы y ь ' э e ю ju я ja");

  private static Map<Character, String> table(String pairs) {
    String[] parts = pairs.split(" ");
    Map<Character, String> table = new HashMap<>();
    for (int i = 0; i < parts.length; i += 2) {
      table.put(parts[i].charAt(0), parts[i + 1].equals("-") ? "" : parts[i + 1]);
    }
    return table;
  }

  /** The name in Latin letters by one of three systems, the patronymic often left out. */
  private static PersonName latin(RandomnessSource in, PersonName name) {
    int system = Rnd.between(in, 0, 2);
    String last = latin(name.lastName(), system);
    String first = latin(name.firstName(), system);
    if (name.patronymic().isPresent() && Rnd.chance(in, 30)) {
      return PersonName.of(last, first, latin(name.patronymic().get(), system));
    }
    return Rnd.chance(in, 50) ? PersonName.of(last, first) : PersonName.of(first, last);
  }

  static String latin(String text, int system) {
    List<String> words = new ArrayList<>();
    for (String word : text.split(" ")) {
      List<String> pieces = new ArrayList<>();
      for (String piece : word.split("-")) {
        String latin = system == 0 ? Translit.latin(piece) : table(piece, system == 1 ? ICAO : INFORMAL);
        latin = latin.replace("'", "");
        if (latin.isEmpty() || !latin.chars().anyMatch(Character::isLetter)) {
          latin = Translit.latin(piece);
        }
        pieces.add(latin.isEmpty() ? piece : latin.substring(0, 1).toUpperCase(Locale.ROOT) + latin.substring(1));
      }
      words.add(String.join("-", pieces));
    }
    return String.join(" ", words);
  }

  private static String table(String text, Map<Character, String> table) {
    StringBuilder out = new StringBuilder();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      String latin = table.get(c);
      if (latin == null) {
        if (c < 128 && Character.isLetterOrDigit(c)) {
          out.append(c);
        }
      } else if (c == 'е' && table == INFORMAL && (i == 0 || "аеёиоуыэюяь".indexOf(lower.charAt(i - 1)) >= 0)) {
        out.append("ye");
      } else {
        out.append(latin);
      }
    }
    return out.toString();
  }

  // ------------------------------------------------------------------ companies

  private static final List<String> FORMS = List.of("ООО", "АО", "ЗАО", "ПАО", "ОАО", "ООО ТД", "НАО");
  private static final List<String> FOREIGN_FORMS = List.of("LLC", "Ltd", "JSC", "Inc.", "GmbH");

  /** The name without its legal form and quotes, e.g. "Ромашка" for "ООО «Ромашка»". */
  static String baseOf(String name) {
    int open = name.indexOf('«');
    int close = name.lastIndexOf('»');
    if (open >= 0 && close > open) {
      return name.substring(open + 1, close).strip();
    }
    int quote = name.indexOf('"');
    int last = name.lastIndexOf('"');
    if (quote >= 0 && last > quote) {
      return name.substring(quote + 1, last).strip();
    }
    return name;
  }

  static String companyVariant(RandomnessSource in, String name) {
    String base = baseOf(name);
    if (base.isBlank() || !base.chars().anyMatch(Character::isLetter)) {
      return name;
    }
    return switch (Rnd.between(in, 0, 6)) {
      case 0 -> base;
      case 1 -> Rnd.pick(in, FORMS) + " «" + base + "»";
      case 2 -> Rnd.pick(in, FORMS) + " \"" + base + "\"";
      case 3 -> base + " " + Rnd.pick(in, FORMS);
      case 4 -> "Общество с ограниченной ответственностью «" + base + "»";
      case 5 -> latin(base, Rnd.between(in, 0, 2)) + " " + Rnd.pick(in, FOREIGN_FORMS);
      default -> {
        String[] words = base.split(" ");
        int at = Rnd.between(in, 0, words.length - 1);
        words[at] = typo(in, words[at]);
        yield String.join(" ", words);
      }
    };
  }
}
