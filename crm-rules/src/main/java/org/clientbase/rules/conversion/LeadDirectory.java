package org.clientbase.rules.conversion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.lead.Lead;
import org.clientbase.spi.Progress;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.event.DomainEventListener;
import org.clientbase.spi.store.LeadStore;
import org.clientbase.spi.store.SettingsStore;

/**
 * The leads directory and its "Use leads" setting .
 *
 * <p>While leads are used, {@link #create(Lead)} adds leads. {@link #switchOff} asks for
 * confirmation; a refusal changes nothing. On confirmation the directory is closed to new
 * leads at once, every lead not linked to a client or contact person is converted, each in its
 * own unit of work together with its "converted" mark, and then the setting is turned off. With
 * no such lead the setting is simply turned off. No lead is ever deleted.
 * {@link #switchOn()} reopens the directory.
 *
 * <p>Listeners added with {@link #withListener} hear a {@link LeadCreated} event for each new
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

  private LeadDirectory(
      LeadStore leads,
      SettingsStore settings,
      LeadConverter converter,
      ConversionOptions options,
      List<DomainEventListener> listeners) {
    this.leads = Objects.requireNonNull(leads, "leads");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.converter = Objects.requireNonNull(converter, "converter");
    this.options = Objects.requireNonNull(options, "options");
    this.listeners = List.copyOf(listeners);
    if (options.intoClient().isPresent()) {
      throw new InvalidValueException(
          "LeadDirectory options.intoClient", options.intoClient().get(),
          "a switch-off converts each lead into its own client");
    }
  }

  /**
   * Returns the directory.
   *
   * @param leads the lead store
   * @param settings the settings store
   * @param converter the converter used by the switch-off
   * @return the directory
   */
  public static LeadDirectory of(LeadStore leads, SettingsStore settings, LeadConverter converter) {
    return new LeadDirectory(leads, settings, converter, ConversionOptions.defaults(), List.of());
  }

  /**
   * Returns the directory, converting on switch-off with the given options (e.g. a duplicate
   * policy or a responsible manager).
   *
   * @param leads the lead store
   * @param settings the settings store
   * @param converter the converter used by the switch-off
   * @param options the options of every conversion; must not name an existing client
   * @return the directory
   */
  public static LeadDirectory of(
      LeadStore leads, SettingsStore settings, LeadConverter converter, ConversionOptions options) {
    return new LeadDirectory(leads, settings, converter, options, List.of());
  }

  /**
   * Returns a directory that also notifies a listener with {@link LeadCreated} after each lead
   * it stores. A throwing listener is logged and does not undo the lead; the other listeners
   * are still notified.
   *
   * <pre>{@code
   * LeadDirectory directory = LeadDirectory.of(leadStore, settingsStore, converter)
   *     .withListener(taskAutomation);   // a new lead gives "Contact the client" in 2 hours
   * }</pre>
   *
   * @param listener the listener
   * @return a directory over the same stores with the listener added after the current ones
   */
  public LeadDirectory withListener(DomainEventListener listener) {
    Objects.requireNonNull(listener, "listener");
    List<DomainEventListener> more = new ArrayList<>(listeners);
    more.add(listener);
    return new LeadDirectory(leads, settings, converter, options, more);
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
   */
  public Versioned<Lead> create(Lead lead) {
    Objects.requireNonNull(lead, "lead");
    String state = state();
    if (!state.equals(ON)) {
      throw new LeadsDisabledException(lead.id(), state.equals(OFF) ? "off" : "being switched off");
    }
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
   * Switches leads off: asks for confirmation, converts every unlinked lead, then turns the
   * setting off.
   *
   * @param confirmation asked once, with the number of leads to convert
   * @param progress receives progress after each page of leads
   * @return the summary; {@link SwitchOffSummary.Outcome#INCOMPLETE} if some leads failed
   */
  public SwitchOffSummary switchOff(SwitchOffConfirmation confirmation, ProgressListener progress) {
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
          ConversionResult result = converter.convert(lead.id(), options);
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
}
