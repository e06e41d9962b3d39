package org.clientbase.rules.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.person.Birthday;
import org.clientbase.rules.access.RestrictedClients;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.rules.reminder.internal.Occurrences;
import org.clientbase.rules.reminder.internal.Occurrences.Occurrence;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonStore;

/**
 * Reminders of birthdays and other dates of clients and contact persons in the coming days
 * ("Оповещения о днях рождения и других событиях клиента").
 *
 * <p>For a user, the service walks the clients the host's access policy lets that user see (one
 * store page at a time) and the contact persons linked to them, and returns every date that
 * falls in the window: contact persons' birthdays and the {@link DateField custom date fields}
 * configured. A window from {@code from} over {@code days} days holds the dates {@code from}
 * to {@code from + days}, both included, also across 31 December. A date of 29 February falls
 * in a common year where the configured {@link LeapDayRule} says (by default on 28 February).
 * A contact person linked to several clients gets one reminder naming all the visible ones; a
 * contact person linked to no client belongs to nobody's base and is not announced.
 *
 * <pre>{@code
 * ReminderService reminders = ReminderService.builder()
 *     .clientbase(base).accessPolicy(policy).clock(clock)
 *     .leapDayRule(LeapDayRule.MARCH_1)                                        // optional
 *     .addDateField(DateField.yearly(CardType.CLIENT, "foundedOn", "Company anniversary"))
 *     .build();
 * List<Reminder> week = reminders.upcoming(manager, 7);    // today and the next 7 days
 * }</pre>
 *
 * <p>Thread-safe: one instance may be shared by all threads. It keeps no state of its own between
 * calls; what it reads and writes lives in the stores it was given, so it is as safe as they are.
 */
public final class ReminderService {
  /** The most days a window may span. */
  public static final int MAX_DAYS = 366;
  /** What a birthday reminder is called unless configured. */
  public static final String BIRTHDAY = "Birthday";

  private final ClientStore clients;
  private final ContactPersonStore contactPersons;
  private final RestrictedClients restricted;
  private final Clock clock;
  private final LeapDayRule leapDayRule;
  private final List<DateField> dateFields;
  private final boolean keyPersonsOnly;
  private final String birthdayOccasion;
  private final int pageSize;

  private ReminderService(Builder b) {
    Clientbase base = b.parts.clientbase();
    this.clients = base.clientStore();
    this.contactPersons = base.contactPersonStore();
    AccessPolicy policy = b.parts.accessPolicy();
    this.clock = b.parts.clock();
    this.leapDayRule = b.leapDayRule == null ? LeapDayRule.FEBRUARY_28 : b.leapDayRule;
    this.dateFields = List.copyOf(b.dateFields.values());
    this.keyPersonsOnly = b.keyPersonsOnly;
    this.birthdayOccasion = b.birthdayOccasion == null ? BIRTHDAY : b.birthdayOccasion;
    this.pageSize = b.parts.pageSizeOr(RestrictedClients.DEFAULT_PAGE_SIZE);
    this.restricted = RestrictedClients.of(clients, policy).withPageSize(pageSize);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rule for 29 February in common years.
   *
   * @return the rule
   */
  public LeapDayRule leapDayRule() {
    return leapDayRule;
  }

  /**
   * Returns the reminders from today (in the clock's zone) over the coming days.
   *
   * @param user the user asking
   * @param days how many days after today the window reaches, from 0 (today only) to
   *     {@value #MAX_DAYS}
   * @return the reminders by date, then name
   * @throws InvalidValueException if {@code days} is out of bounds
   */
  public List<Reminder> upcoming(UserId user, int days) {
    return upcoming(user, LocalDate.ofInstant(clock.instant(), clock.getZone()), days);
  }

  /**
   * Returns the reminders from a date over the coming days.
   *
   * @param user the user asking
   * @param from the first day of the window
   * @param days how many days after {@code from} the window reaches, from 0 to
   *     {@value #MAX_DAYS}
   * @return the reminders by date, then name
   * @throws InvalidValueException if {@code days} is out of bounds
   */
  public List<Reminder> upcoming(UserId user, LocalDate from, int days) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(from, "from");
    if (days < 0 || days > MAX_DAYS) {
      throw new InvalidValueException("ReminderService.upcoming days", days, "must be from 0 to " + MAX_DAYS);
    }
    LocalDate to = from.plusDays(days);
    Map<String, Draft> found = new LinkedHashMap<>();
    List<Client> page = new ArrayList<>(pageSize);
    restricted.forEach(user, client -> {
      page.add(client.value());
      if (page.size() == pageSize) {
        collect(page, from, to, found);
        page.clear();
      }
    });
    collect(page, from, to, found);
    return found.values().stream()
        .map(Draft::reminder)
        .sorted(Comparator.comparing(Reminder::date).thenComparing(Reminder::name)
            .thenComparing(r -> r.contactPerson().map(ContactPersonId::value).orElse(""))
            .thenComparing(Reminder::occasion))
        .toList();
  }

  /** Adds the reminders of one page of visible clients and of the persons linked to them. */
  private void collect(List<Client> page, LocalDate from, LocalDate to, Map<String, Draft> found) {
    if (page.isEmpty()) {
      return;
    }
    Map<ContactPersonId, List<ClientContact>> links = new LinkedHashMap<>();
    Map<ContactPersonId, Set<ClientId>> linkedClients = new LinkedHashMap<>();
    for (Client client : page) {
      for (DateField field : fields(CardType.CLIENT)) {
        for (Occurrence o : occurrences(client.customFields().get(field.key()), field, from, to)) {
          found.computeIfAbsent("c|" + client.id().value() + "|" + field.key() + "|" + o.date(),
              k -> new Draft(o, field.occasion(), Optional.empty(), client.name())).add(client.id(), false);
        }
      }
      for (ClientContact link : client.contacts()) {
        if (!keyPersonsOnly || link.keyPerson()) {
          links.computeIfAbsent(link.contactPerson(), k -> new ArrayList<>()).add(link);
          linkedClients.computeIfAbsent(link.contactPerson(), k -> new TreeSet<>()).add(client.id());
        }
      }
    }
    if (links.isEmpty()) {
      return;
    }
    Map<ContactPersonId, Versioned<ContactPerson>> people = contactPersons.findAll(links.keySet());
    for (Map.Entry<ContactPersonId, List<ClientContact>> entry : links.entrySet()) {
      Versioned<ContactPerson> stored = people.get(entry.getKey());
      if (stored == null) {
        continue;
      }
      ContactPerson person = stored.value();
      boolean key = entry.getValue().stream().anyMatch(ClientContact::keyPerson);
      Set<ClientId> concerned = linkedClients.get(entry.getKey());
      List<Occurrence> birthdays = person.birthday()
          .map(b -> Occurrences.yearly(b, leapDayRule, from, to)).orElse(List.of());
      for (Occurrence o : birthdays) {
        draft(found, person, "birthday", birthdayOccasion, o).addAll(concerned, key);
      }
      for (DateField field : fields(CardType.CONTACT_PERSON)) {
        for (Occurrence o : occurrences(person.customFields().get(field.key()), field, from, to)) {
          draft(found, person, "field " + field.key(), field.occasion(), o).addAll(concerned, key);
        }
      }
    }
  }

  private static Draft draft(Map<String, Draft> found, ContactPerson person, String what, String occasion, Occurrence o) {
    return found.computeIfAbsent("p|" + person.id().value() + "|" + what + "|" + o.date(),
        k -> new Draft(o, occasion, Optional.of(person.id()), person.name().toString()));
  }

  private List<DateField> fields(CardType card) {
    return dateFields.stream().filter(f -> f.card() == card).toList();
  }

  private List<Occurrence> occurrences(FieldValue value, DateField field, LocalDate from, LocalDate to) {
    if (!(value instanceof FieldValue.Date date)) {
      return List.of();
    }
    return field.yearly()
        ? Occurrences.yearly(Birthday.of(date.date()), leapDayRule, from, to)
        : Occurrences.once(date.date(), from, to);
  }

  /** A reminder being gathered, possibly from several clients. */
  private static final class Draft {
    private final Occurrence occurrence;
    private final String occasion;
    private final Optional<ContactPersonId> person;
    private final String name;
    private final Set<ClientId> clients = new TreeSet<>();
    private boolean keyPerson;

    Draft(Occurrence occurrence, String occasion, Optional<ContactPersonId> person, String name) {
      this.occurrence = occurrence;
      this.occasion = occasion;
      this.person = person;
      this.name = name;
    }

    void add(ClientId client, boolean key) {
      clients.add(client);
      keyPerson |= key;
    }

    void addAll(Set<ClientId> more, boolean key) {
      clients.addAll(more);
      keyPerson |= key;
    }

    Reminder reminder() {
      return new Reminder(occurrence.date(), occasion, person, name, List.copyOf(clients), keyPerson,
          occurrence.years());
    }
  }

  /** Builds a {@link ReminderService}; settings are validated as they are given. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("ReminderService");
    private final BuilderChecks checks = parts.checks();
    private LeapDayRule leapDayRule;
    private final Map<String, DateField> dateFields = new LinkedHashMap<>();
    private boolean keyPersonsOnly;
    private String birthdayOccasion;

    private Builder() {}

    /**
     * Sets the host's client base: its client and contact person stores (required).
     *
     * @param base the client base
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder clientbase(Clientbase base) {
      parts.clientbase(base);
      return this;
    }

    /**
     * Sets the host's access policy (required).
     *
     * @param policy the policy
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder accessPolicy(AccessPolicy policy) {
      parts.accessPolicy(policy);
      return this;
    }

    /**
     * Sets the clock that says which day is today (required).
     *
     * @param value the clock
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder clock(Clock value) {
      parts.clock(value);
      return this;
    }

    /**
     * Sets where 29 February falls in a common year; {@link LeapDayRule#FEBRUARY_28} unless
     * set.
     *
     * @param rule the rule
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder leapDayRule(LeapDayRule rule) {
      leapDayRule = checks.once("leapDayRule", leapDayRule, rule);
      return this;
    }

    /**
     * Adds a custom date field whose dates are announced.
     *
     * @param field the field
     * @return this builder
     * @throws InvalidValueException if the same card type's field was added before
     */
    public Builder addDateField(DateField field) {
      Objects.requireNonNull(field, "field");
      String key = field.card() + "." + field.key();
      if (dateFields.containsKey(key)) {
        throw checks.invalid("dateFields", key, "was already added");
      }
      dateFields.put(key, field);
      return this;
    }

    /**
     * Announces only the dates of key persons (and clients' own dates); all linked contact
     * persons unless set.
     *
     * @param only whether to leave out contact persons who are not key persons
     * @return this builder
     */
    public Builder keyPersonsOnly(boolean only) {
      keyPersonsOnly = only;
      return this;
    }

    /**
     * Sets what a birthday reminder is called; {@value ReminderService#BIRTHDAY} unless set.
     *
     * @param occasion the text, e.g. "День рождения"
     * @return this builder
     * @throws InvalidValueException if blank or already set
     */
    public Builder birthdayOccasion(String occasion) {
      String text = occasion == null ? null : org.clientbase.core.Checks.requireText("ReminderService.birthdayOccasion", occasion);
      birthdayOccasion = checks.once("birthdayOccasion", birthdayOccasion, text);
      return this;
    }

    /**
     * Sets how many clients one store read asks for; {@value RestrictedClients#DEFAULT_PAGE_SIZE}
     * unless set.
     *
     * @param size the page size, from 1 to 100 000
     * @return this builder
     * @throws InvalidValueException if out of bounds or already set
     */
    public Builder pageSize(int size) {
      parts.pageSize(size);
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws MissingValuesException naming every required setting not set
     */
    public ReminderService build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.ACCESS_POLICY, ServiceParts.CLOCK).check();
      return new ReminderService(this);
    }
  }
}
