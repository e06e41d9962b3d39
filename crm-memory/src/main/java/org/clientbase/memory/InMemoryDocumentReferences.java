package org.clientbase.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.matching.DocumentReferences;

/**
 * {@link DocumentReferences} over the registry of host documents of an {@link
 * InMemoryReferenceRewriter}, so that conversions and merges work on the same documents.
 *
 * <p>A move returns one key per changed document: the document's key after {@code "="}, or
 * after {@code "+"} when the document referenced the survivor already, so that a restore gives
 * the document back both cards. Writes take part in the {@link InMemoryUnitOfWork}; each call
 * first consults the {@link FaultInjector}, so a failing call has no effect. Thread-safe.
 */
public final class InMemoryDocumentReferences implements DocumentReferences {
  private static final String OPERATION = "DocumentReferences.";
  private static final char REPLACED = '=';
  private static final char HELD_BOTH = '+';

  private final InMemoryReferenceRewriter documents;
  private final InMemoryUnitOfWork unitOfWork;
  private final FaultInjector faults;

  /**
   * Creates the references over a registry of documents.
   *
   * @param documents the registry, usually the host's {@link InMemoryReferenceRewriter}
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryDocumentReferences(
      InMemoryReferenceRewriter documents, InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    this.documents = Objects.requireNonNull(documents, "documents");
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  /**
   * Returns the registry of documents.
   *
   * @return the registry
   */
  public InMemoryReferenceRewriter documents() {
    return documents;
  }

  /**
   * Moves every reference to a merged client to the survivor.
   *
   * @param merged the merged client
   * @param survivor the survivor
   * @return the keys of the changed documents
   * @throws InjectedFailure if the fault injector fails this call; nothing is changed
   */
  @Override
  public List<String> moveClient(ClientId merged, ClientId survivor) {
    return move("moveClient", Objects.requireNonNull(merged, "merged"), Objects.requireNonNull(survivor, "survivor"));
  }

  /**
   * Moves every reference to a merged contact person to the survivor.
   *
   * @param merged the merged contact person
   * @param survivor the survivor
   * @return the keys of the changed documents
   * @throws InjectedFailure if the fault injector fails this call; nothing is changed
   */
  @Override
  public List<String> moveContactPerson(ContactPersonId merged, ContactPersonId survivor) {
    return move("moveContactPerson", Objects.requireNonNull(merged, "merged"),
        Objects.requireNonNull(survivor, "survivor"));
  }

  /**
   * Puts a merged client back into the documents a move changed.
   *
   * @param keys the keys the move returned
   * @param merged the merged client
   * @param survivor the survivor
   * @throws InjectedFailure if the fault injector fails this call; nothing is changed
   */
  @Override
  public void restoreClient(Collection<String> keys, ClientId merged, ClientId survivor) {
    restore("restoreClient", keys, Objects.requireNonNull(merged, "merged"), Objects.requireNonNull(survivor, "survivor"));
  }

  /**
   * Puts a merged contact person back into the documents a move changed.
   *
   * @param keys the keys the move returned
   * @param merged the merged contact person
   * @param survivor the survivor
   * @throws InjectedFailure if the fault injector fails this call; nothing is changed
   */
  @Override
  public void restoreContactPerson(Collection<String> keys, ContactPersonId merged, ContactPersonId survivor) {
    restore("restoreContactPerson", keys, Objects.requireNonNull(merged, "merged"),
        Objects.requireNonNull(survivor, "survivor"));
  }

  private List<String> move(String operation, EntityId merged, EntityId survivor) {
    faults.beforeCall(OPERATION + operation, true);
    return unitOfWork.write(() -> {
      List<String> changed = new ArrayList<>();
      for (String document : documents.documentsReferencing(merged)) {
        Set<EntityId> before = documents.references(document);
        boolean heldBoth = before.contains(survivor);
        LinkedHashSet<EntityId> after = new LinkedHashSet<>();
        for (EntityId reference : before) {
          after.add(reference.equals(merged) ? survivor : reference);
        }
        documents.addDocument(document, after);
        changed.add((heldBoth ? HELD_BOTH : REPLACED) + document);
      }
      return List.copyOf(changed);
    });
  }

  private void restore(String operation, Collection<String> keys, EntityId merged, EntityId survivor) {
    Objects.requireNonNull(keys, "keys");
    faults.beforeCall(OPERATION + operation, true);
    unitOfWork.write(() -> {
      for (String key : keys) {
        if (key.length() < 2 || (key.charAt(0) != REPLACED && key.charAt(0) != HELD_BOTH)) {
          throw new IllegalArgumentException("not a key returned by a move: " + key);
        }
        String document = key.substring(1);
        Set<EntityId> now = documents.references(document);
        if (!now.contains(survivor) || now.contains(merged)) {
          continue; // restored already, or changed since in a way a restore must not undo
        }
        LinkedHashSet<EntityId> restored = new LinkedHashSet<>();
        for (EntityId reference : now) {
          if (reference.equals(survivor)) {
            restored.add(merged);
            if (key.charAt(0) == HELD_BOTH) {
              restored.add(survivor);
            }
          } else {
            restored.add(reference);
          }
        }
        documents.addDocument(document, restored);
      }
      return null;
    });
  }
}
