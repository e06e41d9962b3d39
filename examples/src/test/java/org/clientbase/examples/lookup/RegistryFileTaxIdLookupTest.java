package org.clientbase.examples.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.clientbase.spi.lookup.CounterpartyRequisites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryFileTaxIdLookupTest {
  private final RegistryFileTaxIdLookup registry = RegistryFileTaxIdLookup.fromResource("/lookup/registry.csv");

  private static RegistryFileTaxIdLookup read(String text) throws IOException {
    return RegistryFileTaxIdLookup.read(new StringReader(text), "test.csv");
  }

  @Test
  void anOrganisationIsFoundWithItsRequisitesAndAddress() {
    Optional<CounterpartyRequisites> sber = registry.find(Inn.of("7707083893"));
    assertThat(sber).hasValueSatisfying(r -> {
      assertThat(r.legalName()).isEqualTo("ПАО Сбербанк");
      assertThat(r.kpp()).contains(Kpp.of("773601001"));
      assertThat(r.ogrn()).contains(Ogrn.of("1027700132195"));
      assertThat(r.legalAddress()).contains(PostalAddress.builder()
          .postcode("117312").country("Россия").city("Москва").street("ул. Вавилова").building("19").build());
    });
    assertThat(registry.size()).isEqualTo(3);
  }

  @Test
  void aSoleProprietorHasNoKppAndNoAddressWhenTheFileGivesNone() {
    assertThat(registry.find(Inn.of("500100732259"))).hasValueSatisfying(r -> {
      assertThat(r.kpp()).isEmpty();
      assertThat(r.ogrn().orElseThrow().isSoleProprietor()).isTrue();
      assertThat(r.legalAddress()).isEmpty();
    });
  }

  @Test
  void anInnNotInTheFileIsNotFound() {
    assertThat(registry.find(Inn.of("7702070139"))).isEmpty();
  }

  @Test
  void columnsMayComeInAnyOrderAndBeLeftOut(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("extract.csv");
    Files.writeString(file, "\uFEFFname;inn\nООО «Яндекс»;7736207543\n", StandardCharsets.UTF_8);
    RegistryFileTaxIdLookup small = RegistryFileTaxIdLookup.load(file);
    assertThat(small.find(Inn.of("7736207543"))).hasValueSatisfying(r -> {
      assertThat(r.legalName()).isEqualTo("ООО «Яндекс»");
      assertThat(r.kpp()).isEmpty();
    });
    assertThat(small.toString()).contains("extract.csv").contains("1 entries");
  }

  @Test
  void aMalformedFileIsRefusedNamingTheLine() {
    assertThatThrownBy(() -> read("inn;name\n7707083894;Bad check digit\n"))
        .isInstanceOfSatisfying(RegistryFileException.class, e -> assertThat(e.line()).isEqualTo(2))
        .hasMessage("test.csv, line 2: INN 7707083894: check digit 4 expected 3");
    assertThatThrownBy(() -> read("# comment\ninn;name;kpp\n7707083893;ПАО Сбербанк\n"))
        .hasMessage("test.csv, line 3: has 2 fields, the header 3");
    assertThatThrownBy(() -> read("inn;name\n7707083893;A\n7707083893;B\n"))
        .hasMessage("test.csv, line 3: INN 7707083893 is listed twice");
    assertThatThrownBy(() -> read("inn;name;phone\n"))
        .hasMessageStartingWith("test.csv, line 1: unknown column \"phone\"");
    assertThatThrownBy(() -> read("inn;kpp\n")).hasMessageStartingWith("test.csv, line 1: the header has no column name");
    assertThatThrownBy(() -> read("# only a comment\n")).hasMessageStartingWith("test.csv, line 1: no header line");
    assertThatThrownBy(() -> read("inn;name\n7707083893;\n")).hasMessage("test.csv, line 2: the name of INN 7707083893 is empty");
  }

  @Test
  void aMissingFileIsReported(@TempDir Path dir) {
    assertThatThrownBy(() -> RegistryFileTaxIdLookup.load(dir.resolve("none.csv")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("none.csv");
    assertThatThrownBy(() -> RegistryFileTaxIdLookup.fromResource("/lookup/none.csv"))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("/lookup/none.csv");
  }
}
