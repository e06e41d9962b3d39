package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.access.Permission;
import org.clientbase.rules.matching.MergeRefusedException;
import org.clientbase.rules.matching.MergeRequest;
import org.clientbase.rules.matching.MergeResult;
import org.clientbase.spi.ConcurrentUpdateException;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeJournal;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;

/**
 * Runs merges, resumes and undos each in its own unit of work, again from fresh reads when it
 * collided with another unit of work, and answers merge history under the access policy.
 */
public final class MergeRunner {
  /** How many times a unit of work that collided with another is run before giving up. */
  public static final int ATTEMPTS = 16;
  private static final int RESUME_BATCH = 100;

  private final MergeJournal journal;
  private final UnitOfWork unitOfWork;
  private final MergeEngine engine;
  private final Optional<MergeAccess> access;

  /**
   * Creates the runner.
   *
   * @param journal the merge journal
   * @param unitOfWork the unit of work each step runs in
   * @param engine the steps
   * @param access the access checks, or empty without a policy
   */
  public MergeRunner(MergeJournal journal, UnitOfWork unitOfWork, MergeEngine engine, Optional<MergeAccess> access) {
    this.journal = Objects.requireNonNull(journal, "journal");
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.access = Objects.requireNonNull(access, "access");
  }

  /**
   * Merges.
   *
   * @param request the request
   * @param author who changes are attributed to; may be null
   * @param acting the user checked against the policy; null for the system
   * @return what was done
   */
  public MergeResult merge(MergeRequest request, UserId author, UserId acting) {
    CardKind<?, ?> kind = engine.kindOf(request);
    List<MergeId> started = new ArrayList<>();
    return retrying("merge of " + request.cards(), () -> {
      started.clear();
      return engine.merge(kind, request, author, started, acting);
    }, () -> started.stream().anyMatch(id -> journal.find(id).isPresent()));
  }

  /**
   * Finishes every started merge.
   *
   * @param authorOf who a resumed merge's changes are attributed to, given its record's author
   * @return what was finished
   */
  public List<MergeResult> resume(Function<Optional<UserId>, UserId> authorOf) {
    List<MergeResult> results = new ArrayList<>();
    while (true) {
      List<Versioned<MergeRecord>> started = journal.findByState(MergeState.STARTED, RESUME_BATCH);
      if (started.isEmpty()) {
        return results;
      }
      for (Versioned<MergeRecord> record : started) {
        results.add(retrying("resume of " + record.value().id(), () -> {
          Versioned<MergeRecord> fresh = journal.find(record.value().id()).orElseThrow();
          if (fresh.value().state() != MergeState.STARTED) {
            return new MergeResult(MergeResult.Outcome.RESUMED, Optional.of(fresh.value().id()),
                fresh.value().survivor(), fresh.value().merged(), fresh.value().conflicts(), 0, 0);
          }
          return engine.apply(engine.kindOf(fresh.value()), fresh, MergeResult.Outcome.RESUMED,
              authorOf.apply(fresh.value().author()));
        }, () -> false));
      }
    }
  }

  /**
   * Undoes a merge.
   *
   * @param merge the merge
   * @param author who changes are attributed to; may be null
   * @param acting the user checked against the policy; null for the system
   * @return what was done
   */
  public MergeResult undo(MergeId merge, UserId author, UserId acting) {
    return retrying("undo of " + merge, () -> {
      Versioned<MergeRecord> stored = journal.find(merge)
          .orElseThrow(() -> new MergeRefusedException("there is no merge " + merge));
      MergeRecord record = stored.value();
      if (acting != null && access.isPresent()) {
        access.get().requireRecord(acting, record, Permission.EDIT);
      }
      return switch (record.state()) {
        case UNDONE -> new MergeResult(MergeResult.Outcome.ALREADY_UNDONE, Optional.of(merge), record.survivor(),
            record.merged(), record.conflicts(), 0, 0);
        case STARTED -> throw new MergeRefusedException("merge " + merge + " is not finished; resume it first");
        case APPLIED -> engine.undo(engine.kindOf(record), stored, author);
      };
    }, () -> false);
  }

  /**
   * Returns the merges a card took part in that a user may see, each without the moved tasks and
   * interactions the user may not see, or all for the system.
   *
   * @param card the card
   * @param user the user asking, or null for the system
   * @return the records, oldest first
   */
  public List<MergeRecord> history(EntityId card, UserId user) {
    List<MergeRecord> all = journal.findByCard(Objects.requireNonNull(card, "card")).stream()
        .map(Versioned::value).toList();
    if (user == null || access.isEmpty()) {
      return all;
    }
    if (!access.get().canView(user, card)) {
      return List.of();
    }
    return all.stream().filter(r -> access.get().canSee(user, r)).map(r -> access.get().visiblePart(user, r)).toList();
  }

  /**
   * Runs work in a unit of work, again from fresh reads when it collided with another unit of
   * work, at most {@link #ATTEMPTS} times. A collision is a {@link ConcurrentUpdateException} or
   * a {@link StaleWriteException}: the work writes every card at the version it read, so a
   * stale write means another merge, undo or edit of the same cards committed first. On a host
   * without transactions a failed attempt may have left its record started; then it is not run
   * again, and resuming finishes it.
   */
  private <T> T retrying(String what, Supplier<T> work, BooleanSupplier leftBehind) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return unitOfWork.execute(work);
      } catch (ConcurrentUpdateException | StaleWriteException collision) {
        if (leftBehind.getAsBoolean()) {
          throw collision;
        }
        last = collision;
      }
    }
    throw new ConcurrentUpdateException(what + " collided with other units of work " + ATTEMPTS
        + " times; nothing was written, try again", last);
  }
}
