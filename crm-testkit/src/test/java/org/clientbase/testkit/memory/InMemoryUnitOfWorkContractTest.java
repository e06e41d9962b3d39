package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.testkit.contract.UnitOfWorkContract;

class InMemoryUnitOfWorkContractTest extends UnitOfWorkContract {
  @Override
  protected Fixture newFixture() {
    InMemoryClientbase base = InMemoryClientbase.create();
    return new Fixture(base.unitOfWork(), base.leadStore(), base.clientStore());
  }
}
