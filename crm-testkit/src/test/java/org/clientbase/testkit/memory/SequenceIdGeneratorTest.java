package org.clientbase.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientbase.core.id.ClientId;
import org.clientbase.memory.SequenceIdGenerator;
import org.clientbase.spi.IdGenerator;
import org.clientbase.testkit.contract.IdGeneratorContract;
import org.junit.jupiter.api.Test;

class SequenceIdGeneratorTest extends IdGeneratorContract {
  @Override
  protected IdGenerator newIdGenerator() {
    return new SequenceIdGenerator();
  }

  @Test
  void countsPerEntityTypeFromOne() {
    SequenceIdGenerator ids = new SequenceIdGenerator();
    assertThat(ids.newClientId()).isEqualTo(ClientId.of("client-1"));
    assertThat(ids.newClientId()).isEqualTo(ClientId.of("client-2"));
    assertThat(ids.newContactPersonId().value()).isEqualTo("contact-person-1");
    assertThat(ids.next("InterestId")).isEqualTo("interest-1");
    assertThat(ids.issued("ClientId")).isEqualTo(2);
    assertThat(ids.issued("TaskId")).isZero();
  }

  @Test
  void aPrefixKeepsGeneratedIdsApart() {
    assertThat(new SequenceIdGenerator("new-").newTaskId().value()).isEqualTo("new-task-1");
  }

  @Test
  void twoGeneratorsGiveTheSameSequence() {
    SequenceIdGenerator a = new SequenceIdGenerator();
    SequenceIdGenerator b = new SequenceIdGenerator();
    for (int i = 0; i < 5; i++) {
      assertThat(a.newCounterpartyId()).isEqualTo(b.newCounterpartyId());
    }
  }
}
