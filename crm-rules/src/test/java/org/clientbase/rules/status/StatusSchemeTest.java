package org.clientbase.rules.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.status.StatusScheme.ACTIVE;
import static org.clientbase.rules.status.StatusScheme.FOREIGN;
import static org.clientbase.rules.status.StatusScheme.IN_PROGRESS;
import static org.clientbase.rules.status.StatusScheme.LIQUIDATED;
import static org.clientbase.rules.status.StatusScheme.LOST;
import static org.clientbase.rules.status.StatusScheme.NEW;
import static org.clientbase.rules.status.StatusScheme.NON_TARGET;
import static org.clientbase.rules.status.StatusScheme.RETURNED;

import java.util.List;
import java.util.Set;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.CalculationMode;
import org.clientbase.core.status.Colour;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.status.SchemeProblem.Kind;
import org.junit.jupiter.api.Test;

class StatusSchemeTest {
  static final StatusId VIP = StatusId.of("vip");

  @Test
  void defaultSchemeHasTheSeedsEightStatusesInOrder() {
    StatusScheme scheme = StatusScheme.defaults();

    assertThat(scheme.statuses()).extracting(WorkStatus::id)
        .containsExactly(NEW, IN_PROGRESS, ACTIVE, LOST, RETURNED, FOREIGN, NON_TARGET, LIQUIDATED);
    assertThat(scheme.statuses()).extracting(WorkStatus::name)
        .containsExactly("Новый", "В проработке", "Активный", "Потерянный", "Возвращенный",
            "Чужой", "Нецелевой", "Ликвидирован");
    assertThat(scheme.statuses()).extracting(WorkStatus::order)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(scheme.statuses()).allSatisfy(s -> assertThat(s.colour()).isPresent());
    assertThat(scheme.statuses()).extracting(s -> s.mode().toString()).containsExactly(
        "for a new client",
        "automatic, IN_PROGRESS, 30 days",
        "automatic, ACTIVE, 30 days",
        "automatic, LOST, 30 days",
        "automatic, RETURNED, 30 days",
        "manual", "manual", "manual");
    assertThat(scheme.newClientStatus().map(WorkStatus::id)).contains(NEW);
  }

  @Test
  void defaultRulesFollowTheSpecTable() {
    StatusScheme scheme = StatusScheme.defaults();

    assertThat(scheme.rule(TemplateKey.NEW_CLIENT).orElseThrow().forNewClient()).isTrue();
    assertThat(scheme.rule(TemplateKey.IN_PROGRESS).orElseThrow().precondition())
        .containsExactly(NEW);
    assertThat(scheme.rule(TemplateKey.ACTIVE).orElseThrow().precondition())
        .containsExactlyInAnyOrder(IN_PROGRESS, RETURNED);
    assertThat(scheme.rule(TemplateKey.LOST).orElseThrow().precondition()).containsExactly(ACTIVE);
    assertThat(scheme.rule(TemplateKey.RETURNED).orElseThrow().precondition())
        .containsExactly(LOST);
    assertThat(scheme.rule(TemplateKey.IN_PROGRESS).orElseThrow().conditions())
        .isEqualTo("at least one active interest; no won interest; no payment; no shipment");
    assertThat(scheme.rule(TemplateKey.ACTIVE).orElseThrow().conditions())
        .isEqualTo("at least one won interest, payment or shipment");
    assertThat(scheme.rule(TemplateKey.LOST).orElseThrow().conditions())
        .isEqualTo("no won interest; no payment; no shipment");
    assertThat(scheme.rules()).extracting(StatusRule::periodDays).containsExactly(0, 30, 30, 30, 30);
  }

  @Test
  void predefinedTemplatesNeverNameAManualStatus() {
    for (StatusRule rule : StatusScheme.defaults().rules()) {
      assertThat(rule.precondition()).doesNotContain(FOREIGN, NON_TARGET, LIQUIDATED);
    }
  }

  @Test
  void allManualSchemeComputesNothing() {
    StatusScheme scheme = StatusScheme.allManual();

    assertThat(scheme.statuses()).hasSize(8)
        .allSatisfy(s -> assertThat(s.mode()).isEqualTo(CalculationMode.manual()));
    assertThat(scheme.rules()).isEmpty();
    assertThat(scheme.newClientStatus()).isEmpty();
  }

  @Test
  void hostRenamesRecoloursAndAddsStatuses() {
    StatusScheme scheme = StatusScheme.defaults().toBuilder()
        .rename(ACTIVE, "  Buying   now ")
        .recolour(LOST, Colour.of("#B71C1C"))
        .addStatus(VIP, "VIP")
        .order(VIP, 0)
        .build();

    assertThat(scheme.status(ACTIVE).orElseThrow().name()).isEqualTo("Buying now");
    assertThat(scheme.status(LOST).orElseThrow().colour()).contains(Colour.of("#B71C1C"));
    assertThat(scheme.statuses().get(0).id()).isEqualTo(VIP);
    assertThat(scheme.status(VIP).orElseThrow().mode()).isEqualTo(CalculationMode.manual());
  }

  @Test
  void bindingChangesThePeriodAndKeepsThePrecondition() {
    StatusScheme scheme = StatusScheme.defaults().toBuilder()
        .bind(TemplateKey.LOST, LOST, 90)
        .build();

    StatusRule lost = scheme.rule(TemplateKey.LOST).orElseThrow();
    assertThat(lost.periodDays()).isEqualTo(90);
    assertThat(lost.precondition()).containsExactly(ACTIVE);
  }

  @Test
  void aPeriodLongerThanTheMaximumIsAProblem() {
    StatusScheme.Builder builder = StatusScheme.defaults().toBuilder()
        .bind(TemplateKey.LOST, LOST, Integer.MAX_VALUE);

    assertThatThrownBy(builder::build)
        .isInstanceOf(SchemeValidationException.class)
        .satisfies(e -> assertThat(((SchemeValidationException) e).problems())
            .extracting(SchemeProblem::message)
            .containsExactly("status lost: the period of template LOST is 2147483647 days; it must"
                + " be at most 36600"));
    assertThat(StatusScheme.defaults().toBuilder()
        .bind(TemplateKey.LOST, LOST, StatusScheme.MAX_PERIOD_DAYS).build()
        .rule(TemplateKey.LOST).orElseThrow().periodDays()).isEqualTo(36_600);
  }

  @Test
  void widenedPreconditionAddsToTheSeedsOne() {
    StatusScheme scheme = StatusScheme.defaults().toBuilder()
        .widenPrecondition(TemplateKey.ACTIVE, NEW, FOREIGN)
        .build();

    assertThat(scheme.rule(TemplateKey.ACTIVE).orElseThrow().precondition())
        .containsExactlyInAnyOrder(IN_PROGRESS, RETURNED, NEW, FOREIGN);
    assertThat(scheme.toBuilder().build().rule(TemplateKey.ACTIVE).orElseThrow().precondition())
        .containsExactlyInAnyOrder(IN_PROGRESS, RETURNED, NEW, FOREIGN);
  }

  @Test
  void rulesAreOrderedNewClientFirstThenByPriority() {
    assertThat(StatusScheme.defaults().rules()).extracting(StatusRule::template).containsExactly(
        TemplateKey.NEW_CLIENT, TemplateKey.ACTIVE, TemplateKey.RETURNED, TemplateKey.IN_PROGRESS,
        TemplateKey.LOST);
  }

  @Test
  void toBuilderRebuildsAnEqualScheme() {
    StatusScheme scheme = StatusScheme.defaults();
    StatusScheme copy = scheme.toBuilder().build();

    assertThat(copy.statuses()).isEqualTo(scheme.statuses());
    assertThat(copy.rules()).extracting(StatusRule::toString)
        .isEqualTo(scheme.rules().stream().map(StatusRule::toString).toList());
  }

  @Test
  void validationListsEveryProblemAtOnce() {
    HostRule unbound = HostRule.of(TemplateKey.of("UNBOUND"), 5, Set.of(ACTIVE), w -> RuleResult.allOf());
    StatusScheme.Builder builder = StatusScheme.defaults().toBuilder()
        .rename(StatusId.of("ghost"), "Ghost")                     // unknown status
        .bind(TemplateKey.ACTIVE, FOREIGN, 30)                     // ACTIVE bound twice
        .widenPrecondition(TemplateKey.LOST, StatusId.of("gone"))  // precondition names nothing
        .bind(TemplateKey.LOST, LOST, 0)                           // non-positive period
        .bind(TemplateKey.of("NOT_REGISTERED"), NON_TARGET, 10)    // unknown template
        .hostRule(unbound)                                         // registered, never bound
        .priority(TemplateKey.RETURNED, 20)                        // ties with IN_PROGRESS...
        .widenPrecondition(TemplateKey.RETURNED, NEW)              // ...and both accept New
        .addStatus(StatusId.of("new-2"), "новый");                 // same name as New

    List<SchemeProblem> problems = builder.validate();

    assertThat(problems).extracting(SchemeProblem::kind).containsExactlyInAnyOrder(
        Kind.UNKNOWN_STATUS,
        Kind.TEMPLATE_BOUND_TWICE,
        Kind.PRECONDITION_UNKNOWN_STATUS,
        Kind.NON_POSITIVE_PERIOD,
        Kind.UNKNOWN_TEMPLATE,
        Kind.INVALID_HOST_RULE,
        Kind.AMBIGUOUS_PRIORITY,
        Kind.DUPLICATE_NAME);
    assertThatThrownBy(builder::build)
        .isInstanceOf(SchemeValidationException.class)
        .hasMessageStartingWith("The status scheme has 8 problems: 1) ")
        .satisfies(e -> assertThat(((SchemeValidationException) e).problems()).isEqualTo(problems));
    assertThat(problems).extracting(SchemeProblem::message).contains(
        "cannot rename status ghost: the scheme has no such status",
        "template ACTIVE is bound to 2 statuses [active, foreign]; a template may be bound to at"
            + " most one",
        "the precondition of LOST names status gone, which the scheme does not have",
        "status lost: the period of template LOST is 0 days; it must be at least 1",
        "status non-target is bound to template NOT_REGISTERED, which is neither predefined nor a"
            + " registered host rule",
        "host rule UNBOUND is not bound to any status",
        "rules IN_PROGRESS and RETURNED have the same priority 20 and can hold together for a"
            + " client in status [new]; give them different priorities");
  }

  @Test
  void twoHostRulesOfEqualPriorityThatCanHoldTogetherAreAProblem() {
    HostRule one = HostRule.of(TemplateKey.of("ONE"), 50, Set.of(ACTIVE), w -> RuleResult.allOf());
    HostRule two = HostRule.of(TemplateKey.of("TWO"), 50, Set.of(ACTIVE, LOST), w -> RuleResult.allOf());
    HostRule three = HostRule.of(TemplateKey.of("THREE"), 50, Set.of(NEW), w -> RuleResult.allOf());

    List<SchemeProblem> problems = StatusScheme.defaults().toBuilder()
        .addStatus(StatusId.of("s1"), "S1").addStatus(StatusId.of("s2"), "S2")
        .addStatus(StatusId.of("s3"), "S3")
        .hostRule(one).hostRule(two).hostRule(three)
        .bind(one.key(), StatusId.of("s1"), 30)
        .bind(two.key(), StatusId.of("s2"), 30)
        .bind(three.key(), StatusId.of("s3"), 30)
        .validate();

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.AMBIGUOUS_PRIORITY);
      assertThat(p.message()).contains("ONE").contains("TWO").contains("[active]");
    });
  }

  @Test
  void hostRuleCannotTakeAPredefinedKeyOrBeRegisteredTwice() {
    HostRule fake = HostRule.of(TemplateKey.ACTIVE, 1, Set.of(NEW), w -> RuleResult.allOf());
    HostRule vip = HostRule.of(TemplateKey.of("VIP"), 1, Set.of(ACTIVE), w -> RuleResult.allOf());

    List<SchemeProblem> problems = StatusScheme.defaults().toBuilder()
        .addStatus(VIP, "VIP")
        .hostRule(fake)
        .hostRule(vip)
        .hostRule(vip)
        .bind(vip.key(), VIP, 30)
        .validate();

    assertThat(problems).extracting(SchemeProblem::message).containsExactly(
        "host rule ACTIVE uses the key of a predefined template",
        "host rule VIP is registered twice");
  }

  @Test
  void newClientTemplateIsBoundOnlyOnce() {
    List<SchemeProblem> problems = StatusScheme.defaults().toBuilder()
        .forNewClient(FOREIGN)
        .validate();

    assertThat(problems).extracting(SchemeProblem::message).containsExactly(
        "template NEW_CLIENT is bound to 2 statuses [new, foreign]; a template may be bound to at"
            + " most one");
  }

  @Test
  void blankNameAndDuplicateIdAreProblems() {
    List<SchemeProblem> problems = StatusScheme.defaults().toBuilder()
        .rename(NEW, "  ")
        .addStatus(ACTIVE, "Again")
        .validate();

    assertThat(problems).extracting(SchemeProblem::kind)
        .containsExactly(Kind.INVALID_NAME, Kind.DUPLICATE_STATUS);
  }

  @Test
  void removingAStatusNamedByAPreconditionIsAProblem() {
    List<SchemeProblem> problems = StatusScheme.defaults().toBuilder()
        .widenPrecondition(TemplateKey.ACTIVE, FOREIGN)
        .removeStatus(FOREIGN)
        .validate();

    assertThat(problems).extracting(SchemeProblem::kind)
        .containsExactly(Kind.PRECONDITION_UNKNOWN_STATUS);
  }

  @Test
  void makingAStatusManualUnbindsItsTemplate() {
    StatusScheme scheme = StatusScheme.defaults().toBuilder().manual(LOST).build();

    assertThat(scheme.rule(TemplateKey.LOST)).isEmpty();
    // RETURNED accepts LOST's status; LOST is unbound, so RETURNED has no precondition left
    assertThat(scheme.rule(TemplateKey.RETURNED).orElseThrow().precondition()).isEmpty();
  }
}
