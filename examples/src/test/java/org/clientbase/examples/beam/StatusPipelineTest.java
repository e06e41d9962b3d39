package org.clientbase.examples.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.clientbase.examples.cli.ClientStatus;
import org.clientbase.examples.cli.GeneratedExports;
import org.clientbase.rules.status.StatusScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Beam pipeline on the direct runner computes the same statuses as the library's batch
 * recalculation on the same generated base.
 */
class StatusPipelineTest {
  @TempDir
  java.nio.file.Path dir;

  private static TestPipeline pipeline() {
    return TestPipeline.create().enableAbandonedNodeEnforcement(true);
  }

  @Test
  void statusesOnTheDirectRunnerEqualTheInProcessBatchOnTheSameData() {
    GeneratedExports base = GeneratedExports.generate(11, 400);
    Map<String, ClientStatus> expected = base.batch(StatusScheme.defaults());
    // the files may come in any order and in shards, each with its header
    List<String> clients = new ArrayList<>(base.clientLines());
    java.util.Collections.reverse(clients);
    List<String> facts = new ArrayList<>(base.factLines());
    facts.add(base.factLines().get(0));
    java.util.Collections.shuffle(facts, new java.util.Random(3));
    TestPipeline pipeline = pipeline();

    PCollectionTuple result = StatusPipeline.computeStatuses(
        pipeline.apply("clients", Create.of(clients).withCoder(StringUtf8Coder.of())),
        pipeline.apply("facts", Create.of(facts).withCoder(StringUtf8Coder.of())),
        new StatusPipeline.Settings(null, GeneratedExports.AS_OF, "RUB"));

    PAssert.that(result.get(StatusPipeline.STATUSES)).containsInAnyOrder(expected.values());
    PAssert.that(result.get(StatusPipeline.REJECTED)).empty();
    pipeline.run().waitUntilFinish();
    assertThat(expected.values()).extracting(ClientStatus::status).contains("new", "active", "lost");
  }

  @Test
  void aSchemeFileTravelsWithThePipelineAndBadRowsComeOutWithTheirReason() {
    GeneratedExports base = GeneratedExports.generate(12, 60);
    String scheme = "{\"statuses\": [{\"id\": \"lost\", \"period\": 90}]}";
    Map<String, ClientStatus> expected = base.batch(org.clientbase.examples.cli.SchemeFile.parse(scheme, "test"));
    assertThat(expected).as("the scheme changes statuses").isNotEqualTo(base.batch(StatusScheme.defaults()));
    List<String> clients = new ArrayList<>(base.clientLines());
    clients.add("c-bad,Ромашка,COMPANY,2026-01-01");
    List<String> facts = new ArrayList<>(base.factLines());
    facts.add("zz-unknown,PAYMENT,2026-02-03,100.00,,,");
    facts.add("c-bad,PAYMENT,2026-02-30,100.00,,,");
    TestPipeline pipeline = pipeline();

    PCollectionTuple result = StatusPipeline.computeStatuses(
        pipeline.apply("clients", Create.of(clients).withCoder(StringUtf8Coder.of())),
        pipeline.apply("facts", Create.of(facts).withCoder(StringUtf8Coder.of())),
        new StatusPipeline.Settings(scheme, GeneratedExports.AS_OF, "RUB"));

    PCollection<ClientStatus> statuses = result.get(StatusPipeline.STATUSES);
    PAssert.that(statuses).containsInAnyOrder(expected.values());
    PAssert.that(result.get(StatusPipeline.REJECTED)).containsInAnyOrder(
        "clients: kind \"COMPANY\" is not one of LEGAL_ENTITY, SOLE_PROPRIETOR, INDIVIDUAL: c-bad,Ромашка,COMPANY,2026-01-01",
        "facts: date \"2026-02-30\" is not a date written yyyy-mm-dd: c-bad,PAYMENT,2026-02-30,100.00,,,",
        "facts: client zz-unknown has no usable row in the clients files: zz-unknown,PAYMENT,2026-02-03,100.00,,,");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theMainProgramReadsTheFilesAndWritesTheStatusesAndTheRejectedRows() throws Exception {
    GeneratedExports base = GeneratedExports.generate(13, 50);
    java.nio.file.Path[] files = base.write(dir);
    java.nio.file.Files.writeString(files[1], "c-x,PAYMENT,2026-02-30,1.00,,,\n",
        java.nio.file.StandardOpenOption.APPEND);

    StatusPipeline.main(new String[] {"--clients=" + files[0], "--facts=" + files[1],
        "--asOf=" + GeneratedExports.AS_OF, "--output=" + dir.resolve("out/statuses")});

    List<String> written = java.nio.file.Files.readAllLines(dir.resolve("out/statuses-00000-of-00001.csv"));
    assertThat(written.get(0)).isEqualTo("client_id,status,status_name,since");
    List<String> expected = new ArrayList<>();
    for (ClientStatus status : base.batch(StatusScheme.defaults()).values()) {
      expected.add(org.clientbase.examples.cli.CsvWriter.line(status.fields(StatusScheme.defaults())));
    }
    assertThat(written.subList(1, written.size())).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(java.nio.file.Files.readAllLines(dir.resolve("out/statuses-rejected-00000-of-00001.txt")))
        .containsExactly("facts: date \"2026-02-30\" is not a date written yyyy-mm-dd: c-x,PAYMENT,2026-02-30,1.00,,,");
  }
}
