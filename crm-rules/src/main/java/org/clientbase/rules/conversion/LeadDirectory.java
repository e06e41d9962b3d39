package org.clientbase.rules.conversion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.Progress;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.event.DomainEventListener;
import org.clientbase.spi.store.LeadStore;
import org.clientbase.spi.store.SettingsStore;

/**
 * The leads directory and its "Use leads" setting .
 *
 * <p>While leads are used, {@link #create(Lead)} adds leads. {@link #switchOff}, on behalf of a
 * user, asks for confirmation; a refusal changes nothing. On confirmation the directory is
 * closed to new leads at once, every lead not linked to a client or contact person is converted, each in its
 * own unit of work together with its "converted" mark, and then the setting is turned off. With
 * no such lead the setting is simply turned off. No lead is ever deleted.
 * {@link #switchOn()} reopens the directory.
 *
 * <p>Access: leads are not restricted by the host's access policy, so creating a lead and
 * turning the setting on need no user. Converting does: the switch-off converts as the user who
 * switches leads off, with that user's rights (see {@link LeadConverter}).
 *
 * <p>Listeners added with {@link Builder#addListener} hear a {@link LeadCreated} event for each new
 * lead, e.g. {@link org.clientbase.rules.task.TaskAutomation}, which gives the responsible
 * manager the task "Contact the client" .
 *
 * <p>The switch-off can be interrupted at any point (a host store failing, the process dying)
 * and run again: converted leads are linked and are skipped, so no lead is lost and none is
 * converted twice; a lead's client and contact person are created in the same unit of work as
 * its mark, so no client is left without its contact person.
 *
 * <p>The setting is stored through the {@link SettingsStore} under {@value #SETTING}: {@code
 * "on"} (also when absent), {@code "switching-off"} while a switch-off has not finished, and
 * {@code "off"}.
 *
 * <p>Thread-safe: one instance may be shared by all threads. It keeps no state of its own between
 * calls; what it reads and writes lives in the stores it was given, so it is as safe as they are.
 */
public final class LeadDirectory {
  /** The settings key of the "Use leads" setting. */
  public static final String SETTING = "leads.use";

  private static final String ON = "on";
  private static final String SWITCHING_OFF = "switching-off";
  private static final String OFF = "off";
  private static final int PAGE = 500;

  private final LeadStore leads;
  private final SettingsStore settings;
  private final LeadConverter converter;
  private final ConversionOptions options;
  private final List<DomainEventListener> listeners;
  private final CardConfiguration leadCard;

  private LeadDirectory(Builder b) {
    Clientbase base = b.parts.clientbase();
    this.leads = base.leadStore();
    this.settings = base.settingsStore();
    this.converter = b.converter;
    this.options = b.options == null ? ConversionOptions.defaults() : b.options;
    this.listeners = List.copyOf(b.listeners);
    this.leadCard = BuilderChecks.cardOrNone(b.leadCard, CardType.LEAD);
  }

  /**
   * Returns a builder.
   *
   * <pre>{@code
   * LeadDirectory directory = LeadDirectory.builder()
   *     .clientbase(base).converter(converter)
   *     .addListener(taskAutomation)   // a new lead gives "Contact the client" in 2 hours
   *     .build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private String state() {
    return settings.get(SETTING).orElse(ON);
  }

  /**
   * Tells whether leads are used: the directory is open to new leads.
   *
   * @return {@code true} when the setting is on
   */
  public boolean leadsEnabled() {
    return state().equals(ON);
  }

  /**
   * Creates a lead, then notifies the listeners with {@link LeadCreated}.
   *
   * @param lead the new lead
   * @return the stored lead
   * @throws LeadsDisabledException if leads are switched off or being switched off
   * @throws org.clientbase.spi.DuplicateIdException if the id is taken
   * @throws InvalidValueException naming the lead, the field and the value if a custom value does
   *     not fit the {@link Builder#leadCard(CardConfiguration) configuration of lead cards};
   *     nothing is written
   */
  public Versioned<Lead> create(Lead lead) {
    Objects.requireNonNull(lead, "lead");
    String state = state();
    if (!state.equals(ON)) {
      throw new LeadsDisabledException(lead.id(), state.equals(OFF) ? "off" : "being switched off");
    }
    lead.check(leadCard);
    Versioned<Lead> stored = leads.insert(lead);
    if (!listeners.isEmpty()) {
      LeadConverter.publish(listeners, new LeadCreated(converter.clock().instant(), stored.value()));
    }
    return stored;
  }

  /** Turns the "Use leads" setting on again, reopening the directory. No lead was deleted. */
  public void switchOn() {
    settings.put(SETTING, ON);
  }

  /**
   * Switches leads off on behalf of a user: asks for confirmation, converts every unlinked lead
   * as that user, then turns the setting off.
   *
   * <p>Each conversion is the user's, with the user's rights: with
   * {@link DuplicatePolicy#CONVERT_INTO_MATCH} a lead is converted into an existing client only
   * when the user may edit it, and a lead whose best match the user may not edit is skipped with
   * the gate's report, which shows only the clients the user may see. The switch-off is then
   * {@link SwitchOffSummary.Outcome#INCOMPLETE}, and a user who may edit those clients (or an
   * administrator) runs it again.
   *
   * @param user the user switching leads off; the conversions and their card history are theirs
   * @param confirmation asked once, with the number of leads to convert
   * @param progress receives progress after each page of leads
   * @return the summary; {@link SwitchOffSummary.Outcome#INCOMPLETE} if some leads failed or were
   *     skipped
   */
  public SwitchOffSummary switchOff(UserId user, SwitchOffConfirmation confirmation, ProgressListener progress) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(confirmation, "confirmation");
    Objects.requireNonNull(progress, "progress");
    long unlinked = countUnlinked();
    if (!confirmation.confirm(unlinked)) {
      return new SwitchOffSummary(SwitchOffSummary.Outcome.CANCELLED, List.of(), List.of(), List.of());
    }
    if (unlinked == 0) {
      settings.put(SETTING, OFF);
      return new SwitchOffSummary(SwitchOffSummary.Outcome.SWITCHED_OFF, List.of(), List.of(), List.of());
    }
    settings.put(SETTING, SWITCHING_OFF);

    List<ConversionResult.Converted> converted = new ArrayList<>();
    List<SwitchOffSummary.Skipped> skipped = new ArrayList<>();
    List<SwitchOffSummary.Failed> failed = new ArrayList<>();
    long done = 0;
    Optional<LeadId> after = Optional.empty();
    while (true) {
      List<Versioned<Lead>> page = leads.page(after, PAGE);
      for (Versioned<Lead> stored : page) {
        Lead lead = stored.value();
        if (lead.isLinked()) {
          continue;
        }
        try {
          ConversionResult result = converter.convert(user, lead.id(), options);
          if (result instanceof ConversionResult.Converted c) {
            converted.add(c);
          } else {
            skipped.add(new SwitchOffSummary.Skipped(lead.id(), result.toString()));
          }
        } catch (RuntimeException e) {
          failed.add(new SwitchOffSummary.Failed(lead.id(), String.valueOf(e.getMessage())));
        }
        done++;
        report(progress, done, failed.size(), unlinked);
      }
      if (page.size() < PAGE) {
        break;
      }
      after = Optional.of(page.get(page.size() - 1).value().id());
    }
    boolean complete = failed.isEmpty() && skipped.isEmpty();
    if (complete) {
      settings.put(SETTING, OFF);
    }
    return new SwitchOffSummary(
        complete ? SwitchOffSummary.Outcome.SWITCHED_OFF : SwitchOffSummary.Outcome.INCOMPLETE,
        converted, skipped, failed);
  }

  private static void report(ProgressListener progress, long done, long failed, long total) {
    try {
      progress.onProgress(new Progress("lead conversion", done, failed, OptionalLong.of(Math.max(total, done))));
    } catch (RuntimeException ignored) {
      // a broken progress display must not stop the switch-off
    }
  }

  private long countUnlinked() {
    long count = 0;
    Optional<LeadId> after = Optional.empty();
    while (true) {
      List<Versioned<Lead>> page = leads.page(after, PAGE);
      for (Versioned<Lead> lead : page) {
        if (!lead.value().isLinked()) {
          count++;
        }
      }
      if (page.size() < PAGE) {
        return count;
      }
      after = Optional.of(page.get(page.size() - 1).value().id());
    }
  }

  /** Builds a {@link LeadDirectory}; settings are validated as they are given. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("LeadDirectory");
    private final BuilderChecks checks = parts.checks();
    private LeadConverter converter;
    private ConversionOptions options;
    private CardConfiguration leadCard;
    private final List<DomainEventListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the host's client base: its lead store and its settings store (required).
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
     * Sets the converter the switch-off converts leads with (required).
     *
     * @param value the converter
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder converter(LeadConverter value) {
      converter = checks.once("converter", converter, value);
      return this;
    }

    /**
     * Sets the options of every conversion of a switch-off (e.g. a duplicate policy or a
     * responsible manager); {@link ConversionOptions#defaults()} unless set.
     *
     * @param value the options; must not name an existing client
     * @return this builder
     * @throws InvalidValueException if {@code null}, already set, or naming an existing client
     */
    public Builder options(ConversionOptions value) {
      if (value != null && value.intoClient().isPresent()) {
        throw checks.invalid("options.intoClient", value.intoClient().get(),
            "a switch-off converts each lead into its own client");
      }
      options = checks.once("options", options, value);
      return this;
    }

    /**
     * Sets the host's configuration of lead cards: a lead created must fit it. Optional; {@link
     * CardConfiguration#withoutCustomFields(CardType) no custom fields} by default.
     *
     * @param value the configuration of lead cards
     * @return this builder
     * @throws InvalidValueException if {@code null}, already set, or not for lead cards
     */
    public Builder leadCard(CardConfiguration value) {
      leadCard = checks.card("leadCard", leadCard, value, CardType.LEAD);
      return this;
    }

    /**
     * Adds a listener notified with {@link LeadCreated} after each lead the directory stores. A
     * throwing listener is logged and does not undo the lead; the other listeners are still
     * notified.
     *
     * @param listener the listener
     * @return this builder
     * @throws InvalidValueException if {@code null}
     */
    public Builder addListener(DomainEventListener listener) {
      listeners.add(checks.once("listener", null, listener));
      return this;
    }

    /**
     * Builds the directory.
     *
     * @return the directory
     * @throws MissingValuesException naming every required setting not set
     */
    public LeadDirectory build() {
      parts.required(ServiceParts.CLIENTBASE).part("converter", converter).check();
      return new LeadDirectory(this);
    }
  }
}
