package org.clientbase.spi;

import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.LeadId;

/**
 * Rewrites references in the host's own documents (orders, invoices, interactions, interests
 * and anything else that names a lead, client or contact person).
 *
 * <p>The library calls it inside the same {@link UnitOfWork} as the change that makes the old
 * reference obsolete: a converted lead, a merged duplicate. Each call must be idempotent:
 * calling it again after a retry finds nothing left to rewrite. Each method returns the number
 * of documents it changed.
 */
public interface ReferenceRewriter {

  /**
   * Replaces every reference to a converted lead with the client created from it, when the
   * conversion made or chose no contact person. A host implements both forms of
   * {@code replaceLead}: neither can be derived from the other without losing or inventing the
   * contact person.
   *
   * @param lead the converted lead
   * @param client the client that replaces it
   * @return how many documents were changed
   */
  int replaceLead(LeadId lead, ClientId client);

  /**
   * Replaces every reference to a converted lead with the client and the contact person
   * created or chosen from it.
   *
   * @param lead the converted lead
   * @param client the client that replaces it
   * @param contactPerson the contact person that replaces it
   * @return how many documents were changed
   */
  int replaceLead(LeadId lead, ClientId client, ContactPersonId contactPerson);

  /**
   * Replaces every reference to a merged client with the surviving client.
   *
   * @param merged the client merged away
   * @param survivor the client that stays
   * @return how many documents were changed
   */
  int replaceClient(ClientId merged, ClientId survivor);

  /**
   * Replaces every reference to a merged contact person with the surviving one.
   *
   * @param merged the contact person merged away
   * @param survivor the contact person that stays
   * @return how many documents were changed
   */
  int replaceContactPerson(ContactPersonId merged, ContactPersonId survivor);

  /**
   * Returns a rewriter for hosts that keep no documents of their own beyond the library's
   * stores: every call rewrites nothing.
   *
   * @return the no-op rewriter
   */
  static ReferenceRewriter none() {
    return new ReferenceRewriter() {
      @Override
      public int replaceLead(LeadId lead, ClientId client) {
        return 0;
      }

      @Override
      public int replaceLead(LeadId lead, ClientId client, ContactPersonId contactPerson) {
        return 0;
      }

      @Override
      public int replaceClient(ClientId merged, ClientId survivor) {
        return 0;
      }

      @Override
      public int replaceContactPerson(ContactPersonId merged, ContactPersonId survivor) {
        return 0;
      }
    };
  }
}
