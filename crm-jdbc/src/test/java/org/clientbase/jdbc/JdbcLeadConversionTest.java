package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.ForwardingClientbase;
import org.clientbase.spi.Clientbase;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.lead.Lead;
import org.clientbase.rules.conversion.ConversionOptions;
import org.clientbase.rules.conversion.ConversionResult;
import org.clientbase.rules.conversion.InterestRequest;
import org.clientbase.rules.conversion.LeadConverter;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.ReferenceRewriter;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The library's lead conversion on the JDBC stores: a conversion writes the client, the contact
 * person, the linked lead, the rewritten references and the first status in one transaction,
 * and a conversion that fails midway leaves the database as it was.
 */
class JdbcLeadConversionTest {
  private static final UserId MANAGER = UserId.of("manager-1");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneId.of("Europe/Moscow"));

  abstract static class OnDatabase {
    abstract JdbcDatabase database();

    private static LeadConverter converter(JdbcClientbase crm, ReferenceRewriter rewriter) {
      Clientbase withRewriter = new ForwardingClientbase(crm) {
        @Override
        public ReferenceRewriter referenceRewriter() {
          return rewriter;
        }
      };
      return LeadConverter.builder()
          .clientbase(withRewriter).accessPolicy(crm.accessPolicy())
          .addListener(crm.domainEvents())
          .clock(CLOCK).scheme(StatusScheme.defaults())
          .build();
    }

    @Test
    void aConvertedLeadBecomesAClientWithItsContactPersonReferencesAndFirstStatus() {
      JdbcClientbase crm = JdbcClientbase.on(database());
      LeadId leadId = LeadId.of("l-1");
      crm.leadStore().insert(ContractFixtures.lead("l-1", 0));
      crm.interestStore().insert(ContractFixtures.leadInterest("i-1", leadId, 0));
      crm.interactionStore().insert(ContractFixtures.leadInteraction("e-1", leadId, 0));
      crm.hostDocuments().add("order-1", "order", List.of(leadId));

      ConversionResult result = converter(crm, crm.referenceRewriter()).convert(MANAGER, leadId, ConversionOptions.builder()
          .openInterest(InterestRequest.about("Office furniture")).build());

      assertThat(result).isInstanceOf(ConversionResult.Converted.class);
      ConversionResult.Converted converted = (ConversionResult.Converted) result;
      ClientId client = converted.client();
      ContactPersonId person = converted.contactPerson().orElseThrow();
      assertThat(crm.clientStore().find(client)).isPresent();
      assertThat(crm.contactPersonStore().find(person)).isPresent();
      assertThat(crm.clientStore().findByContactPerson(person)).extracting(c -> c.id()).containsExactly(client);
      Lead lead = crm.leadStore().find(leadId).orElseThrow().value();
      assertThat(lead.linkedClient()).contains(client);
      assertThat(lead.convertedAt()).contains(CLOCK.instant());
      assertThat(crm.interestStore().findByLead(leadId)).isEmpty();
      assertThat(crm.interestStore().findByClients(List.of(client))).hasSize(2);
      assertThat(crm.interactionStore().findByClients(List.of(client))).hasSize(1);
      assertThat(crm.hostDocuments().references("order-1")).contains(client).doesNotContain(leadId);
      assertThat(crm.statusHistoryStore().history(client).current()).map(s -> s.status())
          .contains(StatusScheme.NEW);
      assertThat(crm.domainEvents().entries(0, 10)).hasSize(1);
    }

    @Test
    void aConversionThatFailsMidwayLeavesTheDatabaseAsItWas() {
      JdbcClientbase crm = JdbcClientbase.on(database());
      LeadId leadId = LeadId.of("l-1");
      crm.leadStore().insert(ContractFixtures.lead("l-1", 0));
      crm.interestStore().insert(ContractFixtures.leadInterest("i-1", leadId, 0));
      crm.hostDocuments().add("order-1", "order", List.of(leadId));
      ReferenceRewriter failing = new ReferenceRewriter() {
        @Override
        public int replaceLead(LeadId lead, ClientId client) {
          crm.referenceRewriter().replaceLead(lead, client);
          throw new IllegalStateException("the host's document service is down");
        }

        @Override
        public int replaceLead(LeadId lead, ClientId client, ContactPersonId contactPerson) {
          crm.referenceRewriter().replaceLead(lead, client, contactPerson);
          throw new IllegalStateException("the host's document service is down");
        }

        @Override
        public int replaceClient(ClientId merged, ClientId survivor) {
          return 0;
        }

        @Override
        public int replaceContactPerson(ContactPersonId merged, ContactPersonId survivor) {
          return 0;
        }
      };

      assertThatThrownBy(() -> converter(crm, failing).convert(MANAGER, leadId))
          .hasMessageContaining("document service is down");

      assertThat(crm.clientStore().count()).isZero();
      assertThat(crm.contactPersonStore().count()).isZero();
      assertThat(crm.leadStore().find(leadId).orElseThrow().value()).isEqualTo(ContractFixtures.lead("l-1", 0));
      assertThat(crm.interestStore().findByLead(leadId)).hasSize(1);
      assertThat(crm.hostDocuments().references("order-1")).containsExactly(leadId);
      assertThat(crm.statusHistoryStore().page(10)).isEmpty();

      assertThat(converter(crm, crm.referenceRewriter()).convert(MANAGER, leadId))
          .as("the same lead converts once the host's service is back")
          .isInstanceOf(ConversionResult.Converted.class);
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
