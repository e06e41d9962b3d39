package org.clientbase.rules.conversion;

import org.clientbase.core.ClientbaseException;
import org.clientbase.core.id.LeadId;

/** A lead was to be created while the "Use leads" setting is off or being switched off. */
public class LeadsDisabledException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param lead the lead that was to be created
   * @param state the setting's state, e.g. {@code "off"}
   */
  public LeadsDisabledException(LeadId lead, String state) {
    super("lead " + lead + " cannot be created: the \"Use leads\" setting is " + state
        + "; turn it on again to reopen the leads directory");
  }
}
