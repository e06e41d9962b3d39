package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.access.Permission;
import org.clientbase.rules.matching.MergeRefusedException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MovedReference;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.InteractionStore;
import org.clientbase.spi.store.TaskStore;

/**
 * What a user may merge, undo and read of the merge history under the host's access policy. A
 * client is decided by the policy. A contact person may be seen when one of the clients linked
 * to it may be seen (or none is linked), and may be merged only when every client linked to it
 * may be changed, since the merge rewrites those clients' links. A card the user may not see is
 * answered for exactly as a card that does not exist.
 */
public final class MergeAccess {
  private final ClientAccess access;
  private final ClientStore clients;
  private final TaskStore tasks;
  private final InteractionStore interactions;

  /**
   * Creates the checks.
   *
   * @param policy the host's access policy
   * @param clients the client store, read for clients and for contact persons' links
   * @param tasks the task store, read for the tasks a merge moves
   * @param interactions the interaction store, read for the interactions a merge moves
   */
  public MergeAccess(AccessPolicy policy, ClientStore clients, TaskStore tasks, InteractionStore interactions) {
    this.clients = Objects.requireNonNull(clients, "clients");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.interactions = Objects.requireNonNull(interactions, "interactions");
    this.access = ClientAccess.of(policy, clients);
  }

  /**
   * Requires a user to be allowed to change every task and interaction a merge or an undo
   * moves: a task the user is responsible for or wrote, or one whose every card (its client,
   * its contact person through a client it is linked to) the user may edit; an interaction
   * whose every client and contact person the user may edit.
   *
   * @param user the acting user
   * @param references the references the merge or undo moves
   * @throws AccessDeniedException if the user may not change one of them; the refusal does not
   *     name it, since the user may not be allowed to see it
   */
  public void requireMovedRecords(UserId user, List<MovedReference> references) {
    for (MovedReference reference : references) {
      if (reference.record() instanceof TaskId id) {
        tasks.find(id).map(Versioned::value).ifPresent(task -> {
          boolean own = task.responsible().equals(user) || task.author().map(user::equals).orElse(false);
          if (!own && !access.canRecord(user, task.client().stream().toList(), task.contactPerson().stream().toList(),
              Permission.EDIT)) {
            throw movedRecord(user);
          }
        });
      } else if (reference.record() instanceof InteractionId id) {
        interactions.find(id).map(Versioned::value).ifPresent(interaction -> {
          if (!access.canRecord(user, interaction.namedClients(), interaction.namedContactPersons(),
              Permission.EDIT)) {
            throw movedRecord(user);
          }
        });
      }
    }
  }

  /**
   * Requires a user to be allowed to merge cards: every card asked for and every card it stands
   * for now must be visible, else the merge is refused as for a card that does not exist; every
   * card the merge writes must be editable.
   *
   * @param user the acting user
   * @param asked the cards the request names, each with the card in use it resolved to
   * @param written the cards the merge writes (the cards in use)
   * @throws MergeRefusedException if a card is not visible: "card X does not exist"
   * @throws AccessDeniedException if a card is visible but not editable
   */
  public void requireMerge(UserId user, List<EntityId[]> asked, Collection<EntityId> written) {
    for (EntityId[] pair : asked) {
      if (!can(user, pair[0], Permission.VIEW) || !can(user, pair[1], Permission.VIEW)) {
        throw new MergeRefusedException("card " + pair[0] + " does not exist");
      }
    }
    for (EntityId card : written) {
      requireEdit(user, card);
    }
  }

  /**
   * Requires a user to be allowed to undo (or see) a recorded merge: every card it names must be
   * visible, else the answer is the one for a merge that does not exist; to undo, every card it
   * names and every client whose link it moved must be editable.
   *
   * @param user the acting user
   * @param record the merge's record
   * @param permission {@link Permission#VIEW} to see it, {@link Permission#EDIT} to undo it
   * @throws MergeRefusedException if a card is not visible: "there is no merge M"
   * @throws AccessDeniedException if undoing and a card is not editable
   */
  public void requireRecord(UserId user, MergeRecord record, Permission permission) {
    if (!canSee(user, record)) {
      throw new MergeRefusedException("there is no merge " + record.id());
    }
    if (permission == Permission.EDIT) {
      for (EntityId card : cards(record)) {
        requireEdit(user, card);
      }
      requireMovedRecords(user, record.movedReferences());
    }
  }

  /**
   * Tells whether a user may see a recorded merge: every card it names, and every client whose
   * link it moved.
   *
   * @param user the acting user
   * @param record the merge's record
   * @return {@code true} if every card is visible
   */
  public boolean canSee(UserId user, MergeRecord record) {
    for (EntityId card : cards(record)) {
      if (!can(user, card, Permission.VIEW)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the part of a recorded merge a user may see: the record without the moved tasks and
   * interactions the user may not see now (or that are no longer stored). A task is seen by its
   * responsible user and its author, and by a user who may see every card it names; an
   * interaction by a user who may see every card it names.
   *
   * @param user the acting user, who may see the record ({@link #canSee})
   * @param record the merge's record
   * @return the record, or a copy with fewer moved references
   */
  public MergeRecord visiblePart(UserId user, MergeRecord record) {
    List<MovedReference> shown = new ArrayList<>();
    for (MovedReference reference : record.movedReferences()) {
      if (canSeeMoved(user, reference)) {
        shown.add(reference);
      }
    }
    if (shown.size() == record.movedReferences().size()) {
      return record;
    }
    return new MergeRecord(record.id(), record.state(), record.startedAt(), record.author(), record.undoneAt(),
        record.undoneBy(), record.survivorBefore(), record.survivorAfter(), record.mergedBefore(), record.conflicts(),
        shown, record.movedDocuments(), record.note());
  }

  private boolean canSeeMoved(UserId user, MovedReference reference) {
    if (reference.record() instanceof TaskId id) {
      return tasks.find(id).map(Versioned::value).map(task ->
          task.responsible().equals(user) || task.author().map(user::equals).orElse(false)
              || access.canRecord(user, task.client().stream().toList(), task.contactPerson().stream().toList(),
                  Permission.VIEW)).orElse(false);
    }
    if (reference.record() instanceof InteractionId id) {
      return interactions.find(id).map(Versioned::value).map(interaction ->
          access.canRecord(user, interaction.namedClients(), interaction.namedContactPersons(), Permission.VIEW))
          .orElse(false);
    }
    return true;
  }

  /**
   * Tells whether a user may see a card.
   *
   * @param user the acting user
   * @param card a client or contact person
   * @return {@code true} if visible; {@code false} also if it does not exist
   */
  public boolean canView(UserId user, EntityId card) {
    return can(user, card, Permission.VIEW);
  }

  private static Set<EntityId> cards(MergeRecord record) {
    Set<EntityId> cards = new LinkedHashSet<>();
    cards.add(record.survivor());
    cards.addAll(record.merged());
    for (MovedReference reference : record.movedReferences()) {
      if (reference.record() instanceof ClientId client) {
        cards.add(client);
      }
    }
    return cards;
  }

  private static AccessDeniedException movedRecord(UserId user) {
    return new AccessDeniedException(user, Permission.EDIT, "every task and interaction the merge moves",
        "the access policy forbids it");
  }

  private void requireEdit(UserId user, EntityId card) {
    if (!can(user, card, Permission.EDIT)) {
      String what = card instanceof ClientId ? "client " + card : "contact person " + card;
      throw new AccessDeniedException(user, Permission.EDIT, what, card instanceof ClientId
          ? "the access policy forbids it"
          : "the access policy forbids it for a client the person is linked to");
    }
  }

  private boolean can(UserId user, EntityId card, Permission permission) {
    if (card instanceof ClientId client) {
      return clients.find(client).map(c -> access.can(user, c.value(), permission)).orElse(false);
    }
    List<Client> linked = new ArrayList<>(clients.findByContactPerson((ContactPersonId) card));
    if (permission == Permission.VIEW) {
      return access.allowsContactPerson(user, linked, permission);
    }
    for (Client client : linked) {
      if (!access.can(user, client, permission)) {
        return false;
      }
    }
    return true;
  }
}
