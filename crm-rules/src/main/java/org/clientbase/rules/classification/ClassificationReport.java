package org.clientbase.rules.classification;

import java.util.List;
import java.util.Objects;
import org.clientbase.core.money.Money;

/**
 * The combined ABC/XYZ matrix of a classification: nine cells, AX to CZ, over the clients the
 * user may see.
 *
 * <p>Immutable and thread-safe.
 *
 * @param settings the settings used
 * @param cells the cells in the order AX, AY, AZ, BX, ..., CZ
 */
public record ClassificationReport(ClassificationSettings settings, List<MatrixCell> cells) {
  /**
   * Checks the parts.
   *
   * @param settings the settings
   * @param cells the nine cells
   */
  public ClassificationReport {
    Objects.requireNonNull(settings, "settings");
    cells = List.copyOf(cells);
    if (cells.size() != AbcClass.values().length * XyzClass.values().length) {
      throw new IllegalArgumentException("a matrix has 9 cells, not " + cells.size());
    }
  }

  /**
   * Returns one cell.
   *
   * @param abc the ABC class
   * @param xyz the XYZ class
   * @return the cell
   */
  public MatrixCell cell(AbcClass abc, XyzClass xyz) {
    return cells.get(abc.ordinal() * XyzClass.values().length + xyz.ordinal());
  }

  /**
   * Returns how many clients were classified.
   *
   * @return the number of clients in all cells
   */
  public long clients() {
    return cells.stream().mapToLong(MatrixCell::clients).sum();
  }

  /**
   * Returns the revenue of the clients classified.
   *
   * @return the revenue in all cells
   */
  public Money revenue() {
    return cells.stream().map(MatrixCell::revenue).reduce(Money.zero(settings.currency()), Money::plus);
  }
}
