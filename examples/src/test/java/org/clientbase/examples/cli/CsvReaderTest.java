package org.clientbase.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static List<CsvReader.CsvRecord> read(String text) throws IOException {
    List<CsvReader.CsvRecord> records = new ArrayList<>();
    try (CsvReader reader = new CsvReader(new StringReader(text))) {
      CsvReader.CsvRecord record;
      while ((record = reader.next()) != null) {
        records.add(record);
      }
    }
    return records;
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaksAndRecordsKnowTheirLine() throws IOException {
    List<CsvReader.CsvRecord> records = read(
        "id,name\r\nc-1,\"ООО \"\"Ромашка\"\", Москва\"\r\nc-2,\"two\nlines\"\nc-3,plain\n");

    assertThat(records).extracting(CsvReader.CsvRecord::line).containsExactly(1L, 2L, 3L, 5L);
    assertThat(records.get(1).fields()).containsExactly("c-1", "ООО \"Ромашка\", Москва");
    assertThat(records.get(2).fields()).containsExactly("c-2", "two\nlines");
    assertThat(records.get(3).fields()).containsExactly("c-3", "plain");
    assertThat(records).allMatch(r -> r.error() == null);
  }

  @Test
  void aByteOrderMarkIsSkippedAndTheLastLineNeedsNoLineBreak() throws IOException {
    assertThat(read("\uFEFFid,name\nc-1,x")).extracting(CsvReader.CsvRecord::fields)
        .containsExactly(List.of("id", "name"), List.of("c-1", "x"));
  }

  @Test
  void textAfterAClosingQuoteIsAnErrorOfThatRecordOnly() throws IOException {
    List<CsvReader.CsvRecord> records = read("c-1,\"x\"y,z\nc-2,ok\n");

    assertThat(records.get(0).error()).isEqualTo("text after the closing quote of field 2");
    assertThat(records.get(1).fields()).containsExactly("c-2", "ok");
    assertThat(records.get(1).error()).isNull();
  }

  @Test
  void aQuoteLeftOpenIsReportedAtTheLineWhereTheRecordStarts() throws IOException {
    List<CsvReader.CsvRecord> records = read("c-1,ok\nc-2,\"never closed\nc-3,x\n");

    assertThat(records).hasSize(2);
    assertThat(records.get(1).line()).isEqualTo(2);
    assertThat(records.get(1).error()).isEqualTo("a quoted field is not closed before the end of the file");
  }

  @Test
  void writtenFieldsReadBackTheSame() throws IOException {
    String line = CsvWriter.line("a,b", "say \"hi\"", "", "line\nbreak", "plain");

    assertThat(read(line + "\n").get(0).fields()).containsExactly("a,b", "say \"hi\"", "", "line\nbreak", "plain");
  }
}
