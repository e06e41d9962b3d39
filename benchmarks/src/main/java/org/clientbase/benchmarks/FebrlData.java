package org.clientbase.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.person.Birthday;
import org.clientbase.rules.matching.MatchCard;
import org.clientbase.rules.matching.MatchCardBuilder;

/**
 * A FEBRL data set read into match cards, with the truth: the pairs of records of one person,
 * known from the ids {@code rec-N-org} and {@code rec-N-dup-K}. The social security number is
 * read as the card's tax id; an address by its parts; a date of birth that is no date is left
 * out.
 *
 * @param cards the cards, in the file's order
 * @param truth the true duplicate pairs, each as the two ids joined by a space, smaller first
 */
record FebrlData(List<MatchCard> cards, Set<String> truth) {

  static FebrlData read(String resource) {
    InputStream in = FebrlData.class.getResourceAsStream("/febrl/" + resource);
    if (in == null) {
      throw new IllegalArgumentException("no data set " + resource + " on the class path");
    }
    List<MatchCard> cards = new ArrayList<>();
    Map<String, List<String>> byPerson = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] v = line.split(",", -1);
        for (int i = 0; i < v.length; i++) {
          v[i] = v[i].strip();
        }
        String id = v[0];
        cards.add(card(v));
        byPerson.computeIfAbsent(id.split("-")[1], k -> new ArrayList<>()).add(id);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> truth = new HashSet<>();
    for (List<String> ids : byPerson.values()) {
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          truth.add(pair(ids.get(i), ids.get(j)));
        }
      }
    }
    return new FebrlData(List.copyOf(cards), Set.copyOf(truth));
  }

  /**
   * Reads one row of a FEBRL file: id, given name, surname, street number, address 1 and 2,
   * suburb, postcode, state, date of birth, social security number.
   */
  static MatchCard card(String[] v) {
    MatchCardBuilder card = MatchCard.builder(ContactPersonId.of(v[0]), CardType.CONTACT_PERSON);
    if (!v[1].isEmpty() || !v[2].isEmpty()) {
      card.name(v[2], v[1]);
    }
    card.address(new MatchCard.Address(v[7], "", v[6], v[4], v[3], v[5]));
    birthday(v[9]).ifPresent(card::birthday);
    card.taxId(v[10]);
    return card.build();
  }

  static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }

  private static java.util.Optional<Birthday> birthday(String text) {
    if (text.length() != 8) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Birthday.of(LocalDate.of(Integer.parseInt(text.substring(0, 4)),
          Integer.parseInt(text.substring(4, 6)), Integer.parseInt(text.substring(6)))));
    } catch (NumberFormatException | DateTimeException e) {
      return java.util.Optional.empty();
    }
  }
}
