/**
 * Thread-safe in-memory implementations of every SPI of {@code org.clientbase.spi}, for tests
 * and quick starts.
 *
 * <p>{@link org.clientbase.memory.InMemoryClientbase} builds a consistent set: every
 * store, the {@link org.clientbase.memory.InMemoryUnitOfWork unit of work} they share,
 * a {@link org.clientbase.memory.SequenceIdGenerator deterministic id generator}, a
 * {@link org.clientbase.memory.InMemoryReferenceRewriter registry of host documents},
 * recording listeners, an access policy and a tax-id lookup. The stores honour the documented
 * guarantees of the SPI: versioned writes, id-ordered pages, read-your-writes, and real
 * atomicity inside a unit of work (writes are undone when the work throws).
 *
 * <p>A {@link org.clientbase.memory.FaultInjector} consulted by every store call makes
 * the store layer fail at a chosen call, so tests can check that a failing host never leaves
 * half-applied state behind:
 *
 * <pre>{@code
 * InMemoryClientbase base = InMemoryClientbase.create();
 * base.leadStore().insert(lead);
 * InMemoryClientbase.Snapshot before = base.snapshot();
 * base.faults().arm(FailurePlan.atRandomCall(seed, 20).writesOnly());
 * try {
 *   converter.convert(user, lead.id());
 * } catch (InjectedFailure expected) {
 *   assertThat(base.snapshot()).isEqualTo(before);
 * }
 * base.faults().disarm();
 * }</pre>
 */
package org.clientbase.memory;
