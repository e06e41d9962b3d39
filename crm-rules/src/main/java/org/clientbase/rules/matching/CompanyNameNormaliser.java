package org.clientbase.rules.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.clientbase.rules.matching.internal.Skeleton;

/**
 * Normalises company names for matching: legal forms, quotes and punctuation are removed and the
 * remaining words are folded as {@link NameNormaliser} folds names, so that {@code ООО
 * «Ромашка»}, {@code "Ромашка" ООО} and {@code Romashka LLC} all read {@code romashka}.
 *
 * <p>Removed legal forms: the Russian abbreviations ООО, ОАО, ЗАО, ПАО, НАО, АО, ИП, НКО, АНО,
 * ЧП, ГУП, МУП, ФГУП, ПБОЮЛ and ТД (торговый дом), their Latin spellings (OOO, ZAO, ...), the
 * foreign ones LLC, Ltd, JSC, GmbH, Inc, Corp, Co, PLC, LLP, S.A., B.V., N.V., AG, KG, SRL, SpA,
 * Oy, AB, and the same forms written in full (общество с ограниченной ответственностью,
 * акционерное общество, индивидуальный предприниматель, limited liability company, limited,
 * incorporated, ...), in any case and wherever they stand in the name. A name made of legal
 * forms only keeps its words.
 *
 * <pre>{@code
 * CompanyNameNormaliser.normalise("ООО «Ромашка»");        // "romashka"
 * CompanyNameNormaliser.normalise("Romashka LLC");         // "romashka"
 * CompanyNameNormaliser.normalise("АО \"Северный ветер\""); // "severni veter"
 * CompanyNameNormaliser.key("Ветер Северный");             // "severni veter"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CompanyNameNormaliser {
  private CompanyNameNormaliser() {}

  private static final Set<String> FORMS = Set.of(
      "ооо", "оао", "зао", "пао", "нао", "ао", "ип", "нко", "ано", "чп", "гуп", "муп", "фгуп",
      "пбоюл", "тд", "ooo", "oao", "zao", "pao", "nao", "ao", "ip", "td", "llc", "ltd", "jsc", "gmbh",
      "inc", "corp", "co", "plc", "llp", "sa", "bv", "nv", "ag", "kg", "srl", "spa", "oy", "ab",
      "limited", "incorporated", "corporation");

  private static final List<List<String>> PHRASES = List.of(
      words("общество с ограниченной ответственностью"),
      words("публичное акционерное общество"),
      words("непубличное акционерное общество"),
      words("закрытое акционерное общество"),
      words("открытое акционерное общество"),
      words("акционерное общество"),
      words("индивидуальный предприниматель"),
      words("автономная некоммерческая организация"),
      words("некоммерческая организация"),
      words("торговый дом"),
      words("limited liability company"),
      words("joint stock company"),
      words("public limited company"),
      words("trading house"));

  /**
   * Returns the folded words of a company name without its legal forms, in the order written.
   *
   * @param name the company name as written
   * @return the folded words; empty only if the name has no letter or digit
   */
  public static List<String> tokens(String name) {
    List<String> folded = new ArrayList<>();
    for (String word : plainTokens(name)) {
      String f = Skeleton.fold(word);
      if (!f.isEmpty()) {
        folded.add(f);
      }
    }
    return folded;
  }

  /**
   * Returns the plain words of a company name without its legal forms, in the order written:
   * lower case, Cyrillic written in Latin letters, but not folded.
   *
   * @param name the company name as written
   * @return the plain words; empty only if the name has no letter or digit
   */
  public static List<String> plainTokens(String name) {
    List<String> raw = words(Objects.requireNonNull(name, "name"));
    List<String> kept = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      int phrase = phraseAt(raw, i);
      if (phrase > 0) {
        i += phrase - 1;
        continue;
      }
      if (!FORMS.contains(raw.get(i))) {
        kept.add(raw.get(i));
      }
    }
    List<String> source = kept.isEmpty() ? raw : kept;
    List<String> plain = new ArrayList<>(source.size());
    for (String word : source) {
      plain.addAll(Skeleton.plainWords(word));
    }
    return plain;
  }

  /**
   * Returns the normalised company name: its {@link #tokens(String) tokens} separated by
   * single spaces.
   *
   * @param name the company name as written
   * @return the normalised name
   */
  public static String normalise(String name) {
    return String.join(" ", tokens(name));
  }

  /**
   * Returns a key of the name that does not depend on word order: the tokens sorted and joined
   * by single spaces.
   *
   * @param name the company name as written
   * @return the key
   */
  public static String key(String name) {
    List<String> tokens = new ArrayList<>(tokens(name));
    tokens.sort(null);
    return String.join(" ", tokens);
  }

  /** Lower-case words of letters and digits; dots vanish, so "S.A." is "sa" and "Inc." is "inc". */
  private static List<String> words(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace(".", "");
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019') {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static int phraseAt(List<String> words, int at) {
    for (List<String> phrase : PHRASES) {
      if (at + phrase.size() <= words.size() && words.subList(at, at + phrase.size()).equals(phrase)) {
        return phrase.size();
      }
    }
    return 0;
  }
}
