package org.clientbase.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.LeadId;
import org.clientbase.memory.InMemoryReferenceRewriter;
import org.clientbase.spi.ReferenceRewriter;
import org.clientbase.testkit.contract.ReferenceRewriterContract;
import org.junit.jupiter.api.Test;

class InMemoryReferenceRewriterTest extends ReferenceRewriterContract {
  private InMemoryReferenceRewriter rewriter;
  private final AtomicInteger documents = new AtomicInteger();

  @Override
  protected ReferenceRewriter newRewriter() {
    rewriter = new InMemoryReferenceRewriter();
    return rewriter;
  }

  @Override
  protected String createDocument(List<EntityId> references) {
    String key = "document-" + documents.incrementAndGet();
    rewriter.addDocument(key, references);
    return key;
  }

  @Override
  protected Set<EntityId> referencesOf(String document) {
    return rewriter.references(document);
  }

  @Test
  void replaceLeadAddsTheContactPersonBesideTheClient() {
    rewriter.addDocument("order-1", List.of(LeadId.of("l-1")));
    rewriter.replaceLead(LeadId.of("l-1"), ClientId.of("c-1"), ContactPersonId.of("p-1"));
    assertThat(rewriter.references("order-1")).containsExactly(ClientId.of("c-1"), ContactPersonId.of("p-1"));
    assertThat(rewriter.documentsReferencing(ContactPersonId.of("p-1"))).containsExactly("order-1");
    assertThat(rewriter.documentsReferencing(LeadId.of("l-1"))).isEmpty();
  }
}
