package org.clientbase.rules.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.clientbase.core.id.StatusId;

/**
 * The language of the names of the eight default statuses. {@link StatusScheme#defaults()} and
 * {@link StatusScheme#allManual()} name them in Russian (Новый, В проработке, Активный,
 * Потерянный, Возвращенный, Чужой, Нецелевой, Ликвидирован), the names a Russian-speaking user
 * sees; {@link #ENGLISH} gives New, In progress, Active, Lost, Returned, Foreign, Non-target and
 * Liquidated. Only names change: ids, colours, order and rules are the same in every language,
 * so history stored under one language reads the same under another.
 *
 * <pre>{@code
 * StatusScheme scheme = StatusLanguage.ENGLISH.defaults();
 * StatusScheme adapted = StatusLanguage.ENGLISH.names(myScheme);   // renames the default ids it has
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum StatusLanguage {
  /** Russian names, as in {@link StatusScheme#defaults()}. */
  RUSSIAN(names("Новый", "В проработке", "Активный", "Потерянный", "Возвращенный", "Чужой",
      "Нецелевой", "Ликвидирован")),
  /** English names. */
  ENGLISH(names("New", "In progress", "Active", "Lost", "Returned", "Foreign", "Non-target",
      "Liquidated"));

  private final Map<StatusId, String> names;

  StatusLanguage(Map<StatusId, String> names) {
    this.names = names;
  }

  private static Map<StatusId, String> names(String... inOrder) {
    StatusId[] ids = {StatusScheme.NEW, StatusScheme.IN_PROGRESS, StatusScheme.ACTIVE,
        StatusScheme.LOST, StatusScheme.RETURNED, StatusScheme.FOREIGN, StatusScheme.NON_TARGET,
        StatusScheme.LIQUIDATED};
    Map<StatusId, String> map = new LinkedHashMap<>();
    for (int i = 0; i < ids.length; i++) {
      map.put(ids[i], inOrder[i]);
    }
    return map;
  }

  /**
   * Returns the name of a default status in this language.
   *
   * @param id one of the eight default status ids of {@link StatusScheme}
   * @return the name
   * @throws IllegalArgumentException if the id is not a default status
   */
  public String name(StatusId id) {
    String name = names.get(Objects.requireNonNull(id, "id"));
    if (name == null) {
      throw new IllegalArgumentException("status " + id + " is not a default status: it has no "
          + name() + " default name");
    }
    return name;
  }

  /**
   * Returns the default scheme ({@link StatusScheme#defaults()}) with the names of this language.
   *
   * @return the scheme
   */
  public StatusScheme defaults() {
    return names(StatusScheme.defaults());
  }

  /**
   * Returns a scheme with every default status it has named in this language; other statuses
   * keep their names.
   *
   * @param scheme the scheme
   * @return the renamed scheme
   */
  public StatusScheme names(StatusScheme scheme) {
    StatusScheme.Builder builder = Objects.requireNonNull(scheme, "scheme").toBuilder();
    for (Map.Entry<StatusId, String> entry : names.entrySet()) {
      if (scheme.status(entry.getKey()).isPresent()) {
        builder.rename(entry.getKey(), entry.getValue());
      }
    }
    return builder.build();
  }
}
