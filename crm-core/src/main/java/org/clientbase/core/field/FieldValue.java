package org.clientbase.core.field;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.clientbase.core.BusinessTime;
import org.clientbase.core.Checks;
import org.clientbase.core.id.EntityId;

/**
 * The value of a custom field, one case per {@link FieldType}.
 *
 * <p>A value is checked against its field's definition with
 * {@link FieldDefinition#check(FieldValue)}.
 */
public sealed interface FieldValue
    permits FieldValue.Text, FieldValue.Whole, FieldValue.Decimal, FieldValue.Date,
        FieldValue.Flag, FieldValue.Choice, FieldValue.Reference {

  /**
   * Returns the type of field this value belongs to.
   *
   * @return the type
   */
  FieldType type();

  /** The most digits a decimal value may have before, and after, the decimal point. */
  int MAX_DECIMAL_DIGITS = 30;

  private static void checkDecimal(BigDecimal number) {
    Checks.check(number != null, "FieldValue.decimal", null, "must be given");
    Checks.check((long) number.precision() - number.scale() <= MAX_DECIMAL_DIGITS
            && number.scale() <= MAX_DECIMAL_DIGITS, "FieldValue.decimal", number,
        "must have at most " + MAX_DECIMAL_DIGITS + " digits before and after the decimal point");
  }

  /**
   * Returns a text value.
   *
   * @param text the text, not blank; trimmed
   * @return the value
   */
  static FieldValue text(String text) {
    return new Text(Checks.requireText("FieldValue.text", text));
  }

  /**
   * Returns a whole number value.
   *
   * @param number the number
   * @return the value
   */
  static FieldValue whole(long number) {
    return new Whole(number);
  }

  /**
   * Returns a decimal value; trailing zeros are dropped so that 1.50 equals 1.5.
   *
   * @param number the number
   * @return the value
   */
  static FieldValue decimal(BigDecimal number) {
    checkDecimal(number);
    BigDecimal stripped = number.stripTrailingZeros();
    return new Decimal(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
  }

  /**
   * Returns a date value.
   *
   * @param date the date
   * @return the value
   */
  static FieldValue date(LocalDate date) {
    return new Date(date);
  }

  /**
   * Returns a yes-or-no value.
   *
   * @param flag the flag
   * @return the value
   */
  static FieldValue flag(boolean flag) {
    return new Flag(flag);
  }

  /**
   * Returns one value of an enumeration.
   *
   * @param choice the chosen value, not blank
   * @return the value
   */
  static FieldValue choice(String choice) {
    return new Choice(Checks.requireText("FieldValue.choice", choice));
  }

  /**
   * Returns a reference to an entity.
   *
   * @param id the id of the entity
   * @return the value
   */
  static FieldValue reference(EntityId id) {
    return new Reference(id);
  }

  /**
   * A text value.
   *
   * @param text the text
   */
  record Text(String text) implements FieldValue {
    /**
     * Checks the text.
     *
     * @param text the text
     */
    public Text {
      Checks.checkNormalisedText("FieldValue.text", text);
    }

    @Override
    public FieldType type() {
      return FieldType.STRING;
    }
  }

  /**
   * A whole number value.
   *
   * @param number the number
   */
  record Whole(long number) implements FieldValue {
    @Override
    public FieldType type() {
      return FieldType.INTEGER;
    }
  }

  /**
   * A decimal value.
   *
   * @param number the number
   */
  record Decimal(BigDecimal number) implements FieldValue {
    /**
     * Checks the number.
     *
     * @param number the number
     */
    public Decimal {
      checkDecimal(number);
    }

    @Override
    public FieldType type() {
      return FieldType.DECIMAL;
    }
  }

  /**
   * A date value.
   *
   * @param date the date
   */
  record Date(LocalDate date) implements FieldValue {
    /**
     * Checks the date.
     *
     * @param date the date
     */
    public Date {
      BusinessTime.requireDate("FieldValue.date", date);
    }

    @Override
    public FieldType type() {
      return FieldType.DATE;
    }
  }

  /**
   * A yes-or-no value.
   *
   * @param flag the flag
   */
  record Flag(boolean flag) implements FieldValue {
    @Override
    public FieldType type() {
      return FieldType.BOOLEAN;
    }
  }

  /**
   * One value of an enumeration.
   *
   * @param choice the chosen value
   */
  record Choice(String choice) implements FieldValue {
    /**
     * Checks the choice.
     *
     * @param choice the choice
     */
    public Choice {
      Checks.checkNormalisedText("FieldValue.choice", choice);
    }

    @Override
    public FieldType type() {
      return FieldType.ENUMERATION;
    }
  }

  /**
   * A reference to an entity.
   *
   * @param id the id of the entity
   */
  record Reference(EntityId id) implements FieldValue {
    /**
     * Checks the id.
     *
     * @param id the id
     */
    public Reference {
      Checks.check(id != null, "FieldValue.reference", null, "must be given");
    }

    @Override
    public FieldType type() {
      return FieldType.REFERENCE;
    }
  }
}
