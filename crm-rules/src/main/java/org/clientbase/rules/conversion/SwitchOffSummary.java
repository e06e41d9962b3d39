package org.clientbase.rules.conversion;

import java.util.List;
import java.util.Objects;
import org.clientbase.core.id.LeadId;

/**
 * What switching leads off did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome how it ended
 * @param converted the leads converted by this run
 * @param skipped the leads left unconverted on purpose, with the reason
 * @param failed the leads whose conversion failed, with the error; nothing of theirs was
 *     written
 */
public record SwitchOffSummary(
    Outcome outcome, List<ConversionResult.Converted> converted, List<Skipped> skipped, List<Failed> failed) {

  /** How a switch-off ended. */
  public enum Outcome {
    /** The confirmation was refused; nothing changed. */
    CANCELLED,
    /** Every unlinked lead is converted and the setting is off. */
    SWITCHED_OFF,
    /**
     * Some leads could not be converted; the leads directory stays closed to new leads and
     * running the switch-off again continues where this run stopped.
     */
    INCOMPLETE
  }

  /**
   * A lead left unconverted on purpose.
   *
   * @param lead the lead
   * @param reason why, e.g. the duplicates found
   */
  public record Skipped(LeadId lead, String reason) {
    /**
     * Checks the parts.
     *
     * @param lead the lead
     * @param reason why
     */
    public Skipped {
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A lead whose conversion failed.
   *
   * @param lead the lead
   * @param error the failure's message
   */
  public record Failed(LeadId lead, String error) {
    /**
     * Checks the parts.
     *
     * @param lead the lead
     * @param error the failure's message
     */
    public Failed {
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * Checks the parts.
   *
   * @param outcome how it ended
   * @param converted the leads converted
   * @param skipped the leads skipped
   * @param failed the leads failed
   */
  public SwitchOffSummary {
    Objects.requireNonNull(outcome, "outcome");
    converted = List.copyOf(converted);
    skipped = List.copyOf(skipped);
    failed = List.copyOf(failed);
  }

  @Override
  public String toString() {
    return outcome + ": converted " + converted.size() + ", skipped " + skipped.size() + ", failed " + failed.size();
  }
}
