package org.clientbase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.money.Money;
import org.clientbase.core.task.Task;
import org.clientbase.core.tax.Inn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

/** Hostile values at the library's boundary: refused, by field, with short messages. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileValuesTest {
  private static final String MEGABYTE_OF_SEVENS = "7".repeat(1 << 20);

  private static Client.Builder client() {
    return Client.builder()
        .id(ClientId.of("c-1"))
        .kind(ClientKind.LEGAL_ENTITY)
        .name("Ромашка")
        .createdOn(LocalDate.of(2026, 1, 15));
  }

  private static InvalidValueException refused(Executable call) {
    try {
      call.execute();
    } catch (InvalidValueException e) {
      assertThat(e.getMessage()).hasSizeLessThan(1024);
      return e;
    } catch (Throwable e) {
      throw new AssertionError("expected an InvalidValueException, got " + e, e);
    }
    throw new AssertionError("expected an InvalidValueException, got a value");
  }

  @Test
  void aTinyExponentFailsAtOnceWithAShortMessage() {
    InvalidValueException e = refused(() -> Money.of("1e-99999999", "RUB"));
    assertThat(e.field()).isEqualTo("Money.amount");
    assertThat(e.getMessage()).contains("without an exponent");
  }

  @Test
  void aHugeExponentFailsAtOnceWithAShortMessage() {
    assertThat(refused(() -> Money.of("1e999999999", "RUB")).field()).isEqualTo("Money.amount");
    assertThat(refused(() -> Money.of(new BigDecimal("1e999999999"), java.util.Currency.getInstance("RUB")))
        .getMessage()).contains("more than 15 digits before the decimal point");
    assertThat(refused(() -> Money.of(new BigDecimal("1e-99999999"), java.util.Currency.getInstance("RUB")))
        .getMessage()).contains("more than 2 decimal places");
  }

  @Test
  void exponentsAndThousandDigitAmountsAreRefused() {
    refused(() -> Money.of("1e400", "RUB"));
    refused(() -> Money.of(new BigDecimal("1e400"), java.util.Currency.getInstance("RUB")));
    InvalidValueException e = refused(() -> Money.of(new BigDecimal("9".repeat(1000)),
        java.util.Currency.getInstance("RUB")));
    assertThat(e.getMessage()).contains("…(1000 characters)");
    refused(() -> Money.of("9".repeat(1000), "RUB"));
    assertThat(Money.of("999999999999999.99", "RUB").toString()).isEqualTo("999999999999999.99 RUB");
    refused(() -> Money.of("999999999999999.99", "RUB").plus(Money.of("1", "RUB")));
  }

  @Test
  void aMegabyteValueNeverMakesAMegabyteMessage() {
    assertThat(refused(() -> Inn.of(MEGABYTE_OF_SEVENS)).getMessage())
        .startsWith("INN " + "7".repeat(64) + "…(1048576 characters)");
    refused(() -> Email.of(MEGABYTE_OF_SEVENS + "@example.ru"));
    refused(() -> Phone.parse(MEGABYTE_OF_SEVENS));
    refused(() -> ClientId.of(MEGABYTE_OF_SEVENS));
    refused(() -> client().name(MEGABYTE_OF_SEVENS).build());
    assertThat(new InvalidValueException("x".repeat(1 << 20), "v", "r".repeat(1 << 20)).getMessage())
        .hasSizeLessThan(1024);
  }

  @Test
  void idsRefuseWhiteSpaceControlsAndUnpairedSurrogates() {
    assertThat(refused(() -> ClientId.of("c\n1")).getMessage())
        .isEqualTo("ClientId c\\u000a1: must not contain white space (U+000A at index 1)");
    assertThat(refused(() -> ClientId.of("c 1")).field()).isEqualTo("ClientId");
    assertThat(refused(() -> ClientId.of("sur-\uD800")).getMessage())
        .isEqualTo("ClientId sur-\\ud800: must not contain unpaired UTF-16 surrogates (U+D800 at index 4)");
    refused(() -> ClientId.of("sur-\uDC00"));
    refused(() -> ClientId.of("a\u202Eb"));
    assertThat(ClientId.of("клиент-😀").value()).isEqualTo("клиент-😀");
  }

  @Test
  void namesRefuseControlsBidiOverridesAndUnpairedSurrogates() {
    InvalidValueException e = refused(() -> client().name("Ромашка\u0000\u0007").build());
    assertThat(e.field()).isEqualTo("Client c-1 name");
    assertThat(e.getMessage()).contains("Ромашка\\u0000\\u0007").contains("control characters");
    assertThat(refused(() -> client().name("Ромашка\u202E").build()).getMessage())
        .contains("bidirectional");
    refused(() -> client().name("Ромашка\uD800").build());
    refused(() -> client().comment("ok\u0000").build());
  }

  @Test
  void namesAreKeptInNfcAndMultiLineTextKeepsItsLineBreaks() {
    assertThat(TextPolicy.name("n", " Андреи\u0306 \t Ли ")).isEqualTo("Андрей Ли");
    assertThat(TextPolicy.name("n", "Андреи\u0306")).isEqualTo("Андрей");
    refused(() -> client().name("Андреи\u0306").build());
    String comment = "line 1\n\tline 2\r\n👩‍👩‍👧 e\u0301";
    assertThat(client().comment(comment).build().comment()).contains(comment);
    refused(() -> client().comment("x".repeat(TextPolicy.MULTILINE_MAX_LENGTH + 1)).build());
  }

  @Test
  void businessDatesAndInstantsLieInTheDocumentedRange() {
    assertThat(refused(() -> client().createdOn(LocalDate.MIN).build()).field())
        .isEqualTo("Client c-1 createdOn");
    assertThat(refused(() -> Payment.of(PaymentId.of("p-1"), ClientId.of("c-1"),
        LocalDate.of(-5000, 1, 1), Money.of("1.00", "RUB"))).field())
        .isEqualTo("Payment p-1 date");
    assertThat(refused(() -> Task.builder()
        .id(TaskId.of("t-1"))
        .subject("Call back")
        .responsible(UserId.of("manager-7"))
        .start(Instant.parse("2026-03-02T09:00:00Z"))
        .due(Instant.MAX)
        .build()).field()).isEqualTo("Task t-1 due");
  }

  @Test
  void aBuilderNamesEveryMissingAttributeAtOnce() {
    assertThatThrownBy(() -> Client.builder().kind(ClientKind.INDIVIDUAL).build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("Client: missing id, name, createdOn")
        .satisfies(e -> assertThat(((MissingValuesException) e).missing())
            .containsExactly("id", "name", "createdOn"));
    assertThatThrownBy(() -> Task.builder().build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessageStartingWith("Task: missing id, subject");
  }

  @Test
  void aNullAttributeIsNamedNotANullPointer() {
    assertThatThrownBy(() -> Client.builder().name(null))
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("Client: missing name");
    assertThatThrownBy(() -> client().createdOn(null))
        .isInstanceOf(ClientbaseException.class)
        .hasMessage("Client: missing createdOn");
  }
}
