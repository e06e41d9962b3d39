package org.clientbase.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * The same generated records as {@link ScanWallTime} through Duke 1.2, hand-configured (Lucene
 * finds the candidates; names, street and suburb by Jaro-Winkler, date of birth and social
 * security number by Levenshtein, postcode and street number exactly), for a comparison of the
 * wall time of a whole scan, with the pairs Duke compares and its precision, recall and F1.
 *
 * <pre>
 * flock /tmp/clientbase-bench.lock java -cp benchmarks/target/benchmarks.jar \
 *     org.clientbase.benchmarks.DukeScanWallTime [records] [runs]
 * </pre>
 */
public final class DukeScanWallTime {
  private DukeScanWallTime() {}

  private static final String[] NAMES = {"ID", "GIVEN", "SURNAME", "HOUSE", "STREET", "FLAT", "SUBURB", "POSTCODE",
      "STATE", "DOB", "SSN"};

  /**
   * Runs the scan.
   *
   * @param args the number of records (default 20,000) and of runs (default 3)
   */
  public static void main(String[] args) {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String[]> rows = FebrlLikeRecords.generate(records, 2024);
    Set<String> truth = FebrlLikeRecords.truth(rows);
    System.out.printf(Locale.ROOT, "records=%d truePairs=%d%n", rows.size(), truth.size());
    for (int run = 1; run <= runs; run++) {
      List<Record> dukeRecords = new ArrayList<>(rows.size());
      for (String[] row : rows) {
        RecordImpl record = new RecordImpl();
        for (int c = 0; c < NAMES.length; c++) {
          if (!row[c].isEmpty()) {
            record.addValue(NAMES[c], row[c]);
          }
        }
        dukeRecords.add(record);
      }
      ConfigurationImpl config = configuration();
      LuceneDatabase database = new LuceneDatabase();
      database.setConfiguration(config);
      config.setDatabase(database);
      Processor processor = new Processor(config, database);
      AtomicLong found = new AtomicLong();
      AtomicLong truePositives = new AtomicLong();
      processor.addMatchListener(new AbstractMatchListener() {
        @Override
        public void matches(Record a, Record b, double confidence) {
          String left = a.getValue("ID");
          String right = b.getValue("ID");
          if (left.compareTo(right) < 0) {
            found.incrementAndGet();
            if (truth.contains(FebrlData.pair(left, right))) {
              truePositives.incrementAndGet();
            }
          }
        }
      });
      long t0 = System.nanoTime();
      processor.deduplicate(dukeRecords);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      double precision = found.get() == 0 ? 1 : truePositives.get() / (double) found.get();
      double recall = truePositives.get() / (double) truth.size();
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      System.out.printf(Locale.ROOT,
          "run %d: dukeMs=%d comparisons=%d found=%d precision=%.4f recall=%.4f f1=%.4f%n",
          run, ms, processor.getComparisonCount(), found.get(), precision, recall, f1);
      processor.close();
    }
  }

  private static ConfigurationImpl configuration() {
    List<Property> properties = new ArrayList<>();
    properties.add(new PropertyImpl("ID"));
    properties.add(property("GIVEN", new JaroWinkler(), 0.3, 0.85));
    properties.add(property("SURNAME", new JaroWinkler(), 0.3, 0.88));
    properties.add(property("HOUSE", new ExactComparator(), 0.4, 0.6));
    properties.add(property("STREET", new JaroWinkler(), 0.35, 0.7));
    properties.add(property("FLAT", new ExactComparator(), 0.45, 0.55));
    properties.add(property("SUBURB", new JaroWinkler(), 0.35, 0.7));
    properties.add(property("POSTCODE", new ExactComparator(), 0.4, 0.65));
    properties.add(property("STATE", new ExactComparator(), 0.45, 0.52));
    properties.add(property("DOB", new Levenshtein(), 0.3, 0.8));
    properties.add(property("SSN", new Levenshtein(), 0.3, 0.85));
    ConfigurationImpl config = new ConfigurationImpl();
    config.setProperties(properties);
    config.setThreshold(0.9);
    config.setMaybeThreshold(0.0);
    return config;
  }

  private static Property property(String name, Comparator comparator, double low, double high) {
    return new PropertyImpl(name, comparator, low, high);
  }
}
