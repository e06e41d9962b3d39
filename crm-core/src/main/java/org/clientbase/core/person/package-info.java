/**
 * Facts about a person: the {@link org.clientbase.core.person.PersonName} in its Russian parts
 * (last name, first name, patronymic) and the {@link org.clientbase.core.person.Birthday}, whose
 * year may be unknown.
 *
 * <pre>{@code
 * PersonName name = PersonName.parse("  Иванов   Иван Иванович ");
 * name.format();   // "Иванов Иван Иванович"
 * name.initials(); // "Иванов И. И."
 * }</pre>
 */
package org.clientbase.core.person;
