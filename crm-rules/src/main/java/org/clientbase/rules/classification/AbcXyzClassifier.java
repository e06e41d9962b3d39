package org.clientbase.rules.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.money.Money;
import org.clientbase.rules.classification.internal.Classes;
import org.clientbase.rules.classification.internal.Distribution;
import org.clientbase.rules.classification.internal.Revenue;

/**
 * The ABC/XYZ classification as a pure function of the clients' monthly revenue, for a set of
 * clients held in memory; {@link AbcXyzClassification} runs the same rules streaming over a
 * host's base.
 *
 * <p>The rules ("ABC/XYZ классификация клиентов"):
 * <ul>
 *   <li><b>ABC</b> by cumulative share of revenue. Clients are ranked by revenue in the period,
 *       largest first. A client is A while the clients ranked above it bring less than the A
 *       share (80 %) of the base's revenue, B while they bring less than the A and B shares
 *       (95 %), else C. So the client that crosses a boundary belongs to the higher class, and
 *       clients with equal revenue share a class. Without revenue a client is C.</li>
 *   <li><b>XYZ</b> by the coefficient of variation of monthly revenue: the population standard
 *       deviation of the revenue of each month of the period (a month without revenue counts as
 *       zero) divided by the mean. At most 10 % is X, at most 25 % is Y, more is Z; without
 *       revenue a client is Z.</li>
 * </ul>
 *
 * <pre>{@code
 * List<ClientClass> classes = AbcXyzClassifier.classify(Map.of(
 *     ClientId.of("c-1"), List.of(rub(230), rub(240), rub(230)),
 *     ClientId.of("c-2"), List.of(rub(40), rub(50), rub(60))),
 *     ClassificationSettings.ofDefaults(YearMonth.of(2026, 1), YearMonth.of(2026, 3)));
 * classes.get(0).cell();   // "AX"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class AbcXyzClassifier {
  private AbcXyzClassifier() {}

  /**
   * Classifies clients by their monthly revenue.
   *
   * @param monthlyRevenue each client's revenue of every month of the period, in order
   * @param settings the settings
   * @return the classes, by revenue (largest first), then client id
   * @throws InvalidValueException if a client's list does not have one amount per month of the
   *     period, or an amount is in another currency
   */
  public static List<ClientClass> classify(Map<ClientId, List<Money>> monthlyRevenue, ClassificationSettings settings) {
    Objects.requireNonNull(monthlyRevenue, "monthlyRevenue");
    Objects.requireNonNull(settings, "settings");
    Distribution distribution = new Distribution();
    List<Map.Entry<ClientId, long[]>> clients = new ArrayList<>();
    for (Map.Entry<ClientId, List<Money>> entry : monthlyRevenue.entrySet()) {
      List<Money> months = entry.getValue();
      if (months.size() != settings.months()) {
        throw new InvalidValueException("monthly revenue of client " + entry.getKey(), months.size() + " months",
            "must have one amount for each of the " + settings.months() + " months " + settings.from() + ".." + settings.to());
      }
      long[] minor = new long[months.size()];
      long total = 0;
      for (int i = 0; i < minor.length; i++) {
        minor[i] = Revenue.minorUnits("revenue of client " + entry.getKey() + " in month " + (i + 1),
            months.get(i), settings.currency());
        total = Math.addExact(total, minor[i]);
      }
      distribution.add(total);
      clients.add(Map.entry(entry.getKey(), minor));
    }
    distribution.seal();
    List<ClientClass> classes = new ArrayList<>(clients.size());
    for (Map.Entry<ClientId, long[]> client : clients) {
      long revenue = 0;
      for (long month : client.getValue()) {
        revenue += month;
      }
      classes.add(Classes.of(client.getKey(), client.getValue(), distribution.above(revenue), distribution.total(), settings));
    }
    classes.sort(Comparator.comparing((ClientClass c) -> c.revenue().amount()).reversed()
        .thenComparing(c -> c.client().value()));
    return List.copyOf(classes);
  }
}
