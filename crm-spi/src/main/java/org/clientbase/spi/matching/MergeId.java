package org.clientbase.spi.matching;

import org.clientbase.core.id.EntityId;

/** Identifies one merge of duplicate cards in the {@link MergeJournal}. */
public final class MergeId extends EntityId {

  private MergeId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the host's key as text: not blank, no surrounding white space
   * @return the id
   * @throws org.clientbase.core.InvalidValueException if the text is not a valid id
   */
  public static MergeId of(String value) {
    return new MergeId(value);
  }
}
