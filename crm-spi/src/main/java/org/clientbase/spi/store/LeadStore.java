package org.clientbase.spi.store;

import java.util.List;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.lead.Lead;

/**
 * Stores leads. The library inserts leads only through the lead directory and updates them when
 * it converts or links them; it never deletes one.
 *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 */
public interface LeadStore extends RecordStore<LeadId, Lead> {

  /**
   * Finds the leads that have a phone.
   *
   * @param phone the phone, compared in canonical form
   * @return the leads, in id order
   */
  List<Lead> findByPhone(Phone phone);

  /**
   * Finds the leads that have an email.
   *
   * @param email the email, compared as {@link Email#equals} does
   * @return the leads, in id order
   */
  List<Lead> findByEmail(Email email);
}
