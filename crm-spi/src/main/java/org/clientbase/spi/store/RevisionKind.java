package org.clientbase.spi.store;

/** What a {@link CardRevision} records. */
public enum RevisionKind {
  /**
   * The card was created through the library: the revision holds the whole card as created and
   * names its author. Only a card's first revision can be a creation.
   */
  CREATED,
  /**
   * The card was changed through the library: the revision holds the field-level diff and names
   * its author.
   */
  UPDATED,
  /**
   * The library found the stored card different from what its history says: the card was
   * written past the library (by the host's own code, an import, a database script) or before
   * the history was kept. The revision holds the card as found; who changed it, and when, is not
   * known, so it has no author and its instant is when the difference was found. Its diff
   * against the previous revision is kept when there is one.
   */
  OBSERVED
}
