package org.clientbase.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.clientbase.core.card.Source;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.person.PersonName;
import org.clientbase.rules.conversion.LeadConverter;
import org.clientbase.rules.conversion.LeadDirectory;
import org.clientbase.rules.conversion.SwitchOffSummary;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.ProgressListener;
import org.clientbase.memory.InMemoryClientbase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Switching leads off: {@code switchOff} converts every lead through the library (in-memory
 * stores, unit of work with undo log, versioned writes, first status, reference rewriting)
 * against {@code handwritten}, plain code that creates the same client, contact person and
 * updated lead objects into hash maps with no checks, journal or rewriting.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ConversionBenchmark}. Each
 * operation converts {@code leads} leads; leads per second = leads / (seconds per operation).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 3, jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class ConversionBenchmark {
  private static final UserId ADMINISTRATOR = UserId.of("administrator");

  /** How many leads each operation converts. */
  @Param("100000")
  public int leads;

  private static final Instant NOW = Instant.parse("2026-03-10T07:30:00Z");

  private List<Lead> generated;
  private InMemoryClientbase base;
  private LeadDirectory directory;

  /** Generates the leads once: two in three with a company. */
  @Setup(Level.Trial)
  public void generate() {
    generated = new ArrayList<>(leads);
    String[] last = {"Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Волков"};
    String[] first = {"Иван", "Пётр", "Олег", "Сергей", "Андрей", "Михаил", "Дмитрий"};
    for (int i = 0; i < leads; i++) {
      Lead.Builder b = Lead.builder()
          .id(LeadId.of(String.format("l-%07d", i)))
          .name(PersonName.of(last[i % last.length], first[i / 7 % first.length], "Петрович"))
          .addPhones(Phone.parse(String.format("+7 916 %07d", i)))
          .addEmails(Email.of("lead" + i + "@example.ru"))
          .source(Source.of("Website"));
      if (i % 3 != 0) {
        b.company("ООО «Компания " + i + "»");
      }
      generated.add(b.build());
    }
  }

  /** A fresh in-memory base holding the leads, before each switch-off. */
  @Setup(Level.Iteration)
  public void fill() {
    base = InMemoryClientbase.create();
    generated.forEach(base.leadStore()::insert);
    LeadConverter converter = LeadConverter.builder()
        .clientbase(base).accessPolicy(base.accessPolicy())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).scheme(StatusScheme.defaults())
        .build();
    directory = LeadDirectory.builder().clientbase(base).converter(converter).build();
  }

  /**
   * The library's switch-off over the in-memory stores.
   *
   * @return the summary
   */
  @Benchmark
  public SwitchOffSummary switchOff() {
    SwitchOffSummary summary = directory.switchOff(ADMINISTRATOR, n -> true, ProgressListener.none());
    if (summary.converted().size() != leads) {
      throw new IllegalStateException("converted " + summary.converted().size() + " of " + leads);
    }
    return summary;
  }

  /**
   * The same objects made by plain code into hash maps.
   *
   * @return the number of clients made
   */
  @Benchmark
  public int handwritten() {
    Map<ClientId, Client> clients = new HashMap<>();
    Map<ContactPersonId, ContactPerson> persons = new HashMap<>();
    Map<LeadId, Lead> converted = new HashMap<>();
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    long next = 0;
    for (Lead lead : generated) {
      ClientId clientId = ClientId.of("client-" + ++next);
      Client.Builder client = Client.builder().id(clientId).createdOn(today)
          .phones(lead.phones()).emails(lead.emails()).source(lead.source());
      ContactPersonId personId = null;
      if (lead.company().isPresent()) {
        personId = ContactPersonId.of("contact-person-" + next);
        persons.put(personId, ContactPerson.builder().id(personId).name(lead.name())
            .phones(lead.phones()).emails(lead.emails()).source(lead.source()).build());
        client.kind(ClientKind.LEGAL_ENTITY).name(lead.company().get()).addContacts(ClientContact.of(personId));
      } else {
        client.kind(ClientKind.INDIVIDUAL).name(lead.name().format());
      }
      clients.put(clientId, client.build());
      Lead.Builder done = Lead.builder().from(lead).linkedClient(clientId).convertedAt(NOW);
      if (personId != null) {
        done.linkedContactPerson(personId);
      }
      converted.put(lead.id(), done.build());
    }
    return clients.size() + persons.size() + converted.size();
  }
}
