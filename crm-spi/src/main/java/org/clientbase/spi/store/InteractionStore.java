package org.clientbase.spi.store;

import java.util.List;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.LeadId;

/**
 * Stores interactions. {@link #findByClients} returns the interactions whose
 * {@link org.clientbase.core.activity.Interaction#client() client} is one of the clients,
 * ordered by client id, start and id.
 */
public interface InteractionStore extends ClientFactStore<InteractionId, Interaction> {

  /**
   * Finds the interactions that reference a lead.
   *
   * @param lead the lead
   * @return the interactions, in id order
   */
  List<Interaction> findByLead(LeadId lead);
}
