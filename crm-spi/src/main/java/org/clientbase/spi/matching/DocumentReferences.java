package org.clientbase.spi.matching;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.spi.ReferenceRewriter;

/**
 * Moves references in the host's own documents (orders, invoices, ...) from a merged card to
 * the survivor, and moves exactly those back when the merge is undone.
 *
 * <p>The library calls it inside the merge's {@link org.clientbase.spi.UnitOfWork}. Guarantees
 * the host must give:
 * <ul>
 *   <li>a move replaces every reference to the merged card and returns one key per changed
 *       document; the keys are opaque to the library, which stores them in the {@link
 *       MergeRecord} and hands them back to the restore, so a host may encode in them whatever
 *       it needs to restore a document exactly (e.g. that it held both cards);</li>
 *   <li>moves are idempotent: moving again finds nothing left and returns no key;</li>
 *   <li>a restore puts the merged card back in exactly the documents named, and is idempotent.</li>
 * </ul>
 *
 * <p>A host that only has a {@link ReferenceRewriter} can use {@link #through(ReferenceRewriter)}:
 * merges then move references, but an undo leaves the host's documents with the survivor.
 */
public interface DocumentReferences {

  /**
   * Replaces every reference to a merged client with the survivor.
   *
   * @param merged the client merged away
   * @param survivor the client that stays
   * @return the keys of the changed documents
   */
  List<String> moveClient(ClientId merged, ClientId survivor);

  /**
   * Replaces every reference to a merged contact person with the survivor.
   *
   * @param merged the contact person merged away
   * @param survivor the contact person that stays
   * @return the keys of the changed documents
   */
  List<String> moveContactPerson(ContactPersonId merged, ContactPersonId survivor);

  /**
   * Puts a merged client back into the documents a move changed.
   *
   * @param documents the keys the move returned
   * @param merged the client that was merged away
   * @param survivor the client that replaced it
   */
  void restoreClient(Collection<String> documents, ClientId merged, ClientId survivor);

  /**
   * Puts a merged contact person back into the documents a move changed.
   *
   * @param documents the keys the move returned
   * @param merged the contact person that was merged away
   * @param survivor the contact person that replaced it
   */
  void restoreContactPerson(Collection<String> documents, ContactPersonId merged, ContactPersonId survivor);

  /**
   * Tells whether {@link #restoreClient} and {@link #restoreContactPerson} can restore the
   * documents; {@code false} for {@link #through(ReferenceRewriter)}.
   *
   * @return {@code true} if an undo restores the host's documents
   */
  default boolean canRestore() {
    return true;
  }

  /**
   * Returns references for hosts that keep no documents of their own beyond the library's
   * stores: nothing to move, nothing to restore.
   *
   * @return the no-op references
   */
  static DocumentReferences none() {
    return through(ReferenceRewriter.none());
  }

  /**
   * Returns references that move through a {@link ReferenceRewriter}. The rewriter does not say
   * which documents it changed, so a move returns no keys and an undo cannot restore the
   * documents: {@link #canRestore()} is {@code false}, and the restores do nothing.
   *
   * @param rewriter the host's rewriter
   * @return the references
   */
  static DocumentReferences through(ReferenceRewriter rewriter) {
    Objects.requireNonNull(rewriter, "rewriter");
    return new DocumentReferences() {
      @Override
      public List<String> moveClient(ClientId merged, ClientId survivor) {
        rewriter.replaceClient(merged, survivor);
        return List.of();
      }

      @Override
      public List<String> moveContactPerson(ContactPersonId merged, ContactPersonId survivor) {
        rewriter.replaceContactPerson(merged, survivor);
        return List.of();
      }

      @Override
      public void restoreClient(Collection<String> documents, ClientId merged, ClientId survivor) {}

      @Override
      public void restoreContactPerson(
          Collection<String> documents, ContactPersonId merged, ContactPersonId survivor) {}

      @Override
      public boolean canRestore() {
        return false;
      }
    };
  }
}
