package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.matching.DocumentReferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DocumentReferences} that can restore ({@link
 * DocumentReferences#canRestore()}). The host supplies the implementation and a way to create
 * one of its documents and read its references back.
 *
 * <p>Checks that a move changes every document that references the merged card and no other,
 * returns one key per changed document, and is idempotent; that a restore of those keys gives
 * every document exactly its references before the move, including a document that referenced
 * both cards; and that a restore is idempotent.
 */
public abstract class DocumentReferencesContract {
  private DocumentReferences references;

  /** Creates the contract; called by the host's test class. */
  protected DocumentReferencesContract() {}

  /**
   * Returns the implementation to test over a store of host documents that holds no document,
   * used by one test.
   *
   * @return the references
   */
  protected abstract DocumentReferences newReferences();

  /**
   * Creates a host document that references the given clients and contact persons.
   *
   * @param references the cards the document references
   * @return a key by which {@link #referencesOf(String)} finds the document
   */
  protected abstract String createDocument(List<EntityId> references);

  /**
   * Reads back the references a document holds now.
   *
   * @param document the key returned by {@link #createDocument(List)}
   * @return the cards it references
   */
  protected abstract Set<EntityId> referencesOf(String document);

  @BeforeEach
  final void createReferences() {
    references = newReferences();
    assertThat(references.canRestore()).as("the contract is for implementations that can restore").isTrue();
  }

  @Test
  void moveChangesEveryReferencingDocumentAndNoOther() {
    ClientId merged = ClientId.of("c-2");
    ClientId survivor = ClientId.of("c-1");
    String order = createDocument(List.of(merged));
    String invoice = createDocument(List.of(merged, ContactPersonId.of("p-1")));
    String other = createDocument(List.of(ClientId.of("c-3")));
    assertThat(references.moveClient(merged, survivor)).hasSize(2);
    assertThat(referencesOf(order)).containsExactly(survivor);
    assertThat(referencesOf(invoice)).containsExactlyInAnyOrder(survivor, ContactPersonId.of("p-1"));
    assertThat(referencesOf(other)).containsExactly(ClientId.of("c-3"));
  }

  @Test
  void moveIsIdempotent() {
    ContactPersonId merged = ContactPersonId.of("p-2");
    ContactPersonId survivor = ContactPersonId.of("p-1");
    String order = createDocument(List.of(merged));
    references.moveContactPerson(merged, survivor);
    assertThat(references.moveContactPerson(merged, survivor)).isEmpty();
    assertThat(referencesOf(order)).containsExactly(survivor);
  }

  @Test
  void restoreGivesEveryDocumentItsReferencesBack() {
    ClientId merged = ClientId.of("c-2");
    ClientId survivor = ClientId.of("c-1");
    String order = createDocument(List.of(merged));
    String both = createDocument(List.of(merged, survivor, ContactPersonId.of("p-1")));
    String survivorOnly = createDocument(List.of(survivor));
    List<String> moved = references.moveClient(merged, survivor);
    references.restoreClient(moved, merged, survivor);
    assertThat(referencesOf(order)).containsExactly(merged);
    assertThat(referencesOf(both)).containsExactlyInAnyOrder(merged, survivor, ContactPersonId.of("p-1"));
    assertThat(referencesOf(survivorOnly)).containsExactly(survivor);
    references.restoreClient(moved, merged, survivor);
    assertThat(referencesOf(order)).containsExactly(merged);
    assertThat(referencesOf(survivorOnly)).containsExactly(survivor);
  }

  @Test
  void restoreOfContactPersonsGivesTheDocumentsBack() {
    ContactPersonId merged = ContactPersonId.of("p-2");
    ContactPersonId survivor = ContactPersonId.of("p-1");
    String meeting = createDocument(List.of(merged, ClientId.of("c-1")));
    List<String> moved = references.moveContactPerson(merged, survivor);
    references.restoreContactPerson(moved, merged, survivor);
    assertThat(referencesOf(meeting)).containsExactlyInAnyOrder(merged, ClientId.of("c-1"));
  }
}
