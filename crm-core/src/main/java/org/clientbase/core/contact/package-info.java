/**
 * Ways to reach a person or an organisation: {@link org.clientbase.core.contact.Phone},
 * {@link org.clientbase.core.contact.Email} and {@link org.clientbase.core.contact.PostalAddress}.
 *
 * <p>Each value is normalised when it is made, so that two ways of writing the same contact
 * give equal values; input that cannot be read is refused with an
 * {@link org.clientbase.core.InvalidValueException} naming the field, the value and the rule:
 *
 * <pre>{@code
 * Phone.parse("8 (916) 123-45-67").equals(Phone.parse("+7 916 1234567")); // true
 * Email.of("Ivan@Example.RU").address();                                 // "Ivan@example.ru"
 * }</pre>
 */
package org.clientbase.core.contact;
