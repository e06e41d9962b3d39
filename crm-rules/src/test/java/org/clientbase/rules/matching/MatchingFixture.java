package org.clientbase.rules.matching;

import org.clientbase.spi.access.AccessPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.access.Fixture;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.ForwardingClientbase;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.memory.InMemoryDocumentReferences;
import org.clientbase.memory.InMemoryMatchKeyIndex;
import org.clientbase.memory.InMemoryMergeJournal;

/**
 * An in-memory client base with the duplicate index, the merge journal and both services; the
 * merger takes the custom fields the test kit's generators fill.
 */
final class MatchingFixture {
  static final Instant NOW = Instant.parse("2026-03-10T07:30:00Z");
  /** A user the open access policy of the fixture lets see and change everything. */
  static final UserId USER = UserId.of("m-1");
  /** The system, for scans over the whole base. */
  static final SystemActor SYSTEM = SystemActor.recordedAs(UserId.of("system:scan"));

  final InMemoryClientbase base = InMemoryClientbase.create();
  final InMemoryMatchKeyIndex index = base.matchKeyIndex();
  final InMemoryMergeJournal journal = base.mergeJournal();
  final InMemoryDocumentReferences documents = base.documentReferences();
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final DuplicateControl control;
  final DuplicateMerger merger;

  MatchingFixture() {
    this(DuplicateControl.builder());
  }

  MatchingFixture(DuplicateControl.Builder controlBuilder) {
    control = controlBuilder.clientbase(base).accessPolicy(AccessPolicy.allowAll()).build();
    merger = mergerBuilder(base.unitOfWork())
        .clientCard(Fixture.catalogue(CardType.CLIENT)).contactPersonCard(Fixture.catalogue(CardType.CONTACT_PERSON))
        .build();
  }

  DuplicateMerger.Builder mergerBuilder(UnitOfWork unitOfWork) {
    Clientbase withUnitOfWork = new ForwardingClientbase(base) {
      @Override
      public UnitOfWork unitOfWork() {
        return unitOfWork;
      }
    };
    return DuplicateMerger.builder().clientbase(withUnitOfWork).clock(clock).duplicateControl(control);
  }

  void reindexAll() {
    for (CardType type : new CardType[] {CardType.LEAD, CardType.CLIENT, CardType.CONTACT_PERSON}) {
      control.reindexAll(type, ProgressListener.none());
    }
  }

  void reindex(EntityId card) {
    control.reindex(card);
  }
}
