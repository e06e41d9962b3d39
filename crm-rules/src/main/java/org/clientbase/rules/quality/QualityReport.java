package org.clientbase.rules.quality;

import java.util.Map;
import java.util.Objects;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;

/**
 * The client base quality measure ("Показатель «Качество клиентской базы»"), over
 * the clients a user may see: overall, by work status and by responsible manager.
 *
 * <p>Immutable and thread-safe.
 *
 * @param overall every client
 * @param byStatus the clients in each status
 * @param withoutStatus the clients without a status
 * @param byManager the clients of each responsible manager
 * @param withoutManager the clients without a responsible manager
 */
public record QualityReport(
    QualityGroup overall, Map<StatusId, QualityGroup> byStatus, QualityGroup withoutStatus,
    Map<UserId, QualityGroup> byManager, QualityGroup withoutManager) {

  /**
   * Copies the parts.
   *
   * @param overall every client
   * @param byStatus by status
   * @param withoutStatus without status
   * @param byManager by manager
   * @param withoutManager without manager
   */
  public QualityReport {
    Objects.requireNonNull(overall, "overall");
    byStatus = Map.copyOf(byStatus);
    Objects.requireNonNull(withoutStatus, "withoutStatus");
    byManager = Map.copyOf(byManager);
    Objects.requireNonNull(withoutManager, "withoutManager");
  }

  /**
   * Returns the group of a status.
   *
   * @param status the status
   * @return the group; {@link QualityGroup#EMPTY} if no visible client has it
   */
  public QualityGroup status(StatusId status) {
    return byStatus.getOrDefault(status, QualityGroup.EMPTY);
  }

  /**
   * Returns the group of a responsible manager.
   *
   * @param manager the manager
   * @return the group; {@link QualityGroup#EMPTY} if the manager has no visible client
   */
  public QualityGroup manager(UserId manager) {
    return byManager.getOrDefault(manager, QualityGroup.EMPTY);
  }
}
