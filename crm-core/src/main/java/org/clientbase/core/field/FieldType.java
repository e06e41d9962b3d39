package org.clientbase.core.field;

/** The type of a custom field. */
public enum FieldType {
  /** Free text on one line. */
  STRING,
  /** A whole number. */
  INTEGER,
  /** A decimal number. */
  DECIMAL,
  /** A calendar date. */
  DATE,
  /** Yes or no. */
  BOOLEAN,
  /** One value of a fixed list given by the field's definition. */
  ENUMERATION,
  /** A reference to another entity, of the kind given by the field's definition. */
  REFERENCE
}
