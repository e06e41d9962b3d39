package org.clientbase.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.UserId;
import org.clientbase.memory.RuleBasedAccessPolicy.Access;
import org.clientbase.memory.RuleBasedAccessPolicy;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.testkit.contract.AccessPolicyContract;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

class RuleBasedAccessPolicyTest extends AccessPolicyContract {
  private static final UserId ADMIN = UserId.of("admin");
  private static final UserId AUDITOR = UserId.of("auditor");
  private static final UserId ANNA = UserId.of("anna");
  private static final UserId BORIS = UserId.of("boris");
  private static final UserId STRANGER = UserId.of("stranger");
  private static final Client ANNAS = ContractFixtures.client("c-1", ANNA);
  private static final Client BORISS = ContractFixtures.client("c-2", BORIS);
  private static final Client NOBODYS = ContractFixtures.client("c-3");

  @Override
  protected AccessPolicy newPolicy() {
    return policy();
  }

  private static RuleBasedAccessPolicy policy() {
    return RuleBasedAccessPolicy.builder()
        .administrator(ADMIN)
        .viewer(AUDITOR)
        .responsibleManagerEdits()
        .team("sales", Set.of(ANNA, BORIS), Access.VIEW)
        .build();
  }

  @Override
  protected List<UserId> sampleUsers() {
    return List.of(ADMIN, AUDITOR, ANNA, BORIS, STRANGER);
  }

  @Override
  protected List<Client> sampleClients() {
    return List.of(ANNAS, BORISS, NOBODYS);
  }

  @Test
  void theResponsibleManagerEditsAndTheTeamViews() {
    RuleBasedAccessPolicy policy = policy();
    assertThat(policy.canEdit(ANNA, ANNAS)).isTrue();
    assertThat(policy.canView(ANNA, BORISS)).isTrue();
    assertThat(policy.canEdit(ANNA, BORISS)).isFalse();
    assertThat(policy.canView(ANNA, NOBODYS)).isFalse();
  }

  @Test
  void administratorsEditAndViewersViewEverything() {
    RuleBasedAccessPolicy policy = policy();
    for (Client client : sampleClients()) {
      assertThat(policy.canEdit(ADMIN, client)).isTrue();
      assertThat(policy.canView(AUDITOR, client)).isTrue();
      assertThat(policy.canEdit(AUDITOR, client)).isFalse();
      assertThat(policy.canView(STRANGER, client)).isFalse();
    }
  }

  @Test
  void aRuleNameUsedTwiceIsRejected() {
    assertThatThrownBy(() -> RuleBasedAccessPolicy.builder().viewer(AUDITOR).viewer(AUDITOR))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("viewer auditor");
  }
}
