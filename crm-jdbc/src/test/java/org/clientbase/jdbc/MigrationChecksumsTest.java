package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A released migration script never changes, not even in a comment: databases migrated with it
 * record its checksum, and the next start refuses a script whose checksum differs. A change of
 * the schema is a new script.
 */
class MigrationChecksumsTest {

  @ParameterizedTest
  @CsvSource({
      "V1__clientbase_schema.sql, 5c02e6c5183d11b094dd1ab3f7e9c8bc911b5327615c90779134f28ab11a50c0",
      "V2__merge_journal_author.sql, d3446d76956cc781b7ba5ce7765bc2bb0376544f2c6a8b4afcd75235461c4624",
      "V3__status_due_day.sql, 9de7099c907bb8ea21a330cb5cee70b59739ef824dd2652b98d67217909dee38",
      "V4__drop_status_entry_index.sql, 1e61887c392c3eaaee38ea3e0fff47047962cf3943aaa7cb2d37743455ebd502"})
  void aReleasedScriptKeepsItsChecksum(String script, String checksum)
      throws IOException, NoSuchAlgorithmException {
    try (InputStream in = SchemaMigrations.class.getResourceAsStream("/db/clientbase/" + script)) {
      assertThat(in).as(script).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      String actual = HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
      assertThat(actual).as(script).isEqualTo(checksum);
    }
  }
}
