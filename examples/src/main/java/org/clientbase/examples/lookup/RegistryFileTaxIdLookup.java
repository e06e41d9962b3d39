package org.clientbase.examples.lookup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.clientbase.spi.lookup.CounterpartyRequisites;
import org.clientbase.spi.lookup.TaxIdLookup;

/**
 * A {@link TaxIdLookup} that reads a local registry file: how a host without access to a
 * registry service (such as "1С-Контрагент") can still fill counterparties from their INN, e.g.
 * from an extract of the state register it downloads now and then.
 *
 * <p>The file is UTF-8 text, one organisation or sole proprietor per line, fields separated by
 * semicolons, with a header line naming the columns (in any order):
 *
 * <pre>
 * # lines starting with # are comments
 * inn;kpp;ogrn;name;postcode;region;city;street;building
 * 7707083893;773601001;1027700132195;ПАО Сбербанк;117312;;Москва;ул. Вавилова;19
 * 500100732259;;304500116000157;ИП Сидоров Семён Семёнович;;;;;
 * </pre>
 *
 * <p>{@code inn} and {@code name} are required; the other columns may be missing or empty. The
 * address is used when it has a city (the country is Russia). Every value is checked as the
 * domain types check it (INN, KPP and OGRN check digits), and a bad line is refused with its
 * line number, so a broken extract fails loudly when it is loaded rather than when a manager
 * looks up a company. The file is read once; the lookup is then a map look-up, safe to share
 * between threads.
 *
 * <pre>{@code
 * TaxIdLookup registry = RegistryFileTaxIdLookup.load(Path.of("/var/lib/erp/egrul.csv"));
 * RequisitesAutoFill autoFill = RequisitesAutoFill.builder().lookup(registry)...build();
 * }</pre>
 */
public final class RegistryFileTaxIdLookup implements TaxIdLookup {
  private static final List<String> COLUMNS =
      List.of("inn", "kpp", "ogrn", "name", "postcode", "region", "city", "street", "building");

  private final Map<Inn, CounterpartyRequisites> registry;
  private final String source;

  private RegistryFileTaxIdLookup(Map<Inn, CounterpartyRequisites> registry, String source) {
    this.registry = Map.copyOf(registry);
    this.source = source;
  }

  /**
   * Reads a registry file.
   *
   * @param file the file
   * @return the lookup
   * @throws UncheckedIOException if the file cannot be read
   * @throws RegistryFileException naming the line if the file is malformed
   */
  public static RegistryFileTaxIdLookup load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the registry file " + file, e);
    }
  }

  /**
   * Reads a registry from a class path resource, e.g. a sample shipped with an application.
   *
   * @param resource the resource name, e.g. {@code "/lookup/registry.csv"}
   * @return the lookup
   * @throws UncheckedIOException if the resource is missing or cannot be read
   * @throws RegistryFileException naming the line if the resource is malformed
   */
  public static RegistryFileTaxIdLookup fromResource(String resource) {
    InputStream in = RegistryFileTaxIdLookup.class.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("no class path resource " + resource));
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the registry resource " + resource, e);
    }
  }

  /**
   * Reads a registry from text.
   *
   * @param reader the text
   * @param source the name of the source, for error messages
   * @return the lookup
   * @throws IOException if the text cannot be read
   * @throws RegistryFileException naming the line if the text is malformed
   */
  public static RegistryFileTaxIdLookup read(Reader reader, String source) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    Map<Inn, CounterpartyRequisites> registry = new HashMap<>();
    Map<String, Integer> header = null;
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] cells = line.split(";", -1);
      if (header == null) {
        header = header(cells, source, number);
        continue;
      }
      CounterpartyRequisites requisites = parse(cells, header, source, number);
      if (registry.putIfAbsent(requisites.inn(), requisites) != null) {
        throw new RegistryFileException(source, number, "INN " + requisites.inn().value() + " is listed twice", null);
      }
    }
    if (header == null) {
      throw new RegistryFileException(source, number, "no header line with the columns " + COLUMNS, null);
    }
    return new RegistryFileTaxIdLookup(registry, source);
  }

  @Override
  public Optional<CounterpartyRequisites> find(Inn inn) {
    return Optional.ofNullable(registry.get(Objects.requireNonNull(inn, "inn")));
  }

  /**
   * Returns how many organisations and sole proprietors the registry lists.
   *
   * @return the number of entries
   */
  public int size() {
    return registry.size();
  }

  @Override
  public String toString() {
    return "RegistryFileTaxIdLookup[" + source + ", " + registry.size() + " entries]";
  }

  private static Map<String, Integer> header(String[] cells, String source, int number) {
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      String column = cells[i].strip().toLowerCase(java.util.Locale.ROOT);
      if (!COLUMNS.contains(column)) {
        throw new RegistryFileException(source, number, "unknown column \"" + cells[i] + "\"; the columns are " + COLUMNS, null);
      }
      if (header.put(column, i) != null) {
        throw new RegistryFileException(source, number, "column " + column + " appears twice", null);
      }
    }
    for (String required : List.of("inn", "name")) {
      if (!header.containsKey(required)) {
        throw new RegistryFileException(source, number, "the header has no column " + required + ": " + Arrays.toString(cells), null);
      }
    }
    return header;
  }

  private static CounterpartyRequisites parse(String[] cells, Map<String, Integer> header, String source, int number) {
    if (cells.length != header.size()) {
      throw new RegistryFileException(source, number,
          "has " + cells.length + " fields, the header " + header.size(), null);
    }
    try {
      Inn inn = Inn.of(cell(cells, header, "inn").orElse(null));
      String name = cell(cells, header, "name")
          .orElseThrow(() -> new RegistryFileException(source, number, "the name of INN " + inn.value() + " is empty", null));
      Optional<String> city = cell(cells, header, "city");
      Optional<PostalAddress> address = Optional.empty();
      if (city.isPresent()) {
        PostalAddress.Builder b = PostalAddress.builder().country("Россия").city(city.get());
        cell(cells, header, "postcode").ifPresent(b::postcode);
        cell(cells, header, "region").ifPresent(b::region);
        cell(cells, header, "street").ifPresent(b::street);
        cell(cells, header, "building").ifPresent(b::building);
        address = Optional.of(b.build());
      }
      return new CounterpartyRequisites(inn, name, cell(cells, header, "kpp").map(Kpp::of),
          cell(cells, header, "ogrn").map(Ogrn::of), address);
    } catch (RegistryFileException e) {
      throw e;
    } catch (ClientbaseException e) {
      throw new RegistryFileException(source, number, e.getMessage(), e);
    }
  }

  private static Optional<String> cell(String[] cells, Map<String, Integer> header, String column) {
    Integer index = header.get(column);
    if (index == null) {
      return Optional.empty();
    }
    String value = cells[index].strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
