package org.clientbase.core.person;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.InvalidValueException;

/**
 * The full name of a person, in its parts: last name, first name and an optional patronymic,
 * written in the Russian order "Last First Patronymic".
 *
 * <p>Each part is trimmed and single-spaced, contains at least one letter and nothing but
 * letters (of any script), spaces, hyphens, apostrophes and dots, so {@code
 * "Салтыков-Щедрин"}, {@code "O'Neil"} and {@code "Jr."} are accepted. Letter case is kept as
 * given.
 *
 * <pre>{@code
 * PersonName name = PersonName.of("Иванов", "Иван", "Иванович");
 * name.format();   // "Иванов Иван Иванович"
 * name.initials(); // "Иванов И. И."
 * PersonName.parse("Мамедов Рашид Алиев оглы").patronymic(); // Optional[Алиев оглы]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PersonName {
  private static final String FIELD = "PersonName";

  private final String lastName;
  private final String firstName;
  private final String patronymic;

  private PersonName(String lastName, String firstName, String patronymic) {
    this.lastName = lastName;
    this.firstName = firstName;
    this.patronymic = patronymic;
  }

  /**
   * Returns a name without a patronymic.
   *
   * @param lastName the last name (фамилия)
   * @param firstName the first name (имя)
   * @return the name
   * @throws InvalidValueException if a part is {@code null}, blank, has no letter or has a
   *     character other than a letter, space, hyphen, apostrophe or dot
   */
  public static PersonName of(String lastName, String firstName) {
    return new PersonName(
        part(FIELD + ".lastName", lastName), part(FIELD + ".firstName", firstName), null);
  }

  /**
   * Returns a name with a patronymic.
   *
   * @param lastName the last name (фамилия)
   * @param firstName the first name (имя)
   * @param patronymic the patronymic (отчество); use {@link #of(String, String)} when there is
   *     none
   * @return the name
   * @throws InvalidValueException if a part is {@code null}, blank, has no letter or has a
   *     character other than a letter, space, hyphen, apostrophe or dot
   */
  public static PersonName of(String lastName, String firstName, String patronymic) {
    return new PersonName(
        part(FIELD + ".lastName", lastName),
        part(FIELD + ".firstName", firstName),
        part(FIELD + ".patronymic", patronymic));
  }

  /**
   * Reads a full name written in the order "Last First Patronymic".
   *
   * <p>The words are separated by white space: the first word is the last name, the second the
   * first name, and the remaining words, if any, form the patronymic (so that {@code "Мамедов
   * Рашид Алиев оглы"} has the patronymic {@code "Алиев оглы"}). The text of {@link #format()}
   * reads back to an equal name whenever the last and first names are single words; a last
   * name of several words, such as {@code "де ла Торре"}, cannot be told apart from the other
   * parts in one line of text and should be given to {@link #of(String, String, String)}.
   *
   * @param fullName the full name
   * @return the name
   * @throws InvalidValueException if the text is {@code null} or blank, has fewer than two
   *     words, or a part breaks the rules of {@link #of(String, String, String)}
   */
  public static PersonName parse(String fullName) {
    String[] words = Checks.requireText(FIELD, fullName).split(" ");
    if (words.length < 2) {
      throw new InvalidValueException(
          FIELD, fullName, "must have at least a last and a first name");
    }
    if (words.length == 2) {
      return of(words[0], words[1]);
    }
    return of(words[0], words[1], String.join(" ", Arrays.asList(words).subList(2, words.length)));
  }

  private static String part(String field, String text) {
    String part = Checks.requireText(field, text);
    boolean hasLetter = false;
    for (int i = 0; i < part.length(); ) {
      int c = part.codePointAt(i);
      if (Character.isLetter(c)) {
        hasLetter = true;
      } else if (!isAllowedMark(c)) {
        throw new InvalidValueException(
            field, part,
            "character '" + new String(Character.toChars(c))
                + "' is not allowed; use letters, spaces, hyphens, apostrophes and dots");
      }
      i += Character.charCount(c);
    }
    if (!hasLetter) {
      throw new InvalidValueException(field, part, "must contain at least one letter");
    }
    return part;
  }

  private static boolean isAllowedMark(int c) {
    int type = Character.getType(c);
    return c == ' ' || c == '-' || c == '\'' || c == '\u2019' || c == '.'
        // combining accents, as in a decomposed "й"
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Returns the last name (фамилия).
   *
   * @return the last name
   */
  public String lastName() {
    return lastName;
  }

  /**
   * Returns the first name (имя).
   *
   * @return the first name
   */
  public String firstName() {
    return firstName;
  }

  /**
   * Returns the patronymic (отчество), if the person has one.
   *
   * @return the patronymic, or empty
   */
  public Optional<String> patronymic() {
    return Optional.ofNullable(patronymic);
  }

  /**
   * Returns the full name: last name, first name and patronymic, if any, separated by single
   * spaces.
   *
   * @return the full name, e.g. {@code "Иванов Иван Иванович"}
   */
  public String format() {
    return patronymic == null
        ? lastName + " " + firstName
        : lastName + " " + firstName + " " + patronymic;
  }

  /**
   * Returns the last name followed by the initials of the first name and of the patronymic.
   *
   * <p>An initial is the first letter of the part followed by a dot; the parts of a hyphenated
   * first word keep their hyphen ({@code "Анна-Мария"} gives {@code "А.-М."}). Only the first
   * word of a part gives initials, so the patronymic {@code "Алиев оглы"} gives {@code "А."}.
   *
   * @return the short name, e.g. {@code "Иванов И. И."}
   */
  public String initials() {
    StringBuilder text = new StringBuilder(lastName).append(' ').append(initialsOf(firstName));
    if (patronymic != null) {
      text.append(' ').append(initialsOf(patronymic));
    }
    return text.toString();
  }

  private static String initialsOf(String part) {
    String word = part.split(" ")[0];
    StringBuilder initials = new StringBuilder();
    for (String piece : word.split("-")) {
      int letter = piece.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
      if (letter < 0) {
        continue;
      }
      if (initials.length() > 0) {
        initials.append('-');
      }
      initials.appendCodePoint(letter).append('.');
    }
    if (initials.length() == 0) {
      // the first word has no letter (e.g. a lone "-"); fall back to the part's first letter
      initials.appendCodePoint(part.codePoints().filter(Character::isLetter).findFirst().getAsInt())
          .append('.');
    }
    return initials.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PersonName)) {
      return false;
    }
    PersonName that = (PersonName) other;
    return lastName.equals(that.lastName)
        && firstName.equals(that.firstName)
        && Objects.equals(patronymic, that.patronymic);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lastName, firstName, patronymic);
  }

  /**
   * Returns the full name, as {@link #format()} does.
   *
   * @return the full name
   */
  @Override
  public String toString() {
    return format();
  }
}
