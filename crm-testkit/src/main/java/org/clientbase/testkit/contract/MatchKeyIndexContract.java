package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.LeadId;
import org.clientbase.spi.matching.MatchKeyIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link MatchKeyIndex}, the index through which the library finds candidate
 * duplicates. Extend it and implement {@link #newIndex()}.
 *
 * <p>Checks that:
 * <ul>
 *   <li>a new index finds nothing; a card put with keys is found by each of them;</li>
 *   <li>{@code put} replaces the card's keys (old keys no longer find it), putting the same keys
 *       again changes nothing, and an empty set removes the card;</li>
 *   <li>{@code remove} drops every key, and removing an unknown card is not an error;</li>
 *   <li>{@code find} returns the cards of the asked type only, in id-text order, at most
 *       {@code limitPerKey} per key, and leaves out keys no card has;</li>
 *   <li>{@code keys} returns what was put.</li>
 * </ul>
 */
public abstract class MatchKeyIndexContract {
  private MatchKeyIndex index;

  /** Creates the contract; called by the host's test class. */
  protected MatchKeyIndexContract() {}

  /**
   * Returns an index holding no key, used by one test. A host backed by a database clears the
   * table here.
   *
   * @return an empty index
   */
  protected abstract MatchKeyIndex newIndex();

  /**
   * Returns the index of the running test.
   *
   * @return the index made by {@link #newIndex()} for this test
   */
  protected final MatchKeyIndex index() {
    return index;
  }

  @BeforeEach
  final void createIndex() {
    index = newIndex();
  }

  private Map<String, List<EntityId>> find(CardType type, String... keys) {
    return index.find(type, List.of(keys), 100);
  }

  @Test
  void newIndexFindsNothing() {
    assertThat(find(CardType.CLIENT, "tel:+79161234567")).isEmpty();
    assertThat(index.keys(ClientId.of("c-1"))).isEmpty();
  }

  @Test
  void aCardIsFoundByEachOfItsKeys() {
    ClientId client = ClientId.of("c-1");
    index.put(client, Set.of("tel:+79161234567", "inn:7707083893"));
    assertThat(find(CardType.CLIENT, "tel:+79161234567", "inn:7707083893", "mail:x@y.ru"))
        .containsOnly(Map.entry("tel:+79161234567", List.of(client)), Map.entry("inn:7707083893", List.of(client)));
    assertThat(index.keys(client)).containsExactlyInAnyOrder("tel:+79161234567", "inn:7707083893");
  }

  @Test
  void putReplacesTheKeysOfTheCard() {
    ClientId client = ClientId.of("c-1");
    index.put(client, Set.of("a", "b"));
    index.put(client, Set.of("b", "c"));
    assertThat(find(CardType.CLIENT, "a")).isEmpty();
    assertThat(find(CardType.CLIENT, "b", "c")).containsOnly(
        Map.entry("b", List.of(client)), Map.entry("c", List.of(client)));
    index.put(client, Set.of("b", "c"));
    assertThat(index.keys(client)).containsExactlyInAnyOrder("b", "c");
  }

  @Test
  void anEmptySetAndRemoveDropTheCard() {
    ClientId first = ClientId.of("c-1");
    ClientId second = ClientId.of("c-2");
    index.put(first, Set.of("a"));
    index.put(second, Set.of("a"));
    index.put(first, Set.of());
    assertThat(find(CardType.CLIENT, "a")).containsOnly(Map.entry("a", List.of(second)));
    index.remove(second);
    index.remove(ClientId.of("c-9"));
    assertThat(find(CardType.CLIENT, "a")).isEmpty();
    assertThat(index.keys(second)).isEmpty();
  }

  @Test
  void findReturnsCardsOfTheAskedTypeInIdTextOrder() {
    for (String id : List.of("c-10", "c-2", "c-1", "c-3")) {
      index.put(ClientId.of(id), Set.of("shared"));
    }
    index.put(LeadId.of("c-0"), Set.of("shared"));
    index.put(ContactPersonId.of("p-1"), Set.of("shared"));
    assertThat(find(CardType.CLIENT, "shared").get("shared")).containsExactly(
        ClientId.of("c-1"), ClientId.of("c-10"), ClientId.of("c-2"), ClientId.of("c-3"));
    assertThat(find(CardType.LEAD, "shared").get("shared")).containsExactly(LeadId.of("c-0"));
    assertThat(find(CardType.CONTACT_PERSON, "shared").get("shared")).containsExactly(ContactPersonId.of("p-1"));
  }

  @Test
  void aLeadAndAClientWithTheSameIdTextAreDifferentCards() {
    index.put(ClientId.of("x-1"), Set.of("a"));
    index.put(LeadId.of("x-1"), Set.of("b"));
    index.remove(LeadId.of("x-1"));
    assertThat(find(CardType.CLIENT, "a")).containsOnly(Map.entry("a", List.of(ClientId.of("x-1"))));
    assertThat(find(CardType.LEAD, "a", "b")).isEmpty();
  }

  @Test
  void findReturnsAtMostTheLimitPerKey() {
    for (int i = 1; i <= 9; i++) {
      index.put(ContactPersonId.of("p-" + i), Set.of("common", "own-" + i));
    }
    Map<String, List<EntityId>> found = index.find(CardType.CONTACT_PERSON, List.of("common", "own-5"), 3);
    assertThat(found.get("common")).containsExactly(
        ContactPersonId.of("p-1"), ContactPersonId.of("p-2"), ContactPersonId.of("p-3"));
    assertThat(found.get("own-5")).containsExactly(ContactPersonId.of("p-5"));
  }
}
