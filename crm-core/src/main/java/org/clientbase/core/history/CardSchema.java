package org.clientbase.core.history;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.clientbase.core.field.FieldValue;

/**
 * The diffable fields of one card type: how to read each from a card and how to set it on a
 * builder. One schema per card type is the single place that knows a card's fields.
 *
 * @param <C> the card type
 * @param <B> the card's builder type
 */
final class CardSchema<C, B> {
  static final String CUSTOM_PREFIX = "custom.";

  private final String cardName;
  private final Function<C, Object> id;
  private final Function<C, B> copy;
  private final Function<B, C> build;
  private final Function<C, Map<String, FieldValue>> custom;
  private final BiConsumer<B, Map<String, FieldValue>> setCustom;
  private final Map<String, Field<C, B>> fields;

  private CardSchema(Builder<C, B> b) {
    this.cardName = b.cardName;
    this.id = b.id;
    this.copy = b.copy;
    this.build = b.build;
    this.custom = b.custom;
    this.setCustom = b.setCustom;
    this.fields = Map.copyOf(b.fields);
    this.order = List.copyOf(b.fields.keySet());
  }

  private final List<String> order;

  String cardName() {
    return cardName;
  }

  Object id(C card) {
    return id.apply(card);
  }

  /** Reads every field of a card, custom fields included, as possibly absent values. */
  Map<String, Optional<Object>> read(C card) {
    Map<String, Optional<Object>> values = new LinkedHashMap<>();
    for (String name : order) {
      values.put(name, fields.get(name).read(card));
    }
    custom.apply(card).forEach((key, value) -> values.put(CUSTOM_PREFIX + key, Optional.of(value)));
    return values;
  }

  /** Returns a card with the given fields replaced; a custom field is set or removed by key. */
  C write(C card, Map<String, Optional<Object>> changed) {
    B builder = copy.apply(card);
    Map<String, FieldValue> customValues = new LinkedHashMap<>(custom.apply(card));
    boolean customChanged = false;
    for (Map.Entry<String, Optional<Object>> e : changed.entrySet()) {
      String name = e.getKey();
      if (name.startsWith(CUSTOM_PREFIX)) {
        String key = name.substring(CUSTOM_PREFIX.length());
        customChanged = true;
        if (e.getValue().isPresent()) {
          customValues.put(key, (FieldValue) e.getValue().get());
        } else {
          customValues.remove(key);
        }
      } else {
        Field<C, B> field = fields.get(name);
        if (field == null) {
          throw new IllegalArgumentException(cardName + " has no field " + name);
        }
        field.write(builder, e.getValue());
      }
    }
    if (customChanged) {
      setCustom.accept(builder, customValues);
    }
    return build.apply(builder);
  }

  static <C, B> Builder<C, B> of(
      String cardName, Function<C, Object> id, Function<C, B> copy, Function<B, C> build) {
    return new Builder<>(cardName, id, copy, build);
  }

  /** How to read and write one field. */
  private interface Field<C, B> {
    Optional<Object> read(C card);

    void write(B builder, Optional<Object> value);
  }

  static final class Builder<C, B> {
    private final String cardName;
    private final Function<C, Object> id;
    private final Function<C, B> copy;
    private final Function<B, C> build;
    private Function<C, Map<String, FieldValue>> custom;
    private BiConsumer<B, Map<String, FieldValue>> setCustom;
    private final Map<String, Field<C, B>> fields = new LinkedHashMap<>();

    private Builder(String cardName, Function<C, Object> id, Function<C, B> copy, Function<B, C> build) {
      this.cardName = cardName;
      this.id = id;
      this.copy = copy;
      this.build = build;
    }

    /** A field that always has a value. */
    <V> Builder<C, B> required(String name, Class<V> type, Function<C, V> get, BiConsumer<B, V> set) {
      fields.put(name, new Field<>() {
        @Override
        public Optional<Object> read(C card) {
          return Optional.of(get.apply(card));
        }

        @Override
        public void write(B builder, Optional<Object> value) {
          set.accept(builder, type.cast(value.orElseThrow(
              () -> new IllegalArgumentException(cardName + " field " + name + " cannot be emptied"))));
        }
      });
      return this;
    }

    /** A field that may be empty. */
    <V> Builder<C, B> optional(
        String name, Class<V> type, Function<C, Optional<V>> get, BiConsumer<B, Optional<V>> set) {
      fields.put(name, new Field<>() {
        @Override
        public Optional<Object> read(C card) {
          return get.apply(card).map(Object.class::cast);
        }

        @Override
        public void write(B builder, Optional<Object> value) {
          set.accept(builder, value.map(type::cast));
        }
      });
      return this;
    }

    /** A collection field; an empty collection reads as absent. */
    <V extends Collection<?>> Builder<C, B> collection(
        String name, Class<V> type, Supplier<V> empty, Function<C, V> get, BiConsumer<B, V> set) {
      fields.put(name, new Field<>() {
        @Override
        public Optional<Object> read(C card) {
          V value = get.apply(card);
          return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        @Override
        public void write(B builder, Optional<Object> value) {
          set.accept(builder, value.isPresent() ? type.cast(value.get()) : empty.get());
        }
      });
      return this;
    }

    Builder<C, B> custom(
        Function<C, Map<String, FieldValue>> get, BiConsumer<B, Map<String, FieldValue>> set) {
      this.custom = get;
      this.setCustom = set;
      return this;
    }

    CardSchema<C, B> build() {
      return new CardSchema<>(this);
    }
  }
}
