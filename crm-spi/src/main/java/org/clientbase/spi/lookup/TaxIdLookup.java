package org.clientbase.spi.lookup;

import java.util.Optional;
import org.clientbase.core.tax.Inn;

/**
 * Looks up a counterparty's requisites by taxpayer number in a registry the host has access
 * to, so that a card can be filled from the INN alone.
 *
 * <p>May be slow or fail (a remote service): the library calls it outside any unit of work and
 * reports a failure to the caller without changing anything.
 */
@FunctionalInterface
public interface TaxIdLookup {

  /**
   * Looks up the requisites.
   *
   * @param inn the taxpayer number
   * @return the requisites, or empty if the registry does not know the INN
   * @throws RuntimeException any exception when the registry cannot be reached; the library
   *     passes it to its caller and changes nothing
   */
  Optional<CounterpartyRequisites> find(Inn inn);
}
