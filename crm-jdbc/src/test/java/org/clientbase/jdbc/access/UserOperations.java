package org.clientbase.jdbc.access;

import static org.clientbase.jdbc.access.AccessScenario.T0;
import static org.clientbase.jdbc.access.AccessScenario.v;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.InteractionState;
import org.clientbase.core.activity.InteractionType;
import org.clientbase.core.activity.Participant;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.task.Task;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.field.CardType;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.rules.classification.ClassificationSettings;
import org.clientbase.rules.conversion.ConversionOptions;
import org.clientbase.rules.conversion.DuplicatePolicy;
import org.clientbase.rules.matching.CheckResult;
import org.clientbase.rules.matching.MatchCard;
import org.clientbase.rules.matching.MergeRequest;
import org.clientbase.rules.matching.ScanPart;
import org.clientbase.rules.matching.ScanSummary;
import org.clientbase.spi.ProgressListener;
import org.clientbase.rules.history.CardTimeline;
import org.clientbase.rules.status.ClientRecalculation;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.rules.task.TaskFilter;
import org.clientbase.testkit.contract.ContractFixtures;

/**
 * Every public operation of the library that acts on behalf of a user, by its signature, each
 * called with the arguments a scenario chooses. {@link AccessApiCoverageTest} checks that the
 * list matches the public API.
 */
public final class UserOperations {
  /** One operation: calls the service of a world with a scenario's arguments. */
  @FunctionalInterface
  public interface Operation {
    /**
     * Calls the operation.
     *
     * @param w the world
     * @param s the scenario
     * @return what the operation returned
     */
    Object call(AccessWorld w, AccessScenario s);
  }

  /** The operations that may write, by signature. */
  public static final Set<String> WRITES = Set.of(
      "CardHistory.createClient(UserId,Client)", "CardHistory.updateClient(UserId,Client,long)",
      "CardHistory.createContactPerson(UserId,ContactPerson)", "CardHistory.updateContactPerson(UserId,ContactPerson,long)",
      "CardHistory.recordClientCreated(UserId,Versioned)", "CardHistory.recordClientChanged(UserId,Versioned,Versioned)",
      "CardHistory.recordContactPersonCreated(UserId,Versioned)",
      "CardHistory.recordContactPersonChanged(UserId,Versioned,Versioned)",
      "TaskService.create(UserId,Task)", "TaskService.assign(UserId,TaskId,UserId)",
      "TaskService.reschedule(UserId,TaskId,Instant,Instant)",
      "TaskService.reschedule(UserId,TaskId,Instant,Instant,Instant)", "TaskService.start(UserId,TaskId)",
      "TaskService.complete(UserId,TaskId)", "TaskService.cancel(UserId,TaskId)",
      "InteractionService.record(UserId,Interaction)", "InteractionService.complete(UserId,InteractionId)",
      "InteractionService.cancel(UserId,InteractionId)", "KeyPersons.mark(UserId,ClientId,ContactPersonId,boolean)",
      "RequisitesAutoFill.create(UserId,ClientId,Inn)", "RequisitesAutoFill.refresh(UserId,CounterpartyId)",
      "StatusService.recalculate(UserId,ClientId,boolean)", "StatusService.setStatus(ClientId,StatusId,UserId,String)",
      "StatusService.setStatus(ClientId,StatusId,UserId)",
      "LeadConverter.convert(UserId,LeadId)", "LeadConverter.convert(UserId,LeadId,ConversionOptions)",
      "LeadDirectory.switchOff(UserId,SwitchOffConfirmation,ProgressListener)", "DuplicateMerger.undo(MergeId,UserId)",
      "DuplicateMerger.merge(MergeRequest)");

  /**
   * The operations whose answer may tell the user that something exists among what the user may
   * not see, and nothing more: a possible duplicate (conversion), or a task or interaction a merge
   * or an undo would have to move and the user may not change (the merge is then refused without
   * naming it). Their answers are searched for the hidden cards instead of compared with the
   * user's part of the base alone.
   */
  public static final Set<String> MAY_TELL_SOMETHING_HIDDEN_EXISTS = Set.of(
      "LeadConverter.convert(UserId,LeadId)", "LeadConverter.convert(UserId,LeadId,ConversionOptions)",
      "LeadDirectory.switchOff(UserId,SwitchOffConfirmation,ProgressListener)", "DuplicateMerger.merge(MergeRequest)",
      "DuplicateMerger.undo(MergeId,UserId)");

  private static final ClassificationSettings Q1 =
      ClassificationSettings.ofDefaults(YearMonth.of(2026, 1), YearMonth.of(2026, 3));

  private UserOperations() {}

  /**
   * Returns every operation, by signature.
   *
   * @return the operations
   */
  public static Map<String, Operation> all() {
    Map<String, Operation> ops = new LinkedHashMap<>();
    // card history
    ops.put("CardHistory.createClient(UserId,Client)", (w, s) -> {
      Client.Builder card = Client.builder().id(ClientId.of("c-new")).kind(ClientKind.LEGAL_ENTITY).name("New")
          .createdOn(LocalDate.of(2026, 3, 10)).responsible(s.bit(0) ? s.user() : s.other());
      if (s.bit(1)) {
        card.addContacts(ClientContact.of(s.targetPerson()));
      }
      return w.history.createClient(s.user(), card.build());
    });
    ops.put("CardHistory.updateClient(UserId,Client,long)", (w, s) -> {
      Client.Builder card = Client.builder().from(s.targetCard()).comment("changed");
      if (s.bit(1) && s.targetCard().contact(s.targetPerson()).isEmpty()) {
        card.addContacts(ClientContact.of(s.targetPerson()));
      }
      return w.history.updateClient(s.user(), card.build(), 1);
    });
    ops.put("CardHistory.createContactPerson(UserId,ContactPerson)", (w, s) -> w.history.createContactPerson(s.user(),
        ContactPerson.builder().from(AccessScenario.person(1)).id(ContactPersonId.of("p-new")).build()));
    ops.put("CardHistory.updateContactPerson(UserId,ContactPerson,long)", (w, s) -> w.history.updateContactPerson(s.user(),
        ContactPerson.builder().from(s.targetPersonCard()).position("Director").build(), 1));
    ops.put("CardHistory.recordClientCreated(UserId,Versioned)", (w, s) -> {
      w.history.recordClientCreated(s.user(), v(s.targetCard(), 1));
      return "recorded";
    });
    ops.put("CardHistory.recordClientChanged(UserId,Versioned,Versioned)", (w, s) -> {
      w.history.recordClientChanged(s.user(), v(s.targetCard(), 1),
          v(Client.builder().from(s.targetCard()).name("Forged").build(), 2));
      return "recorded";
    });
    ops.put("CardHistory.recordContactPersonCreated(UserId,Versioned)", (w, s) -> {
      w.history.recordContactPersonCreated(s.user(), v(s.targetPersonCard(), 1));
      return "recorded";
    });
    ops.put("CardHistory.recordContactPersonChanged(UserId,Versioned,Versioned)", (w, s) -> {
      w.history.recordContactPersonChanged(s.user(), v(s.targetPersonCard(), 1),
          v(ContactPerson.builder().from(s.targetPersonCard()).position("Forged").build(), 2));
      return "recorded";
    });
    ops.put("CardHistory.revisions(UserId,ClientId)", (w, s) -> w.history.revisions(s.user(), s.targetClient()));
    ops.put("CardHistory.revisions(UserId,ContactPersonId)", (w, s) -> w.history.revisions(s.user(), s.targetPerson()));
    ops.put("CardHistory.asOf(UserId,ClientId,Instant)", (w, s) -> w.history.asOf(s.user(), s.targetClient(), T0));
    ops.put("CardHistory.asOf(UserId,ContactPersonId,Instant)", (w, s) -> w.history.asOf(s.user(), s.targetPerson(), T0));
    ops.put("CardHistory.timeline(UserId,ClientId)", (w, s) -> w.history.timeline(s.user(), s.targetClient()));
    ops.put("CardHistory.timeline(UserId,ContactPersonId)", (w, s) -> w.history.timeline(s.user(), s.targetPerson()));
    // tasks
    ops.put("TaskService.create(UserId,Task)", (w, s) -> {
      Task.Builder task = Task.builder().id(TaskId.of("t-new")).subject("New").responsible(s.other())
          .start(T0).due(T0.plus(Duration.ofHours(1)));
      if (s.bit(0) || !s.bit(1)) {
        task.client(s.targetClient());
      }
      if (s.bit(1)) {
        task.contactPerson(s.targetPerson());
      }
      return w.tasks.create(s.user(), task.build());
    });
    ops.put("TaskService.find(UserId,TaskId)", (w, s) -> w.tasks.find(s.user(), s.targetTask()));
    ops.put("TaskService.assign(UserId,TaskId,UserId)", (w, s) -> w.tasks.assign(s.user(), s.targetTask(), s.other()));
    ops.put("TaskService.reschedule(UserId,TaskId,Instant,Instant)", (w, s) -> w.tasks.reschedule(s.user(),
        s.targetTask(), T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(2))));
    ops.put("TaskService.reschedule(UserId,TaskId,Instant,Instant,Instant)", (w, s) -> w.tasks.reschedule(s.user(),
        s.targetTask(), T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofMinutes(90))));
    ops.put("TaskService.start(UserId,TaskId)", (w, s) -> w.tasks.start(s.user(), s.targetTask()));
    ops.put("TaskService.complete(UserId,TaskId)", (w, s) -> w.tasks.complete(s.user(), s.targetTask()));
    ops.put("TaskService.cancel(UserId,TaskId)", (w, s) -> w.tasks.cancel(s.user(), s.targetTask()));
    ops.put("TaskService.list(UserId,TaskFilter)", (w, s) -> w.tasks.list(s.user(),
        s.bit(0) ? TaskFilter.all().responsible(s.other()) : s.bit(1) ? TaskFilter.all().client(s.targetClient())
            : TaskFilter.all()));
    ops.put("TaskService.overdue(UserId)", (w, s) -> w.tasks.overdue(s.user()));
    ops.put("TaskService.remindersDue(UserId,Instant,Instant)", (w, s) -> w.tasks.remindersDue(s.user(),
        T0.minus(Duration.ofDays(1)), T0));
    // interactions
    ops.put("InteractionService.record(UserId,Interaction)", (w, s) -> {
      Interaction.Builder call = Interaction.builder().id(InteractionId.of("e-new")).type(InteractionType.MEETING)
          .state(InteractionState.PLANNED).subject("Meet").start(T0);
      if (s.bit(0) || !s.bit(1)) {
        call.client(s.targetClient());
      }
      if (s.bit(1)) {
        call.addContactPersons(s.targetPerson());
      }
      if (s.bit(2)) {
        call.addParticipants(Participant.builder().client(s.clients().get(s.choice().other() % s.clients().size()).id())
            .build());
      }
      return w.interactions.record(s.user(), call.build());
    });
    ops.put("InteractionService.complete(UserId,InteractionId)", (w, s) -> w.interactions.complete(s.user(),
        s.targetInteraction()));
    ops.put("InteractionService.cancel(UserId,InteractionId)", (w, s) -> w.interactions.cancel(s.user(),
        s.targetInteraction()));
    ops.put("InteractionService.find(UserId,InteractionId)", (w, s) -> w.interactions.find(s.user(), s.targetInteraction()));
    ops.put("InteractionService.byClient(UserId,ClientId)", (w, s) -> w.interactions.byClient(s.user(), s.targetClient()));
    ops.put("InteractionService.byClient(UserId,ClientId,Set)", (w, s) -> w.interactions.byClient(s.user(),
        s.targetClient(), Set.of(InteractionType.PHONE_CALL)));
    ops.put("InteractionService.byType(UserId,InteractionType,Instant,Instant)", (w, s) -> w.interactions.byType(s.user(),
        InteractionType.PHONE_CALL, T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1))));
    ops.put("InteractionService.relationshipHistory(UserId,ClientId)", (w, s) -> w.interactions.relationshipHistory(
        s.user(), s.targetClient()));
    // key persons and reminders
    ops.put("KeyPersons.of(UserId,ClientId)", (w, s) -> w.keyPersons.of(s.user(), s.targetClient()));
    ops.put("KeyPersons.mark(UserId,ClientId,ContactPersonId,boolean)", (w, s) -> w.keyPersons.mark(s.user(),
        s.targetClient(), s.targetCard().contacts().isEmpty() ? s.targetPerson()
            : s.targetCard().contacts().get(0).contactPerson(), s.bit(0)));
    ops.put("ReminderService.upcoming(UserId,int)", (w, s) -> w.reminders.upcoming(s.user(), 30));
    ops.put("ReminderService.upcoming(UserId,LocalDate,int)", (w, s) -> w.reminders.upcoming(s.user(),
        LocalDate.of(2026, 3, 12), 5));
    // quality, auto-fill, classification
    ops.put("ClientBaseQuality.of(UserId,ClientId)", (w, s) -> w.quality.of(s.user(), s.targetClient()));
    ops.put("ClientBaseQuality.report(UserId)", (w, s) -> w.quality.report(s.user()));
    ops.put("ClientBaseQuality.report(UserId,Consumer)", (w, s) -> {
      List<Object> each = new ArrayList<>();
      return List.of(w.quality.report(s.user(), each::add), each);
    });
    ops.put("RequisitesAutoFill.create(UserId,ClientId,Inn)", (w, s) -> w.autoFill.create(s.user(), s.targetClient(),
        Inn.of(ContractFixtures.INN)));
    ops.put("RequisitesAutoFill.refresh(UserId,CounterpartyId)", (w, s) -> w.autoFill.refresh(s.user(),
        s.targetCounterparty()));
    ops.put("AbcXyzClassification.classify(UserId,ClassificationSettings)", (w, s) -> w.classification.classify(s.user(),
        s.bit(0) ? Q1 : ClassificationSettings.builder(YearMonth.of(2026, 1), YearMonth.of(2026, 3))
            .source(org.clientbase.rules.classification.RevenueSource.PAYMENTS).build()));
    ops.put("AbcXyzClassification.classify(UserId,ClassificationSettings,Consumer)", (w, s) -> {
      List<Object> each = new ArrayList<>();
      return List.of(w.classification.classify(s.user(), Q1, each::add), each);
    });
    // statuses
    ops.put("StatusService.recalculate(UserId,ClientId,boolean)", (w, s) -> w.statuses.recalculate(s.user(),
        s.targetClient(), s.bit(0)));
    ops.put("StatusService.statusOn(UserId,ClientId,LocalDate)", (w, s) -> w.statuses.statusOn(s.user(),
        s.targetClient(), s.bit(0) ? LocalDate.of(2026, 2, 1) : LocalDate.of(2026, 4, 30)));
    ops.put("StatusService.setStatus(ClientId,StatusId,UserId,String)", (w, s) -> w.statuses.setStatus(
        s.targetClient(), s.bit(0) ? StatusScheme.LIQUIDATED : StatusScheme.FOREIGN, s.user(), "why"));
    ops.put("StatusService.setStatus(ClientId,StatusId,UserId)", (w, s) -> w.statuses.setStatus(
        s.targetClient(), s.bit(0) ? StatusScheme.LIQUIDATED : StatusScheme.FOREIGN, s.user()));
    ops.put("StatusService.dynamics(UserId,LocalDate,int,boolean)", (w, s) -> w.statuses.dynamics(s.user(),
        LocalDate.of(2026, 3, 10), 60, s.bit(0)));
    ops.put("StatusService.dynamics(UserId)", (w, s) -> w.statuses.dynamics(s.user()));
    // duplicate control
    ops.put("DuplicateControl.check(UserId,Lead)", (w, s) -> matches(w.duplicates.check(s.user(), s.leads().get(0))));
    ops.put("DuplicateControl.check(UserId,ContactPerson)", (w, s) -> matches(w.duplicates.check(s.user(),
        ContactPerson.builder().from(s.targetPersonCard()).id(ContactPersonId.of("p-new")).build())));
    ops.put("DuplicateControl.check(UserId,Client,Collection)", (w, s) -> {
      Client.Builder card = Client.builder().from(s.targetCard()).id(ClientId.of("c-new"));
      if (s.bit(1)) {
        card.addContacts(ClientContact.of(s.targetPerson()));
      }
      return matches(w.duplicates.check(s.user(), card.build(), List.of()));
    });
    ops.put("DuplicateControl.check(UserId,MatchCard,Set)", (w, s) -> matches(w.duplicates.check(s.user(),
        MatchCard.of(s.leads().get(1)), Set.of(CardType.LEAD, CardType.CLIENT, CardType.CONTACT_PERSON))));
    ops.put("DuplicateControl.scan(UserId,CardType,ScanPart,Consumer,ProgressListener)", (w, s) -> {
      List<Object> found = new ArrayList<>();
      CardType type = s.bit(0) ? CardType.CLIENT : s.bit(1) ? CardType.CONTACT_PERSON : CardType.LEAD;
      ScanPart part = s.bit(2) ? ScanPart.first(1 + s.choice().other()) : ScanPart.all();
      ScanSummary first = w.duplicates.scan(s.user(), type, part, found::add, ProgressListener.none());
      ScanSummary rest = first.lastCard().isEmpty() ? first : w.duplicates.scan(s.user(), type,
          ScanPart.after(first.lastCard().get(), 2), found::add, ProgressListener.none());
      return List.of(first, rest, found);
    });
    // conversion
    ops.put("LeadConverter.convert(UserId,LeadId)", (w, s) -> w.converter.convert(s.user(), s.leads().get(0).id()));
    ops.put("LeadConverter.convert(UserId,LeadId,ConversionOptions)", (w, s) -> {
      ConversionOptions.Builder options = ConversionOptions.builder()
          .duplicatePolicy(DuplicatePolicy.values()[s.choice().other() % DuplicatePolicy.values().length]);
      if (s.bit(0)) {
        options.intoClient(s.targetClient());
      }
      if (s.bit(1)) {
        options.intoContactPerson(s.targetPerson());
      }
      return w.converter.convert(s.user(), s.leads().get(s.bit(2) ? 1 : 0).id(), options.build());
    });
    ops.put("LeadDirectory.switchOff(UserId,SwitchOffConfirmation,ProgressListener)", (w, s) ->
        w.directory.switchOff(s.user(), leads -> true, ProgressListener.none()));
    // merge
    ops.put("DuplicateMerger.merge(MergeRequest)", (w, s) -> w.merger.merge(MergeRequest.ofClients(List.of(
        s.targetClient(), otherClient(s)))
        .withSurvivor(s.targetClient()).withAuthor(s.user())).toString().replaceAll("merge-\\d+", "merge-N"));
    ops.put("DuplicateMerger.undo(MergeId,UserId)", (w, s) -> w.merger.undo(MergeId.of(s.bit(0) ? "merge-1" : "merge-2"),
        s.user()));
    ops.put("DuplicateMerger.history(EntityId,UserId)", (w, s) -> w.merger.history(s.bit(0) ? s.targetClient()
        : s.targetPerson(), s.user()));
    // restricted queries over the client store
    ops.put("RestrictedClients.find(UserId,ClientId)", (w, s) -> w.restricted.find(s.user(), s.targetClient()));
    ops.put("RestrictedClients.firstPage(UserId,int)", (w, s) -> w.restricted.firstPage(s.user(),
        1 + s.choice().other()));
    ops.put("RestrictedClients.page(UserId,ClientId,int)", (w, s) -> w.restricted.page(s.user(),
        s.targetClient(), 1 + s.choice().other()));
    ops.put("RestrictedClients.forEach(UserId,Consumer)", (w, s) -> {
      List<Object> each = new ArrayList<>();
      return List.of(w.restricted.forEach(s.user(), each::add), each);
    });
    ops.put("RestrictedClients.findByPhone(UserId,Phone)", (w, s) -> w.restricted.findByPhone(s.user(),
        AccessScenario.SHARED_PHONE));
    ops.put("RestrictedClients.findByEmail(UserId,Email)", (w, s) -> w.restricted.findByEmail(s.user(),
        AccessScenario.SHARED_EMAIL));
    ops.put("RestrictedClients.findByContactPerson(UserId,ContactPersonId)", (w, s) -> w.restricted.findByContactPerson(
        s.user(), s.targetPerson()));
    return ops;
  }

  /**
   * Calls an operation and renders what it returned, or the refusal, as text that two worlds
   * can compare.
   *
   * @param op the operation
   * @param w the world
   * @param s the scenario
   * @return the rendering
   */
  public static String outcome(Operation op, AccessWorld w, AccessScenario s) {
    try {
      return render(op.call(w, s));
    } catch (RuntimeException e) {
      return "refused: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /**
   * Returns the client a merge asks to merge into the scenario's target client.
   *
   * @param s the scenario
   * @return the client's id
   */
  public static ClientId otherClient(AccessScenario s) {
    return s.clients().get(s.choice().other() % s.clients().size()).id();
  }

  /** What a check shows the user, without what it may tell of the cards the user may not see. */
  private static String matches(CheckResult result) {
    return result.card() + " " + result.matches();
  }

  private static String render(Object result) {
    if (result instanceof CardTimeline<?> timeline) {
      return "timeline " + timeline.revisions();
    }
    if (result instanceof ClientRecalculation r) {
      return r + " " + r.transitions() + " " + r.today() + " " + r.lastChange();
    }
    return String.valueOf(result);
  }
}
