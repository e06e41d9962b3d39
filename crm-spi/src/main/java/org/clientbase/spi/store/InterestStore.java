package org.clientbase.spi.store;

import java.util.List;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;

/**
 * Stores interests (sales opportunities). {@link #findByClients} returns the interests with a
 * client, ordered by client id, opening date and id.
 *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 */
public interface InterestStore extends ClientFactStore<InterestId, Interest> {

  /**
   * Finds the interests with a lead.
   *
   * @param lead the lead
   * @return the interests, in id order
   */
  List<Interest> findByLead(LeadId lead);
}
