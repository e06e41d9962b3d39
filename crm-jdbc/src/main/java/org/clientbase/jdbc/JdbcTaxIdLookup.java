package org.clientbase.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.clientbase.spi.lookup.CounterpartyRequisites;
import org.clientbase.spi.lookup.TaxIdLookup;

/**
 * A {@link TaxIdLookup} in table {@code tax_registry}, a local copy of the state register of
 * legal entities and sole proprietors that the host refreshes from its registry service.
 */
public final class JdbcTaxIdLookup implements TaxIdLookup {
  private final JdbcDatabase db;

  /**
   * Creates the lookup.
   *
   * @param db the database, migrated
   */
  public JdbcTaxIdLookup(JdbcDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * Stores requisites in the local register, replacing those of the same INN.
   *
   * @param requisites the requisites
   * @return this lookup
   */
  public JdbcTaxIdLookup register(CounterpartyRequisites requisites) {
    Objects.requireNonNull(requisites, "requisites");
    db.write("TaxIdLookup.register " + requisites.inn().value(), connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tax_registry WHERE inn = ?")) {
        delete.setString(1, requisites.inn().value());
        delete.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tax_registry"
          + " (inn, legal_name, kpp, ogrn, legal_address) VALUES (?, ?, ?, ?, " + db.dialect().json() + ")")) {
        new Sql.Params(insert).text(requisites.inn().value()).text(requisites.legalName())
            .text(requisites.kpp().map(Kpp::value)).text(requisites.ogrn().map(Ogrn::value))
            .json(CardJson.address(requisites.legalAddress()));
        return insert.executeUpdate();
      }
    });
    return this;
  }

  @Override
  public Optional<CounterpartyRequisites> find(Inn inn) {
    Objects.requireNonNull(inn, "inn");
    return db.read("TaxIdLookup.find " + inn.value(), connection -> {
      try (PreparedStatement query = connection.prepareStatement(
          "SELECT inn, legal_name, kpp, ogrn, legal_address FROM tax_registry WHERE inn = ?")) {
        query.setString(1, inn.value());
        try (ResultSet rows = query.executeQuery()) {
          if (!rows.next()) {
            return Optional.empty();
          }
          Sql.Row row = new Sql.Row(rows);
          return Optional.of(new CounterpartyRequisites(
              Inn.of(row.text("inn")), row.text("legal_name"), row.optText("kpp").map(Kpp::of),
              row.optText("ogrn").map(Ogrn::of), CardJson.readAddress(row.optText("legal_address"))));
        }
      }
    });
  }
}
