package org.clientbase.spi.store;

import java.util.List;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;

/**
 * Stores interests (sales opportunities). {@link #findByClients} returns the interests with a
 * client, ordered by client id, opening date and id.
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
