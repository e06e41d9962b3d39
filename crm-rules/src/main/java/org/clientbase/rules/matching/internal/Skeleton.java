package org.clientbase.rules.matching.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The spelling-proof form of a word that the name normalisers compare: Cyrillic transliterated,
 * then every common Latin spelling of a Russian sound folded to one, so that {@code Сергей},
 * {@code Sergey}, {@code Sergei} and {@code Sergej} all read {@code sergei}.
 *
 * <p>Two steps. First, letters become lower-case Latin: Cyrillic (Russian, and the Ukrainian and
 * Belarusian letters) by the passport table of 2014 ({@code й} y, {@code х} kh, {@code ц} ts,
 * {@code щ} shch, {@code ю} yu, {@code я} ya, {@code ё} and {@code э} e, {@code ъ} and {@code
 * ь} dropped), accents dropped ({@code ü} u), apostrophes dropped, and anything else that is
 * not a letter or digit a word break. Second, spellings are folded, in this order: {@code
 * shch}, {@code sch} to {@code sh}; {@code tch} to {@code ch}; {@code yo} after a letter and
 * {@code ye} to {@code e}; {@code kh} to {@code h}; {@code ph} to {@code f}; {@code ck} to {@code
 * k}; {@code ts}, {@code tz} to {@code c}; {@code x} to {@code ks}; {@code w} to {@code v};
 * {@code q} to {@code k}; {@code j} and {@code y} to {@code i}; and a doubled letter to one.
 */
public final class Skeleton {
  private Skeleton() {}

  private static final String[] CYRILLIC = new String[0x500];

  static {
    String[][] table = {
        {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"},
        {"ж", "zh"}, {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"},
        {"н", "n"}, {"о", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"},
        {"ф", "f"}, {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"},
        {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"},
        {"і", "i"}, {"ї", "yi"}, {"є", "ye"}, {"ґ", "g"}, {"ў", "u"}};
    for (String[] entry : table) {
      CYRILLIC[entry[0].charAt(0)] = entry[1];
    }
  }

  /**
   * Returns the words of a text in their folded form, in the order they appear.
   *
   * @param text any text
   * @return the folded words; empty if the text has no letter or digit
   */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>(4);
    for (String word : latin(text).split(" ")) {
      if (!word.isEmpty()) {
        String folded = fold(word);
        if (!folded.isEmpty()) {
          words.add(folded);
        }
      }
    }
    return words;
  }

  /**
   * Returns the folded form of a text: its folded words separated by single spaces.
   *
   * @param text any text
   * @return the folded text; empty if the text has no letter or digit
   */
  public static String of(String text) {
    return String.join(" ", words(text));
  }

  /**
   * Returns the plain words of a text: lower case, accents dropped, Cyrillic written in Latin
   * letters letter by letter, but not folded, so that English words stay themselves.
   *
   * @param text any text
   * @return the plain words; empty if the text has no letter or digit
   */
  public static List<String> plainWords(String text) {
    List<String> words = new ArrayList<>(4);
    for (String word : latin(text).split(" ")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * Returns the plain form of a text: its plain words separated by single spaces.
   *
   * @param text any text
   * @return the plain text
   */
  public static String plain(String text) {
    return String.join(" ", plainWords(text));
  }

  /**
   * Tells whether a text has a Cyrillic letter.
   *
   * @param text any text
   * @return {@code true} if it has one
   */
  public static boolean hasCyrillic(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case Latin letters, digits and single spaces. */
  static String latin(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length() + 8);
    boolean space = true;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c < CYRILLIC.length && CYRILLIC[c] != null) {
        out.append(CYRILLIC[c]);
        space = false;
      } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out.append(c);
        space = false;
      } else if (c == '\'' || c == '\u2019' || c == '\u02bc' || c == '`') {
        continue;
      } else if (c == 'ß') {
        out.append("ss");
        space = false;
      } else if (c == 'æ') {
        out.append("ae");
        space = false;
      } else if (c == 'ø' || c == 'œ') {
        out.append('o');
        space = false;
      } else if (Character.isLetter(c)) {
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = base.charAt(0);
        if (first >= 'a' && first <= 'z') {
          out.append(first);
          space = false;
        }
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    return out.toString().strip();
  }

  /**
   * Folds the Latin spellings of one plain word, until folding changes nothing more.
   *
   * @param word a plain word
   * @return the folded word
   */
  public static String fold(String word) {
    String w = word;
    for (int round = 0; round < 4; round++) {
      String folded = foldOnce(w);
      if (folded.equals(w)) {
        break;
      }
      w = folded;
    }
    return w;
  }

  private static String foldOnce(String word) {
    String w = word;
    if (w.indexOf('h') >= 0) {
      w = w.replace("shch", "sh").replace("sch", "sh").replace("tch", "ch");
    }
    if (w.indexOf('y') >= 0) {
      w = replaceYo(w).replace("ye", "e");
    }
    if (w.indexOf('h') >= 0) {
      w = w.replace("kh", "h").replace("ph", "f");
    }
    w = w.replace("ck", "k").replace("ts", "c").replace("tz", "c").replace("x", "ks").replace('w', 'v')
        .replace('q', 'k').replace('j', 'i').replace('y', 'i');
    return collapse(w);
  }

  private static String replaceYo(String w) {
    StringBuilder out = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == 'y' && i > 0 && i + 1 < w.length() && w.charAt(i + 1) == 'o' && Character.isLetter(w.charAt(i - 1))) {
        out.append('e');
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String collapse(String w) {
    StringBuilder out = new StringBuilder(w.length());
    char last = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c != last || Character.isDigit(c)) {
        out.append(c);
      }
      last = c;
    }
    return out.toString();
  }
}
