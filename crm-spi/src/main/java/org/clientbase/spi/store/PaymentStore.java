package org.clientbase.spi.store;

import org.clientbase.core.activity.Payment;
import org.clientbase.core.id.PaymentId;

/**
 * Stores payments received from clients.
 */
public interface PaymentStore extends ClientFactStore<PaymentId, Payment> {

}
