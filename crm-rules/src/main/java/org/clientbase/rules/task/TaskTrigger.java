package org.clientbase.rules.task;

import java.util.Objects;
import org.clientbase.core.id.StatusId;

/** The event that makes a {@link TaskRule} create a task. */
public sealed interface TaskTrigger permits TaskTrigger.NewLead, TaskTrigger.StatusChanged {

  /** A new lead was registered. The task is about the lead and goes to its responsible manager. */
  record NewLead() implements TaskTrigger {}

  /**
   * A client moved to a work status, e.g. Lost (to start a win-back). The task is about the
   * client and goes to its responsible manager.
   *
   * @param status the status the client moved to
   */
  record StatusChanged(StatusId status) implements TaskTrigger {
    /**
     * Checks the status.
     *
     * @param status the status
     */
    public StatusChanged {
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * Returns the trigger of a new lead.
   *
   * @return the trigger
   */
  static TaskTrigger newLead() {
    return new NewLead();
  }

  /**
   * Returns the trigger of a client moving to a status.
   *
   * @param status the status
   * @return the trigger
   */
  static TaskTrigger statusChanged(StatusId status) {
    return new StatusChanged(status);
  }
}
