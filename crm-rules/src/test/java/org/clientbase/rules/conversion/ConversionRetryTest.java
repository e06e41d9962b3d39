package org.clientbase.rules.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.conversion.ConversionFixture.USER;
import static org.clientbase.rules.conversion.ConversionFixture.ivanovOfRomashka;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.clientbase.core.id.LeadId;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.ConcurrentUpdateException;
import org.clientbase.spi.ForwardingClientbase;
import org.clientbase.spi.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * A store that reports a deadlock or serialization failure has written nothing: the conversion
 * plans again from fresh reads, a bounded number of times.
 */
class ConversionRetryTest {
  final ConversionFixture f = new ConversionFixture();

  /** The base's unit of work, failing with a collision on its first {@code failures} calls. */
  LeadConverter converterFailingFirst(int failures, AtomicInteger calls) {
    UnitOfWork real = f.base.unitOfWork();
    UnitOfWork colliding = new UnitOfWork() {
      @Override
      public <T> T execute(Supplier<T> work) {
        if (calls.incrementAndGet() <= failures) {
          return real.execute(() -> {
            work.get();   // the work runs and writes, then the store reports the collision
            throw new ConcurrentUpdateException("deadlock with another unit of work");
          });
        }
        return real.execute(work);
      }
    };
    return LeadConverter.builder()
        .clientbase(new ForwardingClientbase(f.base) {
          @Override
          public UnitOfWork unitOfWork() {
            return colliding;
          }
        })
        .accessPolicy(f.base.accessPolicy())
        .clock(f.clock)
        .scheme(StatusScheme.defaults())
        .build();
  }

  @Test
  void aCollisionIsRetriedAndTheLeadIsConvertedOnce() {
    f.base.leadStore().insert(ivanovOfRomashka());
    AtomicInteger calls = new AtomicInteger();

    ConversionResult result = converterFailingFirst(2, calls).convert(USER, LeadId.of("l-1"));

    assertThat(result).isInstanceOf(ConversionResult.Converted.class);
    assertThat(calls).hasValue(3);
    assertThat(f.base.clientStore().count()).isEqualTo(1);
  }

  @Test
  void collisionsThatDoNotStopReachTheCallerWithNothingWritten() {
    f.base.leadStore().insert(ivanovOfRomashka());
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(() -> converterFailingFirst(Integer.MAX_VALUE, calls).convert(USER, LeadId.of("l-1")))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(calls).hasValue(LeadConverter.ATTEMPTS);
    assertThat(f.base.clientStore().count()).isZero();
    assertThat(f.base.leadStore().find(LeadId.of("l-1")).orElseThrow().value().isLinked()).isFalse();
  }
}
