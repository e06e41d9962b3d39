package org.clientbase.spi.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.DuplicateIdException;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;

/**
 * What every store of a directory or of facts offers: reads by id, reads in pages for batch
 * work, and versioned writes.
 *
 * <p>Guarantees the host must give:
 * <ul>
 *   <li>reads see every write that returned before them (read-your-writes);</li>
 *   <li>{@link #insert} and {@link #update} are atomic per record, and take part in the
 *       current {@link org.clientbase.spi.UnitOfWork} if one is running;</li>
 *   <li>{@link #update} succeeds only if the stored version equals the expected one, and then
 *       stores the value under the next version; otherwise it throws
 *       {@link StaleWriteException} and changes nothing;</li>
 *   <li>a write that collides with another running unit of work (a deadlock, a serialization
 *       failure, a lock wait given up) throws {@link org.clientbase.spi.ConcurrentUpdateException},
 *       after which the whole unit of work is rolled back;</li>
 *   <li>{@link #page} returns records ordered by id text ({@link String#compareTo}), starting
 *       after the given id, so that batch work can walk the whole store in bounded memory and
 *       resume from the last id it finished.</li>
 * </ul>
 * Records are never deleted by the library.
 *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 *
 * @param <I> the id type
 * @param <T> the record type
 */
public interface RecordStore<I extends EntityId, T> {

  /**
   * Finds a record by id.
   *
   * @param id the id
   * @return the record with its version, or empty if there is none
   */
  Optional<Versioned<T>> find(I id);

  /**
   * Finds many records in one call.
   *
   * @param ids the ids
   * @return the records found, by id; ids not found are absent
   */
  Map<I, Versioned<T>> findAll(Collection<I> ids);

  /**
   * Stores a new record at version 1.
   *
   * @param value the record; its id must not be stored yet
   * @return the record at version 1
   * @throws DuplicateIdException if the id is already stored
   */
  Versioned<T> insert(T value);

  /**
   * Replaces a record, if it is still at the expected version.
   *
   * @param value the new record; its id names the record to replace
   * @param expectedVersion the version the new record was computed from
   * @return the record at the next version
   * @throws StaleWriteException if the record is absent or at another version
   */
  Versioned<T> update(T value, long expectedVersion);

  /**
   * Returns a page of records in id order: the one method of paging a store implements.
   *
   * @param request the first page, or the page after an id (which need not be stored), and the
   *     largest number of records to return
   * @return up to {@code request.limit()} records with ids greater than {@code request.after()},
   *     in id order; fewer than the limit only at the end
   */
  List<Versioned<T>> page(PageRequest<I> request);

  /**
   * Returns the first records in id order. The default asks {@link #page(PageRequest)}.
   *
   * @param limit the largest number of records to return, at least 1; a smaller limit is
   *     rejected with an {@link org.clientbase.core.InvalidValueException}
   * @return up to {@code limit} records, in id order; fewer than {@code limit} only at the end
   */
  default List<Versioned<T>> page(int limit) {
    return page(PageRequest.<I>first(limit));
  }

  /**
   * Returns records in id order, after a given id. The default asks {@link #page(PageRequest)}.
   *
   * @param after the last id already seen; need not be stored
   * @param limit the largest number of records to return, at least 1; a smaller limit is
   *     rejected with an {@link org.clientbase.core.InvalidValueException}
   * @return up to {@code limit} records with ids greater than {@code after}, in id order; fewer
   *     than {@code limit} only at the end
   */
  default List<Versioned<T>> page(I after, int limit) {
    return page(PageRequest.after(after, limit));
  }

  /**
   * Counts the records.
   *
   * @return the number of records
   */
  long count();
}
