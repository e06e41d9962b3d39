package org.clientbase.rules.matching;

import org.clientbase.core.id.EntityId;
import org.clientbase.rules.matching.internal.Profile;

/**
 * A card with every value normalised once, ready to be compared many times: keep it instead of
 * the {@link MatchCard} when a card is compared with many others. Made by {@link
 * Matcher#compile(MatchCard)}; immutable and safe to share between threads.
 */
public final class CompiledCard {
  private final Profile profile;

  CompiledCard(Profile profile) {
    this.profile = profile;
  }

  /**
   * Returns the card's id.
   *
   * @return the id
   */
  public EntityId id() {
    return profile.id();
  }

  Profile profile() {
    return profile;
  }

  @Override
  public String toString() {
    return "compiled card " + profile.id();
  }
}
