package org.clientbase.rules.quality;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.history.FieldChange;
import org.clientbase.core.id.StatusId;

/**
 * Measures one client card against the fields its work status requires: a pure function of the
 * card, its status and the host's {@link CardConfiguration} of client cards.
 *
 * <p>Fields are named as the configuration names them: a standard field by its accessor
 * ({@code "phones"}, {@code "responsible"}, see {@link #STANDARD_FIELDS}), a custom field by its
 * key. A field is filled when it has a value: a non-empty collection, a present optional, a
 * custom field with a value.
 *
 * <pre>{@code
 * QualityMeasure measure = QualityMeasure.of(clientCard);   // refuses unknown field names
 * ClientQuality q = measure.measure(client, Optional.of(StatusScheme.ACTIVE));
 * q.missing();   // e.g. [emails, industry]
 * q.share();     // e.g. 0.6
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class QualityMeasure {
  /** The standard fields of a client card, by accessor name. */
  public static final Set<String> STANDARD_FIELDS = Set.copyOf(List.of(
      "id", "kind", "name", "createdOn", "phones", "emails", "addresses", "responsible", "contacts", "tags",
      "categories", "source", "comment"));

  /** Fields every client card has, so they are always filled. */
  private static final Set<String> ALWAYS_FILLED = Set.of("id", "kind", "name", "createdOn");

  private final CardConfiguration card;

  private QualityMeasure(CardConfiguration card) {
    this.card = card;
  }

  /**
   * Returns the measure of a configuration of client cards.
   *
   * @param clientCard the configuration of client cards
   * @return the measure
   * @throws InvalidValueException if the configuration is not of client cards, or requires
   *     fields that are neither standard nor custom fields of the card (every such field is
   *     named)
   */
  public static QualityMeasure of(CardConfiguration clientCard) {
    Objects.requireNonNull(clientCard, "clientCard");
    if (clientCard.cardType() != CardType.CLIENT) {
      throw new InvalidValueException("QualityMeasure card type", clientCard.cardType(), "must be CLIENT");
    }
    Set<String> known = new LinkedHashSet<>(STANDARD_FIELDS);
    clientCard.customFields().stream().map(FieldDefinition::key).forEach(known::add);
    Set<String> unknown = new TreeSet<>();
    for (String field : clientCard.requiredFields()) {
      if (!known.contains(field)) {
        unknown.add(field + " (required by the card)");
      }
    }
    clientCard.requiredByStatus().forEach((status, fields) -> {
      for (String field : fields) {
        if (!known.contains(field)) {
          unknown.add(field + " (required by status " + status + ")");
        }
      }
    });
    if (!unknown.isEmpty()) {
      throw new InvalidValueException("client card required fields", unknown,
          "are neither standard fields " + new TreeSet<>(STANDARD_FIELDS) + " nor custom fields of the card");
    }
    return new QualityMeasure(clientCard);
  }

  /**
   * Returns the configuration measured against.
   *
   * @return the configuration of client cards
   */
  public CardConfiguration card() {
    return card;
  }

  /**
   * Returns the fields a client card in a status must have filled.
   *
   * @param status the status, or empty for a client without one
   * @return the card's required fields and the status's
   */
  public Set<String> required(Optional<StatusId> status) {
    return status.map(card::requiredFor).orElse(card.requiredFields());
  }

  /**
   * Measures a client card.
   *
   * @param client the card
   * @param status the client's current work status, if any
   * @return the quality
   */
  public ClientQuality measure(Client client, Optional<StatusId> status) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(status, "status");
    Set<String> required = required(status);
    Set<String> filled = filled(client);
    Set<String> missing = new TreeSet<>(required);
    missing.removeAll(filled);
    return new ClientQuality(client.id(), status, client.responsible(), required, missing);
  }

  /**
   * Returns the fields of a client card that have a value.
   *
   * @param client the card
   * @return the filled standard fields by accessor name and custom fields by key
   */
  public static Set<String> filled(Client client) {
    // The diff against the same card with only the fields every card has names exactly the
    // filled fields, so the list of card fields stays in one place (the card diff).
    Client bare = Client.builder().id(client.id()).kind(client.kind()).name(client.name())
        .createdOn(client.createdOn()).build();
    Set<String> filled = new LinkedHashSet<>(ALWAYS_FILLED);
    for (FieldChange change : CardDiff.between(bare, client).changes()) {
      filled.add(change.isCustomField() ? change.field().substring("custom.".length()) : change.field());
    }
    return filled;
  }
}
