package org.clientbase.spi.lookup;

import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;

/**
 * The requisites of a legal entity or sole proprietor as a registry reports them.
 *
 * @param inn the taxpayer number looked up
 * @param legalName the full legal name
 * @param kpp the KPP, for an organisation
 * @param ogrn the OGRN or OGRNIP
 * @param legalAddress the legal address
 */
public record CounterpartyRequisites(
    Inn inn, String legalName, Optional<Kpp> kpp, Optional<Ogrn> ogrn,
    Optional<PostalAddress> legalAddress) {

  /**
   * Checks the parts.
   *
   * @param inn the taxpayer number
   * @param legalName the full legal name, not blank
   * @param kpp the KPP
   * @param ogrn the OGRN or OGRNIP
   * @param legalAddress the legal address
   */
  public CounterpartyRequisites {
    Objects.requireNonNull(inn, "inn");
    legalName = Checks.requireText("CounterpartyRequisites.legalName", legalName);
    Objects.requireNonNull(kpp, "kpp");
    Objects.requireNonNull(ogrn, "ogrn");
    Objects.requireNonNull(legalAddress, "legalAddress");
  }
}
