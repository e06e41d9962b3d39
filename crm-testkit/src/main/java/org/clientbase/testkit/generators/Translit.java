package org.clientbase.testkit.generators;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Transliterates names into the Latin letters people use in email addresses and domains
 * (close to the Russian passport rules of 2014: Щ is shch, Ц is ts, Й is i or y).
 */
final class Translit {
  private static final Map<Character, String> RUSSIAN = Map.ofEntries(
      Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
      Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
      Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
      Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
      Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
      Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
      Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
      Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
      Map.entry('я', "ya"));

  private Translit() {}

  /**
   * Returns the text in lower-case Latin letters, digits and hyphens: Cyrillic transliterated,
   * accents dropped, anything else (spaces, apostrophes, quotes, dots) removed.
   */
  static String latin(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length() + 4);
    for (char c : lower.toCharArray()) {
      String cyrillic = RUSSIAN.get(c);
      if (cyrillic != null) {
        out.append(cyrillic);
      } else {
        out.append(c);
      }
    }
    String decomposed = Normalizer.normalize(out.toString(), Normalizer.Form.NFD);
    StringBuilder ascii = new StringBuilder(decomposed.length());
    for (char c : decomposed.toCharArray()) {
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
        ascii.append(c);
      } else if (c == 'ß') {
        ascii.append("ss");
      }
    }
    return ascii.toString();
  }

  /** Returns the Latin form fit for a domain label: hyphens kept between words. */
  static String domainLabel(String text) {
    String joined = String.join("-", text.strip().split("[\\s\\-]+"));
    String label = latin(joined).replaceAll("-+", "-");
    label = label.replaceAll("^-|-$", "");
    return label.isEmpty() ? "company" : label;
  }
}
