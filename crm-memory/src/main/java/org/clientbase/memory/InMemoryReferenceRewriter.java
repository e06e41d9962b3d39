package org.clientbase.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.clientbase.core.Checks;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.LeadId;
import org.clientbase.spi.ReferenceRewriter;

/**
 * A {@link ReferenceRewriter} over an in-memory registry of host documents: each document,
 * named by a key such as {@code "order-17"}, holds a set of references to leads, clients and
 * contact persons. Rewriting replaces the references in every document that holds them, takes
 * part in the {@link InMemoryUnitOfWork}, and is idempotent: a second call finds nothing left.
 *
 * <pre>{@code
 * rewriter.addDocument("order-17", List.of(LeadId.of("l-1")));
 * rewriter.replaceLead(LeadId.of("l-1"), ClientId.of("c-1")); // 1
 * rewriter.references("order-17"); // [c-1]
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class InMemoryReferenceRewriter implements ReferenceRewriter {
  private static final String OPERATION = "ReferenceRewriter.";

  private final InMemoryUnitOfWork unitOfWork;
  private final FaultInjector faults;
  private final ConcurrentSkipListMap<String, Set<EntityId>> documents = new ConcurrentSkipListMap<>();

  /** Creates an empty registry with its own unit of work and no fault injection. */
  public InMemoryReferenceRewriter() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty registry.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every rewrite
   */
  public InMemoryReferenceRewriter(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  /**
   * Registers a host document with the references it holds, replacing any earlier document
   * with the same key. Not counted by the fault injector.
   *
   * @param document the document's key, not blank
   * @param references the leads, clients and contact persons it references
   */
  public void addDocument(String document, Collection<? extends EntityId> references) {
    Checks.requireText("document", document);
    Set<EntityId> held = freeze(new LinkedHashSet<>(references));
    unitOfWork.write(() -> {
      set(document, held);
      return null;
    });
  }

  /**
   * Returns the references a document holds.
   *
   * @param document the document's key
   * @return the references, in the order they were added; empty for an unknown document
   */
  public Set<EntityId> references(String document) {
    return documents.getOrDefault(Objects.requireNonNull(document, "document"), Set.of());
  }

  /**
   * Returns the documents that reference an entity.
   *
   * @param target a lead, client or contact person id
   * @return the documents' keys, sorted
   */
  public List<String> documentsReferencing(EntityId target) {
    Objects.requireNonNull(target, "target");
    List<String> found = new ArrayList<>();
    documents.forEach((document, references) -> {
      if (references.contains(target)) {
        found.add(document);
      }
    });
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns every document with its references, sorted by key, for assertions in tests.
   *
   * @return a copy of the registry
   */
  public Map<String, Set<EntityId>> all() {
    return Collections.unmodifiableMap(new TreeMap<>(documents));
  }

  /**
   * Replaces every reference to a converted lead with the client.
   *
   * @param lead the converted lead
   * @param client the client that replaces it
   * @return how many documents were rewritten
   * @throws InjectedFailure if the fault injector fails this call; nothing is rewritten
   *     unless the plan fails {@linkplain FailurePlan#afterEffect() after the effect}
   */
  @Override
  public int replaceLead(LeadId lead, ClientId client) {
    return rewrite("replaceLead", Objects.requireNonNull(lead, "lead"),
        List.of(Objects.requireNonNull(client, "client")));
  }

  /**
   * Replaces every reference to a converted lead with the client and the contact person.
   *
   * @param lead the converted lead
   * @param client the client that replaces it
   * @param contactPerson the contact person that replaces it
   * @return how many documents were rewritten
   * @throws InjectedFailure if the fault injector fails this call; nothing is rewritten
   *     unless the plan fails {@linkplain FailurePlan#afterEffect() after the effect}
   */
  @Override
  public int replaceLead(LeadId lead, ClientId client, ContactPersonId contactPerson) {
    return rewrite("replaceLead", Objects.requireNonNull(lead, "lead"), List.of(
        Objects.requireNonNull(client, "client"), Objects.requireNonNull(contactPerson, "contactPerson")));
  }

  /**
   * Replaces every reference to a merged client with the survivor.
   *
   * @param merged the client merged away
   * @param survivor the client that stays
   * @return how many documents were rewritten
   * @throws InjectedFailure if the fault injector fails this call; nothing is rewritten
   *     unless the plan fails {@linkplain FailurePlan#afterEffect() after the effect}
   */
  @Override
  public int replaceClient(ClientId merged, ClientId survivor) {
    return rewrite("replaceClient", Objects.requireNonNull(merged, "merged"),
        List.of(Objects.requireNonNull(survivor, "survivor")));
  }

  /**
   * Replaces every reference to a merged contact person with the survivor.
   *
   * @param merged the contact person merged away
   * @param survivor the contact person that stays
   * @return how many documents were rewritten
   * @throws InjectedFailure if the fault injector fails this call; nothing is rewritten
   *     unless the plan fails {@linkplain FailurePlan#afterEffect() after the effect}
   */
  @Override
  public int replaceContactPerson(ContactPersonId merged, ContactPersonId survivor) {
    return rewrite("replaceContactPerson", Objects.requireNonNull(merged, "merged"),
        List.of(Objects.requireNonNull(survivor, "survivor")));
  }

  private int rewrite(String operation, EntityId old, List<EntityId> replacements) {
    InjectedFailure late = faults.beforeWrite(OPERATION + operation);
    int count = unitOfWork.write(() -> {
      int rewritten = 0;
      for (Map.Entry<String, Set<EntityId>> document : documents.entrySet()) {
        Set<EntityId> references = document.getValue();
        if (references.contains(old)) {
          LinkedHashSet<EntityId> changed = new LinkedHashSet<>();
          for (EntityId reference : references) {
            if (reference.equals(old)) {
              changed.addAll(replacements);
            } else {
              changed.add(reference);
            }
          }
          set(document.getKey(), freeze(changed));
          rewritten++;
        }
      }
      return rewritten;
    });
    if (late != null) {
      throw late;
    }
    return count;
  }

  /** Stores a document's references under the lock, recording the undo. */
  private void set(String document, Set<EntityId> references) {
    Set<EntityId> before = documents.put(document, references);
    unitOfWork.onUndo(() -> {
      if (before == null) {
        documents.remove(document);
      } else {
        documents.put(document, before);
      }
    });
  }

  private static Set<EntityId> freeze(LinkedHashSet<EntityId> references) {
    for (EntityId reference : references) {
      Objects.requireNonNull(reference, "reference");
    }
    return Collections.unmodifiableSet(references);
  }
}
