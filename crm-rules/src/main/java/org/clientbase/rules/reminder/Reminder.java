package org.clientbase.rules.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;

/**
 * A date to remember in the coming days: a contact person's birthday, or a date from a custom
 * field of a client or contact person card.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day it falls on this time (for 29 February in a common year, as the
 *     {@link LeapDayRule} says)
 * @param occasion what is remembered, e.g. "Birthday" or "Company anniversary"
 * @param contactPerson the contact person whose date it is; empty for a client's own date
 * @param name the person's full name or the client's name
 * @param clients the clients concerned that the user may see: the client itself, or the
 *     clients the person is linked to; in id order
 * @param keyPerson whether the person is a key person at one of those clients
 * @param years how many years it will be on {@code date} (the age turned, the anniversary),
 *     when the year is known
 */
public record Reminder(
    LocalDate date, String occasion, Optional<ContactPersonId> contactPerson, String name,
    List<ClientId> clients, boolean keyPerson, Optional<Integer> years) {

  /**
   * Checks the parts.
   *
   * @param date the day
   * @param occasion what is remembered
   * @param contactPerson the contact person
   * @param name the name
   * @param clients the clients concerned
   * @param keyPerson whether the person is a key person
   * @param years the years
   * @throws InvalidValueException if a text is blank or no client is named
   */
  public Reminder {
    Objects.requireNonNull(date, "date");
    occasion = Checks.requireText("Reminder.occasion", occasion);
    Objects.requireNonNull(contactPerson, "contactPerson");
    name = Checks.requireText("Reminder.name", name);
    clients = List.copyOf(clients);
    Objects.requireNonNull(years, "years");
    if (clients.isEmpty()) {
      throw new InvalidValueException("Reminder.clients", "[]", "a reminder concerns at least one client");
    }
  }

  @Override
  public String toString() {
    return date + " " + occasion + ": " + name + years.map(y -> " (" + y + ")").orElse("")
        + (keyPerson ? ", key person" : "") + " " + clients;
  }
}
