package org.clientbase.rules.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.access.Fixture.ADMIN;
import static org.clientbase.rules.access.Fixture.MANAGER_1;
import static org.clientbase.rules.access.Fixture.MANAGER_2;
import static org.clientbase.rules.access.Fixture.STRANGER;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.money.Money;
import org.clientbase.rules.access.Fixture;
import org.junit.jupiter.api.Test;

/** The hand-worked case of {@link AbcXyzClassifierTest}, stored as facts in a host's base. */
class AbcXyzClassificationTest {
  private static final ClassificationSettings Q1 =
      ClassificationSettings.ofDefaults(YearMonth.of(2026, 1), YearMonth.of(2026, 3));
  private final Fixture f = new Fixture();

  AbcXyzClassificationTest() {
    f.store(List.of(Fixture.client("c-1", MANAGER_1), Fixture.client("c-2", MANAGER_2), Fixture.client("c-3", MANAGER_1),
        Fixture.client("c-4", MANAGER_2), Fixture.client("c-5", MANAGER_1)));
    int n = 0;
    for (Map.Entry<ClientId, List<Money>> client : AbcXyzClassifierTest.handWorkedCase().entrySet()) {
      for (int month = 0; month < 3; month++) {
        Money amount = client.getValue().get(month);
        if (amount.amount().signum() > 0) {
          // split each month's revenue in two shipments on different days
          Money half = Money.of(amount.amount().divide(java.math.BigDecimal.valueOf(2)), amount.currency());
          f.base.shipmentStore().insert(Shipment.of(ShipmentId.of("s-" + ++n), client.getKey(), LocalDate.of(2026, month + 1, 1), half));
          f.base.shipmentStore().insert(Shipment.of(ShipmentId.of("s-" + ++n), client.getKey(), LocalDate.of(2026, month + 1, 28), half));
          f.base.paymentStore().insert(Payment.of(PaymentId.of("pay-" + n), client.getKey(), LocalDate.of(2026, 2, 10), amount));
        }
      }
    }
    // outside the period: ignored
    f.base.shipmentStore().insert(Shipment.of(ShipmentId.of("s-old"), ClientId.of("c-5"), LocalDate.of(2025, 12, 31), Money.of("9999.00", "RUB")));
    f.base.shipmentStore().insert(Shipment.of(ShipmentId.of("s-new"), ClientId.of("c-5"), LocalDate.of(2026, 4, 1), Money.of("9999.00", "RUB")));
  }

  private AbcXyzClassification classification(int pageSize) {
    return AbcXyzClassification.builder()
        .clientbase(f.base)
        .accessPolicy(f.policy).pageSize(pageSize).build();
  }

  @Test
  void theBaseIsClassifiedAsWorkedOutByHandWhateverThePageSize() {
    for (int pageSize : new int[] {1, 2, 3, 1000}) {
      List<ClientClass> classes = classification(pageSize).classify(ADMIN, Q1);
      assertThat(classes).as("page size %d", pageSize).extracting(c -> c.client().value() + " " + c.cell())
          .containsExactly("c-1 AX", "c-2 AY", "c-3 BZ", "c-4 CY", "c-5 CZ");
    }
  }

  @Test
  void theReportIsTheMatrixOfTheClientsTheUserMaySee() {
    List<ClientClass> seen = new ArrayList<>();
    ClassificationReport report = classification(2).classify(MANAGER_2, Q1, seen::add);

    // manager-2's part of the base is classified as if it were the whole base: c-2 brings 150
    // of 200, c-4 the remaining 50, so both are A; no share is taken from the hidden clients
    assertThat(seen).extracting(c -> c.client().value() + " " + c.cell()).containsExactly("c-2 AY", "c-4 AY");
    assertThat(seen.get(1).share()).isEqualByComparingTo("25");
    assertThat(seen.get(1).shareBefore()).isEqualByComparingTo("75");
    assertThat(report.clients()).isEqualTo(2);
    assertThat(report.cell(AbcClass.A, XyzClass.Y).clients()).isEqualTo(2);
    assertThat(report.cell(AbcClass.A, XyzClass.Y).revenue()).isEqualTo(Money.of("200.00", "RUB"));
    assertThat(report.cell(AbcClass.C, XyzClass.Y).clients()).isZero();
    assertThat(report.cell(AbcClass.A, XyzClass.X).clients()).isZero();
    assertThat(report.revenue()).isEqualTo(Money.of("200.00", "RUB"));
    assertThat(report.cells()).extracting(MatrixCell::name)
        .containsExactly("AX", "AY", "AZ", "BX", "BY", "BZ", "CX", "CY", "CZ");
    assertThat(classification(2).classify(STRANGER, Q1)).isEmpty();
  }

  @Test
  void paymentsMayBeTheRevenueInstead() {
    ClassificationSettings byPayments = ClassificationSettings.builder(YearMonth.of(2026, 1), YearMonth.of(2026, 3))
        .source(RevenueSource.PAYMENTS).build();
    // every payment falls in February: one month out of three, so every paying client is Z
    assertThat(classification(2).classify(UserId.of("admin"), byPayments)).extracting(ClientClass::cell)
        .containsExactly("AZ", "AZ", "BZ", "CZ", "CZ");
  }

  @Test
  void theBuilderNamesEveryMissingPart() {
    assertThatThrownBy(() -> AbcXyzClassification.builder().build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("AbcXyzClassification: missing clientbase, accessPolicy");
    assertThatThrownBy(() -> AbcXyzClassification.builder().pageSize(0))
        .hasMessage("AbcXyzClassification.pageSize 0: must be from 1 to 100000");
  }

  @Test
  void aFactInAnotherCurrencyIsNamed() {
    f.base.shipmentStore().insert(Shipment.of(ShipmentId.of("s-usd"), ClientId.of("c-1"), LocalDate.of(2026, 2, 2), Money.of("10.00", "USD")));
    assertThatThrownBy(() -> classification(2).classify(ADMIN, Q1))
        .hasMessage("Shipment s-usd amount 10.00 USD: is not in RUB, the currency being classified; convert amounts before classifying");
  }
}
