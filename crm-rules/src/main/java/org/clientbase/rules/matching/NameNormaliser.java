package org.clientbase.rules.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clientbase.core.person.PersonName;
import org.clientbase.rules.matching.internal.Skeleton;

/**
 * Normalises person names for matching: letter case, {@code ё} and {@code е}, spacing,
 * punctuation and the common ways of writing Russian names in Latin letters all disappear, so
 * that {@code Сергей Иванов}, {@code Sergey Ivanov} and {@code SERGEI IVANOV} read the same.
 *
 * <p>Every word is reduced to its <em>folded</em> form: Cyrillic is transliterated, accents and
 * apostrophes are dropped, and the Latin spellings of one Russian sound are folded to one
 * ({@code y}, {@code i} and {@code j} to {@code i}; {@code kh} to {@code h}; {@code ts} to
 * {@code c}; {@code shch} and {@code sch} to {@code sh}; {@code ye} and {@code yo} to {@code e};
 * {@code x} to {@code ks}; a doubled letter to one). So {@code Юлия}, {@code Yulia}, {@code
 * Yuliya} and {@code Iuliia} all read {@code iulia}; {@code Щербаков} and {@code Shcherbakov}
 * read {@code sherbakov}; {@code Фёдор} and {@code Fyodor} read {@code fedor}.
 *
 * <p>The order of the parts is not normalised here: the matcher compares the parts of two names
 * in the order they are written and with the last and first names swapped, and takes the better.
 *
 * <pre>{@code
 * NameNormaliser.normalise("Сергей Иванов");                       // "sergei ivanov"
 * NameNormaliser.parts(PersonName.parse("Иванов Сергей Петрович")); // [ivanov, sergei, petrovich]
 * NameNormaliser.key(PersonName.of("Sergei", "Ivanov"));           // "ivanov sergei"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class NameNormaliser {
  private NameNormaliser() {}

  /**
   * Returns the folded form of a text: its words folded, separated by single spaces.
   *
   * @param text any text, e.g. a name or one part of it
   * @return the folded text; empty if the text has no letter or digit
   */
  public static String normalise(String text) {
    return Skeleton.of(Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns the folded parts of a name: last name, first name and, if there is one, the
   * patronymic. A part of several words keeps them, separated by single spaces.
   *
   * @param name the name
   * @return two or three folded parts
   */
  public static List<String> parts(PersonName name) {
    Objects.requireNonNull(name, "name");
    List<String> parts = new ArrayList<>(3);
    parts.add(normalise(name.lastName()));
    parts.add(normalise(name.firstName()));
    name.patronymic().ifPresent(p -> parts.add(normalise(p)));
    return parts;
  }

  /**
   * Returns a key of the name that does not depend on the order of the last and first names:
   * the two folded parts sorted and joined by a space. The patronymic is left out, since it is
   * often missing in one spelling.
   *
   * @param name the name
   * @return the key, e.g. {@code "ivanov sergei"} for both {@code Иванов Сергей} and {@code
   *     Sergey Ivanov}
   */
  public static String key(PersonName name) {
    List<String> parts = parts(name);
    String a = parts.get(0);
    String b = parts.get(1);
    return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
  }

  /**
   * Tells whether a part of a name is written as initials, such as {@code "И."} or {@code
   * "А.-М."}: it has a dot and every run of letters in it is one letter long.
   *
   * @param part a part of a name as written
   * @return {@code true} for initials
   */
  public static boolean isInitial(String part) {
    Objects.requireNonNull(part, "part");
    if (part.indexOf('.') < 0) {
      return false;
    }
    int run = 0;
    boolean any = false;
    for (int i = 0; i < part.length(); i++) {
      if (Character.isLetter(part.charAt(i))) {
        run++;
        any = true;
        if (run > 1) {
          return false;
        }
      } else {
        run = 0;
      }
    }
    return any;
  }
}
