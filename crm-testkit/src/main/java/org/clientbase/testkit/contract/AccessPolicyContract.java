package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.access.AccessPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link AccessPolicy}: what the library relies on whatever the host's
 * rules are. The host supplies its policy and sample users and clients that its rules treat
 * differently.
 *
 * <p>Checks that the policy is a pure function (the same answer every time, also when asked
 * from many threads at once) and that a user who may change a client may also see it.
 */
public abstract class AccessPolicyContract {
  private AccessPolicy policy;

  /** Creates the contract; called by the host's test class. */
  protected AccessPolicyContract() {}

  /**
   * Returns the policy to test.
   *
   * @return the policy
   */
  protected abstract AccessPolicy newPolicy();

  /**
   * Returns users the policy treats differently: managers, administrators, strangers.
   *
   * @return the users, at least one
   */
  protected abstract List<UserId> sampleUsers();

  /**
   * Returns clients the policy treats differently.
   *
   * @return the clients, at least one
   */
  protected abstract List<Client> sampleClients();

  @BeforeEach
  final void createPolicy() {
    policy = newPolicy();
    assertThat(sampleUsers()).as("sampleUsers()").isNotEmpty();
    assertThat(sampleClients()).as("sampleClients()").isNotEmpty();
  }

  private List<Boolean> answers() {
    List<Boolean> answers = new ArrayList<>();
    for (UserId user : sampleUsers()) {
      for (Client client : sampleClients()) {
        answers.add(policy.canView(user, client));
        answers.add(policy.canEdit(user, client));
      }
    }
    return answers;
  }

  @Test
  void answersAreTheSameEveryTime() {
    List<Boolean> first = answers();
    for (int i = 0; i < 5; i++) {
      assertThat(answers()).isEqualTo(first);
    }
  }

  @Test
  void answersAreTheSameFromManyThreads() {
    List<Boolean> expected = answers();
    List<Race.Outcome<List<Boolean>>> outcomes = Race.run(8, t -> () -> {
      List<Boolean> last = null;
      for (int i = 0; i < 50; i++) {
        last = answers();
      }
      return last;
    });
    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    outcomes.forEach(o -> assertThat(o.result()).isEqualTo(expected));
  }

  @Test
  void whoMayChangeAClientMaySeeIt() {
    for (UserId user : sampleUsers()) {
      for (Client client : sampleClients()) {
        if (policy.canEdit(user, client)) {
          assertThat(policy.canView(user, client)).as("%s may edit but not view %s", user, client.id()).isTrue();
        }
      }
    }
  }
}
