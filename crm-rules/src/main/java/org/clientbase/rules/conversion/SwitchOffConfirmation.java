package org.clientbase.rules.conversion;

/**
 * Asks a person to confirm switching leads off, as the default system question does.
 */
@FunctionalInterface
public interface SwitchOffConfirmation {

  /**
   * Asks for confirmation.
   *
   * @param leadsToConvert how many leads not linked to a client or contact person will be
   *     converted into clients; 0 if the setting will simply be turned off
   * @return {@code true} to go on, {@code false} to cancel (nothing changes)
   */
  boolean confirm(long leadsToConvert);
}
