package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.LeadId;
import org.clientbase.spi.ReferenceRewriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link ReferenceRewriter}. The host supplies the rewriter and a way to
 * create one of its documents referencing given leads, clients and contact persons, and to read
 * a document's references back.
 *
 * <p>Checks that each replace call rewrites every document that references the old entity and
 * no other, counts one per rewritten document, leaves no reference to the old entity behind,
 * and is idempotent: a second call rewrites nothing, returns 0 and changes nothing. A call for
 * an entity nobody references returns 0.
 */
public abstract class ReferenceRewriterContract {
  private ReferenceRewriter rewriter;

  /** Creates the contract; called by the host's test class. */
  protected ReferenceRewriterContract() {}

  /**
   * Returns the rewriter to test over a store of host documents that holds no document, used by
   * one test.
   *
   * @return the rewriter
   */
  protected abstract ReferenceRewriter newRewriter();

  /**
   * Creates a host document that references the given entities, in the store the rewriter of
   * the running test works on.
   *
   * @param references the leads, clients and contact persons the document references
   * @return a key by which {@link #referencesOf(String)} finds the document
   */
  protected abstract String createDocument(List<EntityId> references);

  /**
   * Reads back the references a document holds now.
   *
   * @param document the key returned by {@link #createDocument(List)}
   * @return the leads, clients and contact persons it references
   */
  protected abstract Set<EntityId> referencesOf(String document);

  @BeforeEach
  final void createRewriter() {
    rewriter = newRewriter();
  }

  @Test
  void replaceLeadRewritesEveryReferencingDocumentOnce() {
    LeadId lead = LeadId.of("l-1");
    ClientId client = ClientId.of("c-1");
    String order = createDocument(List.of(lead));
    String invoice = createDocument(List.of(lead, ClientId.of("c-7")));
    String unrelated = createDocument(List.of(LeadId.of("l-2")));
    assertThat(rewriter.replaceLead(lead, client)).isEqualTo(2);
    assertThat(referencesOf(order)).contains(client).doesNotContain(lead);
    assertThat(referencesOf(invoice)).contains(client, ClientId.of("c-7")).doesNotContain(lead);
    assertThat(referencesOf(unrelated)).containsExactly(LeadId.of("l-2"));
  }

  @Test
  void replaceLeadIsIdempotent() {
    LeadId lead = LeadId.of("l-1");
    ClientId client = ClientId.of("c-1");
    ContactPersonId person = ContactPersonId.of("p-1");
    String order = createDocument(List.of(lead));
    assertThat(rewriter.replaceLead(lead, client, person)).isEqualTo(1);
    Set<EntityId> after = referencesOf(order);
    assertThat(after).contains(client).doesNotContain(lead);
    assertThat(rewriter.replaceLead(lead, client, person)).isZero();
    assertThat(referencesOf(order)).isEqualTo(after);
  }

  @Test
  void replaceClientRewritesEveryReferenceAndIsIdempotent() {
    ClientId merged = ClientId.of("c-2");
    ClientId survivor = ClientId.of("c-1");
    String order = createDocument(List.of(merged));
    String invoice = createDocument(List.of(merged, ContactPersonId.of("p-1")));
    String unrelated = createDocument(List.of(ClientId.of("c-3")));
    assertThat(rewriter.replaceClient(merged, survivor)).isEqualTo(2);
    assertThat(referencesOf(order)).containsExactly(survivor);
    assertThat(referencesOf(invoice)).containsExactlyInAnyOrder(survivor, ContactPersonId.of("p-1"));
    assertThat(referencesOf(unrelated)).containsExactly(ClientId.of("c-3"));
    assertThat(rewriter.replaceClient(merged, survivor)).isZero();
    assertThat(referencesOf(order)).containsExactly(survivor);
  }

  @Test
  void replaceClientInADocumentThatAlreadyReferencesTheSurvivor() {
    ClientId merged = ClientId.of("c-2");
    ClientId survivor = ClientId.of("c-1");
    String both = createDocument(List.of(merged, survivor));
    assertThat(rewriter.replaceClient(merged, survivor)).isEqualTo(1);
    assertThat(referencesOf(both)).contains(survivor).doesNotContain(merged);
    assertThat(rewriter.replaceClient(merged, survivor)).isZero();
  }

  @Test
  void replaceContactPersonRewritesEveryReferenceAndIsIdempotent() {
    ContactPersonId merged = ContactPersonId.of("p-2");
    ContactPersonId survivor = ContactPersonId.of("p-1");
    String meeting = createDocument(List.of(ClientId.of("c-1"), merged));
    String unrelated = createDocument(List.of(ContactPersonId.of("p-3")));
    assertThat(rewriter.replaceContactPerson(merged, survivor)).isEqualTo(1);
    assertThat(referencesOf(meeting)).containsExactlyInAnyOrder(ClientId.of("c-1"), survivor);
    assertThat(referencesOf(unrelated)).containsExactly(ContactPersonId.of("p-3"));
    assertThat(rewriter.replaceContactPerson(merged, survivor)).isZero();
  }

  @Test
  void replacingWhatNobodyReferencesRewritesNothing() {
    String order = createDocument(List.of(ClientId.of("c-1")));
    assertThat(rewriter.replaceLead(LeadId.of("l-9"), ClientId.of("c-9"))).isZero();
    assertThat(rewriter.replaceClient(ClientId.of("c-9"), ClientId.of("c-1"))).isZero();
    assertThat(rewriter.replaceContactPerson(ContactPersonId.of("p-9"), ContactPersonId.of("p-1"))).isZero();
    assertThat(referencesOf(order)).containsExactly(ClientId.of("c-1"));
  }
}
