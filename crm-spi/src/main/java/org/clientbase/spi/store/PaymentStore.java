package org.clientbase.spi.store;

import org.clientbase.core.activity.Payment;
import org.clientbase.core.id.PaymentId;

/**
 * Stores payments received from clients.
 *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 */
public interface PaymentStore extends ClientFactStore<PaymentId, Payment> {

}
