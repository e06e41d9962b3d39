package org.clientbase.rules.reminder;

import java.util.Objects;
import org.clientbase.core.Checks;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldType;

/**
 * A custom date field of client or contact person cards whose dates the reminders announce,
 * besides contact persons' birthdays: a company's founding day, a wedding day (yearly), the day
 * a contract ends (once).
 *
 * <p>Immutable and thread-safe.
 *
 * @param card the card type: {@link CardType#CLIENT} or {@link CardType#CONTACT_PERSON}
 * @param key the custom field's key; its values must be {@link FieldType#DATE dates}
 * @param occasion what the reminder calls the date, e.g. "Company anniversary"
 * @param yearly {@code true} if the date comes back every year, {@code false} if it is a
 *     single day
 */
public record DateField(CardType card, String key, String occasion, boolean yearly) {

  /**
   * Checks the parts.
   *
   * @param card the card type
   * @param key the custom field's key
   * @param occasion what the reminder calls the date
   * @param yearly whether the date comes back every year
   * @throws InvalidValueException if the card type has no dates to remember or a text is blank
   */
  public DateField {
    Objects.requireNonNull(card, "card");
    if (card != CardType.CLIENT && card != CardType.CONTACT_PERSON) {
      throw new InvalidValueException("DateField.card", card, "reminders read client and contact person cards only");
    }
    key = Checks.requireText("DateField.key", key);
    occasion = Checks.requireText("DateField.occasion", occasion);
  }

  /**
   * Returns a date that comes back every year.
   *
   * @param card the card type
   * @param key the custom field's key
   * @param occasion what the reminder calls it
   * @return the field
   */
  public static DateField yearly(CardType card, String key, String occasion) {
    return new DateField(card, key, occasion, true);
  }

  /**
   * Returns a date that happens once.
   *
   * @param card the card type
   * @param key the custom field's key
   * @param occasion what the reminder calls it
   * @return the field
   */
  public static DateField once(CardType card, String key, String occasion) {
    return new DateField(card, key, occasion, false);
  }
}
