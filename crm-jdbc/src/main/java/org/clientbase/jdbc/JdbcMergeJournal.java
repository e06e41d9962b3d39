package org.clientbase.jdbc;

import static org.clientbase.jdbc.JdbcRecordStore.Column.json;
import static org.clientbase.jdbc.JdbcRecordStore.Column.plain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.CardSnapshot;
import org.clientbase.spi.matching.FieldConflict;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeJournal;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;
import org.clientbase.spi.matching.MovedDocuments;
import org.clientbase.spi.matching.MovedReference;

/**
 * A {@link MergeJournal} on table {@code merge_journal}: state, instants, who asked for the
 * merge and who undid it ({@code author}, {@code undone_by}, added by migration V2) and the
 * survivor in typed columns, the cards before and after and the moved references as JSON
 * documents; the look-up table {@code merge_journal_card} names every card a merge touched (as
 * {@code ClientId:c-1}, so a client and a contact person with the same id text stay apart).
 *
 * <pre>
 * survivor_before  {"type": "CLIENT", "card": {...the whole client...}}
 * merged_before    [{"type": "CLIENT", "card": {...}}]
 * conflicts        [{"field": "comment", "fromType": "ClientId", "from": "c-2", "kept": "...", "other": "..."}]
 * moved_references [{"recordType": "InterestId", "record": "i-7", "fromType": "ClientId", "from": "c-2",
 *                    "heldBoth": false, "link": {"contactPerson": "p-1", "role": "...", "keyPerson": true}}]
 * moved_documents  [{"fromType": "ClientId", "from": "c-2", "documents": ["order-17"]}]
 * </pre>
 */
public final class JdbcMergeJournal extends JdbcRecordStore<MergeId, MergeRecord> implements MergeJournal {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Lookup<MergeRecord> CARDS = new Lookup<>("merge_journal_card", "merge_id", "card",
      record -> {
        List<String> cards = new ArrayList<>();
        cards.add(cardKey(record.survivor()));
        record.merged().forEach(card -> cards.add(cardKey(card)));
        return cards;
      });

  /**
   * Creates the journal.
   *
   * @param db the database, migrated
   */
  public JdbcMergeJournal(JdbcDatabase db) {
    super(db, "MergeRecord", "merge_journal", List.of(
        plain("state"), plain("started_at"), plain("author"), plain("undone_at"), plain("undone_by"),
        plain("card_type"), plain("survivor_id"), plain("note"), json("survivor_before"), json("survivor_after"),
        json("merged_before"), json("conflicts"), json("moved_references"), json("moved_documents")),
        List.of(CARDS));
  }

  @Override
  MergeId idOf(MergeRecord record) {
    return record.id();
  }

  @Override
  void bind(Sql.Params params, MergeRecord record) throws SQLException {
    String name = "MergeRecord " + record.id();
    ArrayNode merged = NODES.arrayNode();
    record.mergedBefore().forEach(card -> merged.add(snapshot(card)));
    ArrayNode conflicts = NODES.arrayNode();
    for (FieldConflict conflict : record.conflicts()) {
      ObjectNode node = conflicts.addObject().put("field", conflict.field());
      id(node, "from", conflict.from());
      node.put("kept", conflict.kept()).put("other", conflict.other());
    }
    ArrayNode references = NODES.arrayNode();
    for (MovedReference moved : record.movedReferences()) {
      ObjectNode node = references.addObject();
      id(node, "record", moved.record());
      id(node, "from", moved.from());
      node.put("heldBoth", moved.heldBoth());
      moved.link().ifPresent(link -> node.set("link", CardJson.read(CardJson.contacts(List.of(link))).get(0)));
    }
    ArrayNode documents = NODES.arrayNode();
    for (MovedDocuments moved : record.movedDocuments()) {
      ObjectNode node = documents.addObject();
      id(node, "from", moved.from());
      ArrayNode keys = node.putArray("documents");
      moved.documents().forEach(keys::add);
    }
    params.name(record.state()).instant(name + " startedAt", record.startedAt()).id(record.author())
        .instant(name + " undoneAt", record.undoneAt()).id(record.undoneBy()).text(cardType(record.survivorBefore()))
        .text(record.survivor().value()).text(record.note())
        .json(CardJson.write(snapshot(record.survivorBefore()))).json(CardJson.write(snapshot(record.survivorAfter())))
        .json(CardJson.write(merged)).json(CardJson.write(conflicts)).json(CardJson.write(references))
        .json(CardJson.write(documents));
  }

  @Override
  MergeRecord read(Sql.Row row) throws SQLException {
    List<CardSnapshot> merged = new ArrayList<>();
    CardJson.read(row.text("merged_before")).forEach(node -> merged.add(snapshot(node)));
    List<FieldConflict> conflicts = new ArrayList<>();
    for (JsonNode node : CardJson.read(row.text("conflicts"))) {
      conflicts.add(new FieldConflict(node.get("field").asText(), id(node, "from"), node.get("kept").asText(),
          node.get("other").asText()));
    }
    List<MovedReference> references = new ArrayList<>();
    for (JsonNode node : CardJson.read(row.text("moved_references"))) {
      Optional<ClientContact> link = node.has("link")
          ? Optional.of(CardJson.contacts("[" + node.get("link") + "]").get(0)) : Optional.empty();
      references.add(new MovedReference(id(node, "record"), id(node, "from"), node.path("heldBoth").asBoolean(), link));
    }
    List<MovedDocuments> documents = new ArrayList<>();
    for (JsonNode node : CardJson.read(row.text("moved_documents"))) {
      List<String> keys = new ArrayList<>();
      node.get("documents").forEach(key -> keys.add(key.asText()));
      documents.add(new MovedDocuments(id(node, "from"), keys));
    }
    return new MergeRecord(
        row.id("id", MergeId::of), row.name("state", MergeState.class), row.instant("started_at"),
        row.optId("author", UserId::of), row.optInstant("undone_at"), row.optId("undone_by", UserId::of),
        snapshot(CardJson.read(row.text("survivor_before"))), snapshot(CardJson.read(row.text("survivor_after"))),
        merged, conflicts, references, documents, row.text("note"));
  }

  @Override
  public List<Versioned<MergeRecord>> findByState(MergeState state, int limit) {
    if (limit < 1) {
      throw new InvalidValueException("MergeJournal.findByState limit", limit, "must be at least 1");
    }
    return queryVersioned("findByState", "WHERE state = ? ORDER BY id LIMIT ?", p -> p.name(state).number(limit));
  }

  @Override
  public List<Versioned<MergeRecord>> findByCard(EntityId card) {
    return queryVersioned("findByCard", "WHERE id IN (SELECT merge_id FROM merge_journal_card WHERE card = ?)"
        + " ORDER BY id", p -> p.text(cardKey(card)));
  }

  private static String cardKey(EntityId card) {
    return EntityIds.typeOf(card) + ":" + card.value();
  }

  private static String cardType(CardSnapshot snapshot) {
    return snapshot instanceof CardSnapshot.OfClient ? "CLIENT" : "CONTACT_PERSON";
  }

  private static ObjectNode snapshot(CardSnapshot snapshot) {
    ObjectNode node = NODES.objectNode().put("type", cardType(snapshot));
    if (snapshot instanceof CardSnapshot.OfClient client) {
      node.set("card", CardDocuments.client(client.card()));
    } else if (snapshot instanceof CardSnapshot.OfContactPerson person) {
      node.set("card", CardDocuments.contactPerson(person.card()));
    }
    return node;
  }

  private static CardSnapshot snapshot(JsonNode node) {
    String type = node.get("type").asText();
    return switch (type) {
      case "CLIENT" -> CardSnapshot.of(CardDocuments.client(node.get("card")));
      case "CONTACT_PERSON" -> CardSnapshot.of(CardDocuments.contactPerson(node.get("card")));
      default -> throw new JdbcStoreException("Card snapshot of an unknown type " + type);
    };
  }

  private static void id(ObjectNode node, String field, EntityId id) {
    node.put(field + "Type", EntityIds.typeOf(id)).put(field, id.value());
  }

  private static EntityId id(JsonNode node, String field) {
    return EntityIds.of(node.get(field + "Type").asText(), node.get(field).asText());
  }
}
