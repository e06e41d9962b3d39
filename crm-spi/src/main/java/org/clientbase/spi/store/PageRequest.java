package org.clientbase.spi.store;

import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.EntityId;

/**
 * Which page of records in id order a batch read asks for: the first one, or the one after a
 * given id, and how many records at the most. A store implements the one method that takes a
 * request; callers usually use the overloads {@code page(limit)} and {@code page(after, limit)}
 * beside it, and a loop over a whole store moves on with {@link #next}.
 *
 * <pre>{@code
 * for (PageRequest<ClientId> request = PageRequest.first(500); ; ) {
 *   List<Versioned<Client>> page = clients.page(request);
 *   page.forEach(card -> work(card));
 *   if (page.size() < request.limit()) {
 *     break;
 *   }
 *   request = request.next(page.get(page.size() - 1).value().id());
 * }
 * }</pre>
 *
 * @param <I> the id type
 */
public final class PageRequest<I extends EntityId> {
  private final Optional<I> after;
  private final int limit;

  private PageRequest(Optional<I> after, int limit) {
    if (limit < 1) {
      throw new InvalidValueException("page limit", limit, "must be at least 1");
    }
    this.after = after;
    this.limit = limit;
  }

  /**
   * Asks for the first page.
   *
   * @param limit the largest number of records to return, at least 1
   * @param <I> the id type
   * @return the request
   * @throws InvalidValueException if {@code limit} is below 1
   */
  public static <I extends EntityId> PageRequest<I> first(int limit) {
    return new PageRequest<>(Optional.empty(), limit);
  }

  /**
   * Asks for the page after an id, which need not be stored.
   *
   * @param after the last id already seen
   * @param limit the largest number of records to return, at least 1
   * @param <I> the id type
   * @return the request
   * @throws InvalidValueException if {@code limit} is below 1
   */
  public static <I extends EntityId> PageRequest<I> after(I after, int limit) {
    return new PageRequest<>(Optional.of(Objects.requireNonNull(after, "after")), limit);
  }

  /**
   * Asks for the page after the last id of this one, with the same limit.
   *
   * @param lastSeen the last id of the page just read
   * @return the request for the next page
   */
  public PageRequest<I> next(I lastSeen) {
    return after(lastSeen, limit);
  }

  /**
   * Returns the last id already seen: records with greater ids (by {@link String#compareTo} of
   * the id text) are wanted; empty for the first page.
   *
   * @return the id, or empty from the start
   */
  public Optional<I> after() {
    return after;
  }

  /**
   * Returns the largest number of records to return; a page with fewer is the last one.
   *
   * @return the limit, at least 1
   */
  public int limit() {
    return limit;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PageRequest<?> request && request.after.equals(after) && request.limit == limit;
  }

  @Override
  public int hashCode() {
    return after.hashCode() * 31 + limit;
  }

  @Override
  public String toString() {
    return after.map(id -> "page after " + id.value()).orElse("first page") + " of at most " + limit;
  }
}
