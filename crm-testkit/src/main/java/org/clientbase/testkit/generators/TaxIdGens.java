package org.clientbase.testkit.generators;

import java.util.Optional;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Russian tax ids built the way the FNS numbers them: a region code, the code of the tax
 * office, a serial number and the check digits computed by {@link Inn#fromBody(String)} and
 * {@link Ogrn#fromBody(String)}.
 */
final class TaxIdGens {
  private TaxIdGens() {}

  /** The tax ids of one taxpayer, consistent with each other. */
  record Requisites(Inn inn, Optional<Kpp> kpp, Optional<Ogrn> ogrn) {}

  static String region(RandomnessSource in) {
    return Rnd.pick(in, Dictionary.CITIES).taxRegion();
  }

  static String office(RandomnessSource in) {
    return Rnd.padded(Rnd.between(in, 1, 51), 2);
  }

  static Inn legalEntityInn(RandomnessSource in, String region, String office) {
    return Inn.fromBody(region + office + Rnd.digits(in, 5));
  }

  static Inn individualInn(RandomnessSource in, String region, String office) {
    return Inn.fromBody(region + office + Rnd.digits(in, 6));
  }

  static Kpp kpp(RandomnessSource in, String region, String office) {
    if (Rnd.chance(in, 3)) {
      return Kpp.of("7750" + "01001");
    }
    String reason = Rnd.oneOf(in, "01", "01", "01", "01", "43", "45", "02", "AA", "0B");
    return Kpp.of(region + office + reason + Rnd.oneOf(in, "001", "001", "002", "003"));
  }

  static Ogrn ogrn(RandomnessSource in, String region, String office) {
    String sign = Rnd.oneOf(in, "1", "1", "5");
    String year = Rnd.padded(Rnd.between(in, 2, 25), 2);
    return Ogrn.fromBody(sign + year + region + office + Rnd.digits(in, 5));
  }

  static Ogrn ogrnip(RandomnessSource in, String region) {
    String year = Rnd.padded(Rnd.between(in, 4, 25), 2);
    return Ogrn.fromBody("3" + year + region + Rnd.digits(in, 9));
  }

  static Requisites legalEntity(RandomnessSource in, String region) {
    String office = office(in);
    return new Requisites(
        legalEntityInn(in, region, office),
        Optional.of(kpp(in, region, office)),
        Rnd.chance(in, 90) ? Optional.of(ogrn(in, region, office)) : Optional.empty());
  }

  static Requisites soleProprietor(RandomnessSource in, String region) {
    String office = office(in);
    return new Requisites(
        individualInn(in, region, office),
        Optional.empty(),
        Rnd.chance(in, 90) ? Optional.of(ogrnip(in, region)) : Optional.empty());
  }

  static final Gen<Inn> LEGAL_ENTITY_INN = in -> legalEntityInn(in, region(in), office(in));
  static final Gen<Inn> INDIVIDUAL_INN = in -> individualInn(in, region(in), office(in));
  static final Gen<Inn> INN =
      in -> Rnd.chance(in, 50) ? LEGAL_ENTITY_INN.generate(in) : INDIVIDUAL_INN.generate(in);
  static final Gen<Kpp> KPP = in -> kpp(in, region(in), office(in));
  static final Gen<Ogrn> OGRN = in -> ogrn(in, region(in), office(in));
  static final Gen<Ogrn> OGRNIP = in -> ogrnip(in, region(in));
}
