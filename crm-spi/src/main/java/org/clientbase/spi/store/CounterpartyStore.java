package org.clientbase.spi.store;

import java.util.List;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.tax.Inn;

/**
 * Stores counterparties, the legal entities through which clients contract.
 */
public interface CounterpartyStore extends RecordStore<CounterpartyId, Counterparty> {

  /**
   * Finds the counterparties with a taxpayer number (an organisation's branches share one INN
   * and differ by KPP).
   *
   * @param inn the INN
   * @return the counterparties, in id order
   */
  List<Counterparty> findByInn(Inn inn);

  /**
   * Finds the counterparties of a client.
   *
   * @param client the client
   * @return the counterparties, in id order
   */
  List<Counterparty> findByClient(ClientId client);
}
