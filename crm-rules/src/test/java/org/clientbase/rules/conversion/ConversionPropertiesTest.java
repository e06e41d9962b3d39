package org.clientbase.rules.conversion;

import static org.clientbase.rules.conversion.ConversionFixture.USER;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.lead.Lead;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.Versioned;
import org.clientbase.memory.FailurePlan;
import org.clientbase.memory.InjectedFailure;
import org.junit.jupiter.api.Test;

class ConversionPropertiesTest {

  /** Leads l-00 .. l-nn; bit i of {@code companies} gives lead i a company, of {@code linked} a link. */
  private static List<Lead> leads(int count, int companies, int linked) {
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Lead.Builder b = ConversionFixture.lead(String.format("l-%02d", i), "Иванов Иван Иванович")
          .addPhones(Phone.parse(String.format("+7 916 000-00-%02d", i)));
      if ((companies >> i & 1) == 1) {
        b.company("ООО «Компания " + i + "»");
      }
      if ((linked >> i & 1) == 1) {
        b.linkedClient(ClientId.of("pre-" + i));
      }
      leads.add(b.build());
    }
    return leads;
  }

  @Test
  void repeatedSwitchOffsUnderFailuresConvertEveryUnlinkedLeadExactlyOnce() {
    qt().withExamples(150).forAll(
            integers().between(1, 12), integers().between(0, 4095), integers().between(0, 4095),
            longs().all())
        .checkAssert((count, companies, linked, seed) -> {
          ConversionFixture f = new ConversionFixture();
          LeadDirectory directory = f.directory();
          List<Lead> leads = leads(count, companies, linked);
          leads.forEach(directory::create);

          SwitchOffSummary.Outcome outcome = null;
          for (int attempt = 0; attempt < 200 && outcome != SwitchOffSummary.Outcome.SWITCHED_OFF; attempt++) {
            // one store call among the first 60 fails: a host store failing, or the process dying
            f.base.faults().arm(FailurePlan.atRandomCall(seed + attempt, 60));
            try {
              outcome = directory.switchOff(USER, n -> true, ProgressListener.none()).outcome();
            } catch (InjectedFailure dying) {
              outcome = null;
            } finally {
              f.base.faults().disarm();
            }
          }

          assertThat(outcome).isEqualTo(SwitchOffSummary.Outcome.SWITCHED_OFF);
          checkInvariants(f, leads);
        });
  }

  private static void checkInvariants(ConversionFixture f, List<Lead> original) {
    assertThat(f.base.leadStore().count()).as("no lead is deleted").isEqualTo(original.size());
    Set<ClientId> clientsOfLeads = new HashSet<>();
    int unlinked = 0;
    for (Lead before : original) {
      Lead after = f.base.leadStore().find(before.id()).orElseThrow().value();
      if (before.isLinked()) {
        assertThat(after).as("a linked lead is left alone").isEqualTo(before);
        continue;
      }
      unlinked++;
      assertThat(after.convertedAt()).as("lead %s converted", before.id()).isPresent();
      ClientId clientId = after.linkedClient().orElseThrow();
      assertThat(clientsOfLeads.add(clientId)).as("one client per lead").isTrue();
      Client client = f.base.clientStore().find(clientId).orElseThrow().value();
      if (before.company().isPresent()) {
        assertThat(client.kind()).isEqualTo(ClientKind.LEGAL_ENTITY);
        var person = after.linkedContactPerson().orElseThrow();
        assertThat(f.base.contactPersonStore().find(person)).as("the contact person exists").isPresent();
        assertThat(client.contact(person)).as("and is linked to its client").isPresent();
      } else {
        assertThat(client.kind()).isEqualTo(ClientKind.INDIVIDUAL);
      }
      assertThat(f.base.statusHistoryStore().history(clientId).entries())
          .as("one first status").singleElement()
          .satisfies(e -> assertThat(e.status()).isEqualTo(StatusScheme.NEW));
    }
    assertThat(f.base.clientStore().count()).as("no client twice, none left over").isEqualTo(unlinked);
    assertThat(f.base.contactPersonStore().count())
        .isEqualTo(original.stream().filter(l -> !l.isLinked() && l.company().isPresent()).count());
  }

  @Test
  void concurrentConversionsOfTheSameLeadsGiveOneClientPerLead() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      qt().withExamples(40).forAll(integers().between(1, 20), longs().all()).checkAssert((count, seed) -> {
        ConversionFixture f = new ConversionFixture();
        List<Lead> leads = leads(count, (int) (seed & 0xFFFFF), 0);
        leads.forEach(f.base.leadStore()::insert);
        LeadConverter converter = f.converter();

        List<Callable<List<ConversionResult>>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
          List<LeadId> order = new ArrayList<>(leads.stream().map(Lead::id).toList());
          Collections.shuffle(order, new Random(seed + w));
          workers.add(() -> order.stream().map(lead -> converter.convert(USER, lead)).toList());
        }
        List<ConversionResult> results = new ArrayList<>();
        try {
          for (Future<List<ConversionResult>> future : pool.invokeAll(workers)) {
            results.addAll(future.get());
          }
        } catch (Exception e) {
          throw new AssertionError(e);
        }

        Map<LeadId, Integer> converted = new HashMap<>();
        for (ConversionResult r : results) {
          if (r instanceof ConversionResult.Converted) {
            converted.merge(r.lead(), 1, Integer::sum);
          } else {
            assertThat(r).isInstanceOf(ConversionResult.AlreadyLinked.class);
          }
        }
        assertThat(converted).hasSize(count).allSatisfy((lead, times) -> assertThat(times).isEqualTo(1));
        assertThat(f.base.clientStore().count()).isEqualTo((long) count);
        Set<ClientId> distinct = new HashSet<>();
        for (Versioned<Lead> lead : f.base.leadStore().page(100)) {
          assertThat(distinct.add(lead.value().linkedClient().orElseThrow())).isTrue();
        }
      });
    } finally {
      pool.shutdownNow();
    }
  }
}
