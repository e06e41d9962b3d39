package org.clientbase.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.access.Fixture.ADMIN;
import static org.clientbase.rules.access.Fixture.MANAGER_1;
import static org.clientbase.rules.access.Fixture.MANAGER_2;
import static org.clientbase.rules.access.Fixture.MANAGER_3;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Client;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.Fixture;
import org.clientbase.rules.status.StatusScheme;
import org.junit.jupiter.api.Test;

class ClientBaseQualityTest {
  private final Fixture f = new Fixture();
  private final ClientBaseQuality quality = ClientBaseQuality.builder()
      .clientbase(f.base)
      .clientCard(QualityMeasureTest.CLIENT_CARD).accessPolicy(f.policy).pageSize(2)
      .build();

  ClientBaseQualityTest() {
    Phone phone = Phone.parse("+7 495 123-45-67");
    // c-1 active, manager-1: name, phones, responsible filled; emails, industry missing -> 3 of 5
    store(Client.builder().from(Fixture.client("c-1", MANAGER_1)).addPhones(phone).build(), StatusScheme.ACTIVE);
    // c-2 active, manager-2: everything -> 5 of 5
    store(Client.builder().from(Fixture.client("c-2", MANAGER_2)).addPhones(phone).addEmails(Email.of("a@b.ru"))
        .putCustomFields("industry", FieldValue.choice("Retail")).build(), StatusScheme.ACTIVE);
    // c-3 new, manager-1: name only; phones and source missing -> 1 of 3
    store(Fixture.client("c-3", MANAGER_1), StatusScheme.NEW);
    // c-4 no status, no manager: name and phones -> 2 of 2
    store(Client.builder().from(Fixture.client("c-4", null)).addPhones(phone).build(), null);
  }

  private void store(Client client, StatusId status) {
    f.base.clientStore().insert(client);
    if (status != null) {
      f.base.statusHistoryStore().append(client.id(), 0, List.of(StatusAssignment.builder()
          .client(client.id()).status(status).since(LocalDate.of(2026, 3, 1))
          .reason(StatusReason.byRule(TemplateKey.NEW_CLIENT)).explanation("test").build()));
    }
  }

  @Test
  void theReportAggregatesByStatusAndByManager() {
    List<ClientQuality> each = new ArrayList<>();
    QualityReport report = quality.report(ADMIN, each::add);

    assertThat(each).extracting(q -> q.client().value() + " " + q.filled() + "/" + q.required().size())
        .containsExactly("c-1 3/5", "c-2 5/5", "c-3 1/3", "c-4 2/2");
    assertThat(report.overall()).isEqualTo(new QualityGroup(4, 2, 15, 11));
    assertThat(report.status(StatusScheme.ACTIVE)).isEqualTo(new QualityGroup(2, 1, 10, 8));
    assertThat(report.status(StatusScheme.ACTIVE).share()).isEqualTo(0.8);
    assertThat(report.status(StatusScheme.NEW)).isEqualTo(new QualityGroup(1, 0, 3, 1));
    assertThat(report.status(StatusScheme.LOST)).isEqualTo(QualityGroup.EMPTY);
    assertThat(report.withoutStatus()).isEqualTo(new QualityGroup(1, 1, 2, 2));
    assertThat(report.manager(MANAGER_1)).isEqualTo(new QualityGroup(2, 0, 8, 4));
    assertThat(report.manager(MANAGER_1).share()).isEqualTo(0.5);
    assertThat(report.manager(MANAGER_2)).isEqualTo(new QualityGroup(1, 1, 5, 5));
    assertThat(report.withoutManager()).isEqualTo(new QualityGroup(1, 1, 2, 2));
  }

  @Test
  void theReportCoversOnlyTheClientsTheUserMaySee() {
    QualityReport report = quality.report(MANAGER_3);
    assertThat(report.overall().clients()).isEqualTo(2);
    assertThat(report.manager(MANAGER_2)).isEqualTo(QualityGroup.EMPTY);
    assertThat(quality.report(MANAGER_2).overall()).isEqualTo(new QualityGroup(1, 1, 5, 5));
  }

  @Test
  void oneClientIsMeasuredIfTheUserMaySeeIt() {
    ClientQuality q = quality.of(MANAGER_1, ClientId.of("c-1"));
    assertThat(q.status()).contains(StatusScheme.ACTIVE);
    assertThat(q.missing()).containsExactlyInAnyOrder("emails", "industry");
    assertThatThrownBy(() -> quality.of(MANAGER_2, ClientId.of("c-1"))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theBuilderChecksTheCardConfiguration() {
    assertThatThrownBy(() -> ClientBaseQuality.builder().clientCard(null))
        .hasMessage("ClientBaseQuality.clientCard <missing>: must be given");
    assertThatThrownBy(() -> ClientBaseQuality.builder().clientbase(f.base).build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("ClientBaseQuality: missing accessPolicy, clientCard");
  }
}
