package org.clientbase.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.EntityId;
import org.clientbase.memory.FaultInjector;
import org.clientbase.memory.InMemoryDocumentReferences;
import org.clientbase.memory.InMemoryReferenceRewriter;
import org.clientbase.memory.InMemoryUnitOfWork;
import org.clientbase.spi.matching.DocumentReferences;
import org.clientbase.testkit.contract.DocumentReferencesContract;
import org.junit.jupiter.api.Test;

class InMemoryDocumentReferencesTest extends DocumentReferencesContract {
  private InMemoryReferenceRewriter registry;
  private final AtomicInteger documents = new AtomicInteger();

  @Override
  protected DocumentReferences newReferences() {
    InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    FaultInjector faults = new FaultInjector();
    registry = new InMemoryReferenceRewriter(unitOfWork, faults);
    return new InMemoryDocumentReferences(registry, unitOfWork, faults);
  }

  @Override
  protected String createDocument(List<EntityId> references) {
    String key = "document-" + documents.incrementAndGet();
    registry.addDocument(key, references);
    return key;
  }

  @Override
  protected Set<EntityId> referencesOf(String document) {
    return registry.references(document);
  }

  @Test
  void aMoveIsUndoneWithTheUnitOfWork() {
    InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    InMemoryReferenceRewriter documents = new InMemoryReferenceRewriter(unitOfWork, new FaultInjector());
    InMemoryDocumentReferences references = new InMemoryDocumentReferences(documents, unitOfWork, new FaultInjector());
    documents.addDocument("order-1", List.of(ClientId.of("c-2")));
    assertThatThrownBy(() -> unitOfWork.execute(() -> {
      references.moveClient(ClientId.of("c-2"), ClientId.of("c-1"));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(documents.references("order-1")).containsExactly(ClientId.of("c-2"));
  }
}
