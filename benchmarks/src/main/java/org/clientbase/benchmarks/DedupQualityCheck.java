package org.clientbase.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.EntityId;
import org.clientbase.rules.matching.DuplicateControl;
import org.clientbase.rules.matching.Match;
import org.clientbase.rules.matching.MatchLevel;
import org.clientbase.rules.matching.ScanSummary;
import org.clientbase.spi.ProgressListener;
import org.clientbase.testkit.generators.DuplicateDataset;
import org.clientbase.testkit.generators.DuplicateGens;
import org.clientbase.memory.FaultInjector;
import org.clientbase.memory.InMemoryClientStore;
import org.clientbase.memory.InMemoryContactPersonStore;
import org.clientbase.memory.InMemoryCounterpartyStore;
import org.clientbase.memory.InMemoryLeadStore;
import org.clientbase.memory.InMemoryMatchKeyIndex;
import org.clientbase.memory.InMemoryUnitOfWork;

/**
 * Measures how well the default matching rules find duplicates: scans a generated base of
 * contact persons whose duplicates are known (typos, Latin spellings, swapped name parts,
 * initials, phones written another way, missing fields; colleagues sharing an office number and
 * namesakes as traps) and compares the pairs reported with the truth. Prints the counts, the
 * figures per level and for the groups the pairs form, and last the line {@code precision=...
 * recall=...} for the pairs the scan reports at the default threshold.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.clientbase.benchmarks.DedupQualityCheck [cards] [seed]
 * </pre>
 */
public final class DedupQualityCheck {
  private DedupQualityCheck() {}

  /**
   * Runs the check.
   *
   * @param args the number of cards (default 20,000), then the seed (default 42)
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    DuplicateDataset<ContactPerson> data = DuplicateGens.contactPersons(seed, size);
    InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    FaultInjector faults = new FaultInjector();
    InMemoryContactPersonStore persons = new InMemoryContactPersonStore(unitOfWork, faults);
    data.cards().forEach(persons::insert);
    DuplicateControl control = DuplicateControl.builder()
        .leads(new InMemoryLeadStore(unitOfWork, faults))
        .clients(new InMemoryClientStore(unitOfWork, faults))
        .contactPersons(persons)
        .counterparties(new InMemoryCounterpartyStore(unitOfWork, faults))
        .index(new InMemoryMatchKeyIndex(unitOfWork, faults))
        .build();
    control.reindexAll(CardType.CONTACT_PERSON, Optional.empty(), ProgressListener.none());

    List<Match> found = new ArrayList<>();
    ScanSummary summary = control.scan(CardType.CONTACT_PERSON, found::add, ProgressListener.none());

    long truePositives = 0;
    Map<MatchLevel, long[]> perLevel = new HashMap<>();
    Map<EntityId, EntityId> groups = new HashMap<>();
    for (Match match : found) {
      boolean right = data.sameEntity(match.left(), match.right());
      if (right) {
        truePositives++;
      }
      long[] counts = perLevel.computeIfAbsent(match.level().orElseThrow(), l -> new long[2]);
      counts[right ? 0 : 1]++;
      union(groups, match.left(), match.right());
    }
    long truePairs = data.truePairs();

    Map<EntityId, List<EntityId>> clusters = new HashMap<>();
    for (EntityId card : groups.keySet()) {
      clusters.computeIfAbsent(find(groups, card), c -> new ArrayList<>()).add(card);
    }
    long groupPairs = 0;
    long groupRight = 0;
    for (List<EntityId> cluster : clusters.values()) {
      for (int i = 0; i < cluster.size(); i++) {
        for (int j = i + 1; j < cluster.size(); j++) {
          groupPairs++;
          if (data.sameEntity(cluster.get(i), cluster.get(j))) {
            groupRight++;
          }
        }
      }
    }

    System.out.printf(Locale.ROOT, "cards=%d people=%d true duplicate pairs=%d%n", size, data.entityCount(), truePairs);
    System.out.printf(Locale.ROOT, "scanned=%d compared pairs=%d reported pairs=%d skipped keys=%d%n",
        summary.scanned(), summary.compared(), found.size(), summary.skippedKeys());
    for (MatchLevel level : MatchLevel.values()) {
      long[] counts = perLevel.getOrDefault(level, new long[2]);
      System.out.printf(Locale.ROOT, "level %-8s right=%d wrong=%d%n", level, counts[0], counts[1]);
    }
    System.out.printf(Locale.ROOT, "groups: %d groups, pairs within them precision=%.4f recall=%.4f%n",
        clusters.size(), ratio(groupRight, groupPairs), ratio(groupRight, truePairs));
    System.out.printf(Locale.ROOT, "precision=%.4f recall=%.4f%n",
        ratio(truePositives, found.size()), ratio(truePositives, truePairs));
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }

  private static EntityId find(Map<EntityId, EntityId> parent, EntityId card) {
    EntityId root = card;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    EntityId at = card;
    while (!parent.get(at).equals(root)) {
      EntityId next = parent.get(at);
      parent.put(at, root);
      at = next;
    }
    return root;
  }

  private static void union(Map<EntityId, EntityId> parent, EntityId a, EntityId b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    EntityId x = find(parent, a);
    EntityId y = find(parent, b);
    if (!x.equals(y)) {
      parent.put(x, y);
    }
  }
}
