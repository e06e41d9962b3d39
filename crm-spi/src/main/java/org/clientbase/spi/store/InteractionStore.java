package org.clientbase.spi.store;

import java.util.List;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.LeadId;

/**
 * Stores interactions. {@link #findByClients} returns the interactions whose
 * {@link org.clientbase.core.activity.Interaction#client() client} is one of the clients,
 * ordered by client id, start and id.
 *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
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
