package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.TeamId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.testkit.contract.AccessPolicyContract;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcAccessPolicy} keeps the {@link AccessPolicyContract} on H2 and on PostgreSQL, and
 * grants what its rules say: administrators everything, auditors sight of everything, managers
 * their own clients and sight of their teammates' clients, strangers nothing.
 */
class JdbcAccessPolicyTest {
  static final UserId ADMIN = UserId.of("admin");
  static final UserId AUDITOR = UserId.of("auditor");
  static final UserId ANNA = UserId.of("anna");
  static final UserId BORIS = UserId.of("boris");
  static final UserId VERA = UserId.of("vera");
  static final UserId STRANGER = UserId.of("stranger");
  static final Client ANNAS = ContractFixtures.client("c-1", ANNA);
  static final Client VERAS = ContractFixtures.client("c-2", VERA);
  static final Client NOBODYS = ContractFixtures.client("c-3");

  /** Anna and Boris form the sales team; Vera works alone. */
  static JdbcAccessPolicy policy(JdbcDatabase db) {
    JdbcAccessPolicy.registerUser(db, ADMIN, JdbcAccessPolicy.Role.ADMINISTRATOR);
    JdbcAccessPolicy.registerUser(db, AUDITOR, JdbcAccessPolicy.Role.AUDITOR);
    for (UserId manager : List.of(ANNA, BORIS, VERA)) {
      JdbcAccessPolicy.registerUser(db, manager, JdbcAccessPolicy.Role.MANAGER);
    }
    JdbcAccessPolicy.addToTeam(db, TeamId.of("sales"), ANNA);
    JdbcAccessPolicy.addToTeam(db, TeamId.of("sales"), BORIS);
    return JdbcAccessPolicy.load(db);
  }

  @Test
  void administratorsSeeAndChangeEveryClient() {
    AccessPolicy policy = policy(Databases.h2());
    for (Client client : List.of(ANNAS, VERAS, NOBODYS)) {
      assertThat(policy.canEdit(ADMIN, client)).isTrue();
      assertThat(policy.canView(ADMIN, client)).isTrue();
    }
  }

  @Test
  void auditorsSeeEveryClientAndChangeNone() {
    AccessPolicy policy = policy(Databases.h2());
    for (Client client : List.of(ANNAS, VERAS, NOBODYS)) {
      assertThat(policy.canView(AUDITOR, client)).isTrue();
      assertThat(policy.canEdit(AUDITOR, client)).isFalse();
    }
  }

  @Test
  void managersChangeTheirOwnClientsAndSeeTheirTeammates() {
    AccessPolicy policy = policy(Databases.h2());
    assertThat(policy.canEdit(ANNA, ANNAS)).isTrue();
    assertThat(policy.canView(BORIS, ANNAS)).isTrue();
    assertThat(policy.canEdit(BORIS, ANNAS)).isFalse();
    assertThat(policy.canView(VERA, ANNAS)).isFalse();
    assertThat(policy.canView(ANNA, VERAS)).isFalse();
    assertThat(policy.canView(ANNA, NOBODYS)).isFalse();
  }

  @Test
  void unregisteredUsersMayDoNothingEvenAsResponsibleManager() {
    AccessPolicy policy = policy(Databases.h2());
    Client strangers = ContractFixtures.client("c-4", STRANGER);
    assertThat(policy.canView(STRANGER, strangers)).isFalse();
    assertThat(policy.canEdit(STRANGER, strangers)).isFalse();
  }

  @Test
  void aSnapshotKeepsItsAnswersUntilReloaded() {
    JdbcDatabase db = Databases.h2();
    AccessPolicy before = policy(db);
    JdbcAccessPolicy.registerUser(db, VERA, JdbcAccessPolicy.Role.AUDITOR);
    assertThat(before.canView(VERA, ANNAS)).isFalse();
    assertThat(JdbcAccessPolicy.load(db).canView(VERA, ANNAS)).isTrue();
    assertThat(JdbcAccessPolicy.load(db).canEdit(VERA, VERAS)).isFalse();
  }

  /** The contract with this policy's users and clients. */
  abstract static class OnDatabase extends AccessPolicyContract {
    abstract JdbcDatabase database();

    @Override
    protected AccessPolicy newPolicy() {
      return policy(database());
    }

    @Override
    protected List<UserId> sampleUsers() {
      return List.of(ADMIN, AUDITOR, ANNA, BORIS, VERA, STRANGER);
    }

    @Override
    protected List<Client> sampleClients() {
      return List.of(ANNAS, VERAS, NOBODYS);
    }
  }

  @Nested
  class OnH2 extends OnDatabase {
    @Override
    JdbcDatabase database() {
      return Databases.h2();
    }
  }

  @Nested
  class OnPostgreSql extends OnDatabase {
    @Override
    JdbcDatabase database() {
      return Databases.postgres();
    }
  }
}
