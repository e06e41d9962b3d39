package org.clientbase.jdbc;

import static org.clientbase.jdbc.JdbcRecordStore.Column.plain;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.store.InterestStore;

/**
 * An {@link InterestStore} on table {@code interest}: {@link #findByClients} on the index
 * {@code (client_id, opened_on, id)}, {@link #findByLead} on {@code (lead_id, id)}.
 */
public final class JdbcInterestStore extends JdbcRecordStore<InterestId, Interest> implements InterestStore {
  /** The order of a client's interests, that of the index {@code (client_id, opened_on, id)}. */
  private static final String CLIENT_ORDER = "client_id, opened_on, id";


  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcInterestStore(JdbcDatabase db) {
    super(db, "Interest", "interest", List.of(
        plain("client_id"), plain("lead_id"), plain("opened_on"), plain("stage"), plain("subject"), plain("amount"),
        plain("currency"), plain("responsible"), plain("closed_on"), plain("outcome"), plain("loss_reason")),
        List.of());
  }

  @Override
  InterestId idOf(Interest interest) {
    return interest.id();
  }

  @Override
  void bind(Sql.Params params, Interest interest) throws SQLException {
    params.id(interest.client()).id(interest.lead()).date(interest.openedOn()).text(interest.stage())
        .text(interest.subject()).money(interest.amount()).id(interest.responsible()).date(interest.closedOn())
        .name(interest.outcome()).text(interest.lossReason());
  }

  @Override
  Interest read(Sql.Row row) throws SQLException {
    return Interest.builder()
        .id(row.id("id", InterestId::of))
        .client(row.optId("client_id", ClientId::of))
        .lead(row.optId("lead_id", LeadId::of))
        .openedOn(row.date("opened_on"))
        .stage(row.optText("stage"))
        .subject(row.optText("subject"))
        .amount(row.optMoney("amount", "currency"))
        .responsible(row.optId("responsible", UserId::of))
        .closedOn(row.optDate("closed_on"))
        .outcome(row.optName("outcome", InterestOutcome.class))
        .lossReason(row.optText("loss_reason"))
        .build();
  }

  @Override
  public List<Interest> findByClients(Collection<ClientId> clients) {
    return findByClientIds("findByClients", clients, CLIENT_ORDER);
  }

  @Override
  public List<Interest> findByClientPage(List<ClientId> page) {
    return findByClientPage("findByClientPage", page, CLIENT_ORDER);
  }

  @Override
  public List<Interest> findByLead(LeadId lead) {
    return query("findByLead", "WHERE lead_id = ? ORDER BY id", p -> p.id(lead));
  }
}
