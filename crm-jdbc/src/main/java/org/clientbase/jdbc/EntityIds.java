package org.clientbase.jdbc;

import java.util.Map;
import java.util.function.Function;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.FileId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.TeamId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.matching.MergeId;

/** Typed ids by the simple name of their class, for values that may hold any kind of id. */
final class EntityIds {
  private static final Map<String, Function<String, EntityId>> FACTORIES = Map.ofEntries(
      Map.entry("ClientId", ClientId::of),
      Map.entry("ContactPersonId", ContactPersonId::of),
      Map.entry("CounterpartyId", CounterpartyId::of),
      Map.entry("FileId", FileId::of),
      Map.entry("InteractionId", InteractionId::of),
      Map.entry("InterestId", InterestId::of),
      Map.entry("LeadId", LeadId::of),
      Map.entry("PaymentId", PaymentId::of),
      Map.entry("ShipmentId", ShipmentId::of),
      Map.entry("StatusId", StatusId::of),
      Map.entry("TaskId", TaskId::of),
      Map.entry("TeamId", TeamId::of),
      Map.entry("UserId", UserId::of),
      Map.entry("MergeId", MergeId::of));

  private EntityIds() {}

  /** Returns the name under which an id's type is stored. */
  static String typeOf(EntityId id) {
    String type = id.getClass().getSimpleName();
    if (!FACTORIES.containsKey(type)) {
      throw new JdbcStoreException("Ids of type " + id.getClass().getName() + " cannot be stored");
    }
    return type;
  }

  /** Returns the id of a stored type and text. */
  static EntityId of(String type, String value) {
    Function<String, EntityId> factory = FACTORIES.get(type);
    if (factory == null) {
      throw new JdbcStoreException("Stored id type " + type + " is unknown");
    }
    return factory.apply(value);
  }
}
