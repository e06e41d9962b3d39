package org.clientbase.spi.matching;

import java.util.List;
import java.util.Objects;
import org.clientbase.core.id.EntityId;

/**
 * The host's documents whose references to one merged card a merge moved to the survivor, as
 * {@link DocumentReferences} named them.
 *
 * @param from the merged card
 * @param documents the host's opaque keys of the changed documents
 */
public record MovedDocuments(EntityId from, List<String> documents) {
  /**
   * Checks and copies the parts.
   *
   * @param from the merged card
   * @param documents the documents' keys
   */
  public MovedDocuments {
    Objects.requireNonNull(from, "from");
    documents = List.copyOf(documents);
  }
}
