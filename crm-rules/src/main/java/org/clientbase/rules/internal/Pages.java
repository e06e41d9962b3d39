package org.clientbase.rules.internal;

import java.util.Optional;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.store.PageRequest;

/** Turns a resume point that batch work keeps (the last id done, if any) into a page request. */
public final class Pages {
  private Pages() {}

  /**
   * Returns the request for the page after the last id done, or for the first page.
   *
   * @param after the last id done, or empty before the first page
   * @param limit the page size, at least 1
   * @param <I> the id type
   * @return the request
   * @throws org.clientbase.core.InvalidValueException if {@code limit} is below 1
   */
  public static <I extends EntityId> PageRequest<I> after(Optional<I> after, int limit) {
    return after.isPresent() ? PageRequest.after(after.get(), limit) : PageRequest.first(limit);
  }
}
