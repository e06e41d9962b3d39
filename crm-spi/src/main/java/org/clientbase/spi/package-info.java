/**
 * What a host plugs into the library: transactions ({@link org.clientbase.spi.UnitOfWork}),
 * id generation ({@link org.clientbase.spi.IdGenerator}), reference rewriting in the host's
 * documents ({@link org.clientbase.spi.ReferenceRewriter}) and progress reporting
 * ({@link org.clientbase.spi.ProgressListener}); the stores are in
 * {@link org.clientbase.spi.store}, listeners in {@link org.clientbase.spi.event}, the access
 * policy in {@link org.clientbase.spi.access} and the tax-id lookup in
 * {@link org.clientbase.spi.lookup}; the index of duplicate blocking keys, the merge journal and
 * the undoable document references of duplicate control are in {@code org.clientbase.spi.matching}.
 * Time is a {@link java.time.Clock} the host passes in.
 *
 * <p>Every interface here has an in-memory implementation in the {@code crm-testkit} module,
 * and an abstract contract test there that a host's own implementation can extend.
 */
package org.clientbase.spi;
