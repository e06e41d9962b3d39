package org.clientbase.spi.matching;

/** Where a merge stands, as its {@link MergeRecord} tells. */
public enum MergeState {
  /**
   * The merge is recorded with everything it will write, and its writes may be partly done: a
   * host without transactions crashed in the middle. Resuming the merge finishes it.
   */
  STARTED,
  /** Every write of the merge is done: the survivor is filled, the others are marked merged. */
  APPLIED,
  /** The merge was undone: the cards and the moved references are as they were before. */
  UNDONE
}
