package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemoryMergeJournal;
import org.clientbase.spi.matching.MergeJournal;
import org.clientbase.testkit.contract.MergeJournalContract;

class InMemoryMergeJournalTest extends MergeJournalContract {

  @Override
  protected MergeJournal newStore() {
    return new InMemoryMergeJournal();
  }
}
