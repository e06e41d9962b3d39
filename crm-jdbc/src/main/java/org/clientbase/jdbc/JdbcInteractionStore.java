package org.clientbase.jdbc;

import static org.clientbase.jdbc.JdbcRecordStore.Column.json;
import static org.clientbase.jdbc.JdbcRecordStore.Column.plain;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.InteractionDirection;
import org.clientbase.core.activity.InteractionState;
import org.clientbase.core.activity.InteractionType;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.store.InteractionStore;

/**
 * An {@link InteractionStore} on table {@code interaction}: start and end as
 * {@code TIMESTAMP WITH TIME ZONE} (instants must be whole microseconds), contact persons and
 * participants as JSON; {@link #findByClients} on the index {@code (client_id, start_at, id)}.
 */
public final class JdbcInteractionStore extends JdbcRecordStore<InteractionId, Interaction>
    implements InteractionStore {

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcInteractionStore(JdbcDatabase db) {
    super(db, "Interaction", "interaction", List.of(
        plain("type"), plain("direction"), plain("state"), plain("subject"), plain("content"), plain("client_id"),
        plain("lead_id"), plain("interest_id"), plain("responsible"), plain("start_at"), plain("end_at"),
        json("contact_persons"), json("participants")),
        List.of());
  }

  @Override
  InteractionId idOf(Interaction interaction) {
    return interaction.id();
  }

  @Override
  void bind(Sql.Params params, Interaction interaction) throws SQLException {
    String name = "Interaction " + interaction.id();
    params.name(interaction.type()).name(interaction.direction()).name(interaction.state())
        .text(interaction.subject()).text(interaction.content()).id(interaction.client()).id(interaction.lead())
        .id(interaction.interest()).id(interaction.responsible())
        .instant(name + " start", interaction.start()).instant(name + " end", interaction.end())
        .json(CardJson.contactPersonIds(interaction.contactPersons()))
        .json(CardJson.participants(interaction.participants()));
  }

  @Override
  Interaction read(Sql.Row row) throws SQLException {
    return Interaction.builder()
        .id(row.id("id", InteractionId::of))
        .type(row.name("type", InteractionType.class))
        .direction(row.optName("direction", InteractionDirection.class))
        .state(row.name("state", InteractionState.class))
        .subject(row.text("subject"))
        .content(row.optText("content"))
        .client(row.optId("client_id", ClientId::of))
        .lead(row.optId("lead_id", LeadId::of))
        .interest(row.optId("interest_id", InterestId::of))
        .responsible(row.optId("responsible", UserId::of))
        .start(row.instant("start_at"))
        .end(row.optInstant("end_at"))
        .addAllContactPersons(CardJson.contactPersonIds(row.text("contact_persons")))
        .addAllParticipants(CardJson.participants(row.text("participants")))
        .build();
  }

  @Override
  public List<Interaction> findByClients(Collection<ClientId> clients) {
    return findByClientIds("findByClients", clients, "client_id, start_at, id");
  }

  @Override
  public List<Interaction> findByLead(LeadId lead) {
    return query("findByLead", "WHERE lead_id = ? ORDER BY id", p -> p.id(lead));
  }
}
