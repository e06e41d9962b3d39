package org.clientbase.core.field;

import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;

/** The kind of entity a {@link FieldType#REFERENCE reference} field points to. */
public enum ReferenceTarget {
  /** A client. */
  CLIENT(ClientId.class),
  /** A contact person. */
  CONTACT_PERSON(ContactPersonId.class),
  /** A lead. */
  LEAD(LeadId.class),
  /** A counterparty. */
  COUNTERPARTY(CounterpartyId.class),
  /** A user of the host application. */
  USER(UserId.class);

  private final Class<? extends EntityId> idType;

  ReferenceTarget(Class<? extends EntityId> idType) {
    this.idType = idType;
  }

  /**
   * Returns the id type of the target entity.
   *
   * @return the id class
   */
  public Class<? extends EntityId> idType() {
    return idType;
  }
}
