package org.clientbase.spi.store;

import java.util.List;
import org.clientbase.core.client.Client;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;

/**
 * Stores client cards. Batch work walks it with {@link #page}.
 */
public interface ClientStore extends RecordStore<ClientId, Client> {

  /**
   * Finds the clients that have a phone.
   *
   * @param phone the phone, compared in canonical form
   * @return the clients, in id order
   */
  List<Client> findByPhone(Phone phone);

  /**
   * Finds the clients that have an email.
   *
   * @param email the email, compared as {@link Email#equals} does
   * @return the clients, in id order
   */
  List<Client> findByEmail(Email email);

  /**
   * Finds the clients a contact person is linked to.
   *
   * @param person the contact person
   * @return the clients, in id order
   */
  List<Client> findByContactPerson(ContactPersonId person);
}
