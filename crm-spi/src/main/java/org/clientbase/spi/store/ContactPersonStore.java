package org.clientbase.spi.store;

import java.util.List;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ContactPersonId;

/**
 * Stores contact person cards.
 *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 */
public interface ContactPersonStore extends RecordStore<ContactPersonId, ContactPerson> {

  /**
   * Finds the contact persons that have a phone.
   *
   * @param phone the phone, compared in canonical form
   * @return the contact persons, in id order
   */
  List<ContactPerson> findByPhone(Phone phone);

  /**
   * Finds the contact persons that have an email.
   *
   * @param email the email, compared as {@link Email#equals} does
   * @return the contact persons, in id order
   */
  List<ContactPerson> findByEmail(Email email);
}
