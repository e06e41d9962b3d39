package org.clientbase.spi.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clientbase.core.id.ClientId;

/**
 * A {@link StatusHistoryStore} that forwards every call to another, for a host that decorates a
 * store (counts or times its calls, fails some in a test): override the methods to change.
 * Every method is forwarded, those with defaults too, so the decorated store keeps its own
 * batched writes and answers the same to {@link #keepsDueDays()} and
 * {@link #appendSetsDueDay()}.
 *
 * <pre>{@code
 * StatusHistoryStore counted = new ForwardingStatusHistoryStore(store) {
 *   @Override
 *   public Set<ClientId> appendAll(List<StatusAppend> appends, Map<ClientId, StatusHistoryEnd> recorded) {
 *     appended.add(appends.size());
 *     return super.appendAll(appends, recorded);
 *   }
 * };
 * }</pre>
 */
public class ForwardingStatusHistoryStore implements StatusHistoryStore {
  private final StatusHistoryStore delegate;

  /**
   * Creates a store that forwards every call to another.
   *
   * @param delegate the store the calls go to unless overridden
   */
  public ForwardingStatusHistoryStore(StatusHistoryStore delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public ClientStatusHistory history(ClientId client) {
    return delegate.history(client);
  }

  @Override
  public Map<ClientId, ClientStatusHistory> histories(Collection<ClientId> clients) {
    return delegate.histories(clients);
  }

  @Override
  public Map<ClientId, StatusHistoryEnd> historyEnds(Collection<ClientId> clients) {
    return delegate.historyEnds(clients);
  }

  @Override
  public List<ClientStatusHistory> page(PageRequest<ClientId> request) {
    return delegate.page(request);
  }

  @Override
  public ClientStatusHistory append(StatusAppend append) {
    return delegate.append(append);
  }

  @Override
  public Map<ClientId, ClientStatusHistory> appendAll(List<StatusAppend> appends) {
    return delegate.appendAll(appends);
  }

  @Override
  public Set<ClientId> appendAll(List<StatusAppend> appends, Map<ClientId, StatusHistoryEnd> recorded) {
    return delegate.appendAll(appends, recorded);
  }

  @Override
  public boolean keepsDueDays() {
    return delegate.keepsDueDays();
  }

  @Override
  public boolean appendSetsDueDay() {
    return delegate.appendSetsDueDay();
  }

  @Override
  public List<ClientId> dueClients(LocalDate through, int limit) {
    return delegate.dueClients(through, limit);
  }

  @Override
  public List<ClientId> dueClients(LocalDate through, ClientId after, int limit) {
    return delegate.dueClients(through, after, limit);
  }

  @Override
  public void setDueDays(List<StatusDueDay> dueDays) {
    delegate.setDueDays(dueDays);
  }

  @Override
  public void factsChanged(Collection<ClientId> clients) {
    delegate.factsChanged(clients);
  }
}
