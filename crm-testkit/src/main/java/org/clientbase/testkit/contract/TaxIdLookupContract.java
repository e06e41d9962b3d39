package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.clientbase.core.tax.Inn;
import org.clientbase.spi.lookup.CounterpartyRequisites;
import org.clientbase.spi.lookup.TaxIdLookup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link TaxIdLookup}: an INN the registry knows gives requisites for that
 * very INN, with a legal name, and the same ones when asked again; an INN it does not know
 * gives an empty answer rather than an exception. The host supplies the lookup and one known
 * and one unknown INN.
 */
public abstract class TaxIdLookupContract {
  private TaxIdLookup lookup;

  /** Creates the contract; called by the host's test class. */
  protected TaxIdLookupContract() {}

  /**
   * Returns the lookup to test.
   *
   * @return the lookup
   */
  protected abstract TaxIdLookup newLookup();

  /**
   * Returns an INN the lookup's registry knows.
   *
   * @return the INN
   */
  protected abstract Inn knownInn();

  /**
   * Returns a valid INN the lookup's registry does not know.
   *
   * @return the INN
   */
  protected abstract Inn unknownInn();

  @BeforeEach
  final void createLookup() {
    lookup = newLookup();
  }

  @Test
  void aKnownInnGivesItsRequisites() {
    Optional<CounterpartyRequisites> found = lookup.find(knownInn());
    assertThat(found).isPresent();
    assertThat(found.get().inn()).isEqualTo(knownInn());
    assertThat(found.get().legalName()).isNotBlank();
    if (knownInn().isLegalEntity()) {
      found.get().ogrn().ifPresent(ogrn -> assertThat(ogrn.isSoleProprietor()).isFalse());
    } else {
      assertThat(found.get().kpp()).as("a sole proprietor has no KPP").isEmpty();
    }
    assertThat(lookup.find(knownInn())).isEqualTo(found);
  }

  @Test
  void anUnknownInnGivesNothing() {
    assertThat(lookup.find(unknownInn())).isEmpty();
  }
}
