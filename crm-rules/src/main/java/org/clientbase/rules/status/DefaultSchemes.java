package org.clientbase.rules.status;

import static org.clientbase.rules.status.StatusScheme.ACTIVE;
import static org.clientbase.rules.status.StatusScheme.DEFAULT_PERIOD_DAYS;
import static org.clientbase.rules.status.StatusScheme.FOREIGN;
import static org.clientbase.rules.status.StatusScheme.IN_PROGRESS;
import static org.clientbase.rules.status.StatusScheme.LIQUIDATED;
import static org.clientbase.rules.status.StatusScheme.LOST;
import static org.clientbase.rules.status.StatusScheme.NEW;
import static org.clientbase.rules.status.StatusScheme.NON_TARGET;
import static org.clientbase.rules.status.StatusScheme.RETURNED;

import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.CalculationMode;
import org.clientbase.core.status.Colour;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;

/** The seed's schemes: {@link StatusScheme#defaults()} and {@link StatusScheme#allManual()}. */
final class DefaultSchemes {
  private DefaultSchemes() {}

  static StatusScheme create(boolean allManual) {
    StatusScheme.Builder builder = StatusScheme.builder();
    builder.addStatus(status(NEW, "Новый", "#1E88E5", 1, CalculationMode.forNewClient(), allManual));
    builder.addStatus(status(IN_PROGRESS, "В проработке", "#FB8C00", 2,
        CalculationMode.automatic(TemplateKey.IN_PROGRESS, DEFAULT_PERIOD_DAYS), allManual));
    builder.addStatus(status(ACTIVE, "Активный", "#43A047", 3,
        CalculationMode.automatic(TemplateKey.ACTIVE, DEFAULT_PERIOD_DAYS), allManual));
    builder.addStatus(status(LOST, "Потерянный", "#E53935", 4,
        CalculationMode.automatic(TemplateKey.LOST, DEFAULT_PERIOD_DAYS), allManual));
    builder.addStatus(status(RETURNED, "Возвращенный", "#00897B", 5,
        CalculationMode.automatic(TemplateKey.RETURNED, DEFAULT_PERIOD_DAYS), allManual));
    builder.addStatus(status(FOREIGN, "Чужой", "#757575", 6, CalculationMode.manual(), true));
    builder.addStatus(status(NON_TARGET, "Нецелевой", "#8D6E63", 7, CalculationMode.manual(), true));
    builder.addStatus(status(LIQUIDATED, "Ликвидирован", "#424242", 8, CalculationMode.manual(), true));
    return builder.build();
  }

  private static WorkStatus status(
      StatusId id, String name, String colour, int order, CalculationMode mode, boolean manual) {
    return WorkStatus.builder()
        .id(id)
        .name(name)
        .colour(Colour.of(colour))
        .order(order)
        .mode(manual ? CalculationMode.manual() : mode)
        .build();
  }
}
