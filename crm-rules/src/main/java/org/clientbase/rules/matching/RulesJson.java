package org.clientbase.rules.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.field.CardType;

/**
 * Writes {@link MatchRules} as a small JSON document and reads it back, without a JSON library:
 * the document has a fixed shape (an object of numbers and strings, with one array of field
 * objects), so a reader of that shape is all it needs.
 */
final class RulesJson {
  private RulesJson() {}

  static String write(MatchRules rules) {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"cardType\": \"").append(rules.cardType().name()).append("\",\n");
    json.append("  \"threshold\": ").append(rules.threshold()).append(",\n");
    json.append("  \"strongAt\": ").append(rules.strongAt()).append(",\n");
    json.append("  \"certainAt\": ").append(rules.certainAt()).append(",\n");
    json.append("  \"fields\": [");
    List<FieldRule> fields = rules.fieldRules();
    for (int i = 0; i < fields.size(); i++) {
      FieldRule r = fields.get(i);
      json.append(i == 0 ? "\n" : ",\n").append("    {\"field\": \"").append(r.field().name())
          .append("\", \"method\": \"").append(r.method().name())
          .append("\", \"agreeAt\": ").append(r.agreeAt())
          .append(", \"disagreeBelow\": ").append(r.disagreeBelow())
          .append(", \"weight\": ").append(r.weight())
          .append(", \"penalty\": ").append(r.penalty())
          .append(", \"blank\": \"").append(r.blank().name())
          .append("\", \"middleWeight\": ").append(r.middleWeight()).append('}');
    }
    json.append("\n  ]");
    List<TermAdjustment> adjustments = rules.termAdjustments();
    if (!adjustments.isEmpty()) {
      json.append(",\n  \"termAdjustments\": [");
      for (int i = 0; i < adjustments.size(); i++) {
        TermAdjustment a = adjustments.get(i);
        json.append(i == 0 ? "\n" : ",\n").append("    {\"field\": \"").append(a.field().name())
            .append("\", \"otherValues\": ").append(a.otherValues()).append(", \"values\": {");
        int k = 0;
        for (Map.Entry<String, Double> e : a.values().entrySet()) {
          json.append(k++ == 0 ? "\n      " : ",\n      ").append(quoted(e.getKey())).append(": ").append(e.getValue());
        }
        json.append(k == 0 ? "}}" : "\n    }}");
      }
      json.append("\n  ]");
    }
    return json.append("\n}\n").toString();
  }

  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  static MatchRules read(String json) {
    Reader reader = new Reader(json);
    Map<String, Object> root = reader.object();
    reader.end();
    MatchRules.Builder rules = MatchRules.custom(enumValue(CardType.class, root, "cardType"));
    Object fields = root.get("fields");
    if (!(fields instanceof List<?> list)) {
      throw reader.problem("\"fields\" must be an array of field rules");
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> field)) {
        throw reader.problem("each field rule must be an object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> f = (Map<String, Object>) field;
      rules.rule(new FieldRule(enumValue(MatchField.class, f, "field"), enumValue(MatchMethod.class, f, "method"),
          number(f, "agreeAt"), number(f, "disagreeBelow"), number(f, "weight"), number(f, "penalty"),
          enumValue(BlankPolicy.class, f, "blank"), f.containsKey("middleWeight") ? number(f, "middleWeight") : 0));
    }
    Object adjustments = root.get("termAdjustments");
    if (adjustments != null) {
      if (!(adjustments instanceof List<?> items)) {
        throw reader.problem("\"termAdjustments\" must be an array of term-frequency adjustments");
      }
      for (Object item : items) {
        rules.termAdjustment(adjustment(reader, item));
      }
    }
    return rules.threshold(number(root, "threshold")).strongAt(number(root, "strongAt"))
        .certainAt(number(root, "certainAt")).build();
  }

  private static TermAdjustment adjustment(Reader reader, Object item) {
    if (!(item instanceof Map<?, ?> object)) {
      throw reader.problem("each term-frequency adjustment must be an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> a = (Map<String, Object>) object;
    if (!(a.get("values") instanceof Map<?, ?> values)) {
      throw new InvalidValueException("match rules JSON termAdjustments values", a.get("values"),
          "must be an object of values and their adjustments");
    }
    Map<String, Double> adjustments = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : values.entrySet()) {
      if (!(e.getValue() instanceof Double value)) {
        throw new InvalidValueException("match rules JSON termAdjustments value \"" + e.getKey() + "\"", e.getValue(),
            "must be a number");
      }
      adjustments.put((String) e.getKey(), value);
    }
    return new TermAdjustment(enumValue(MatchField.class, a, "field"), adjustments, number(a, "otherValues"));
  }

  private static double number(Map<String, Object> object, String name) {
    if (!(object.get(name) instanceof Double value)) {
      throw new InvalidValueException("match rules JSON " + name, object.get(name), "must be a number");
    }
    return value;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, Object> object, String name) {
    Object value = object.get(name);
    if (value instanceof String text) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
    }
    throw new InvalidValueException("match rules JSON " + name, value, "must be one of "
        + java.util.Arrays.toString(type.getEnumConstants()));
  }

  /** Reads objects, arrays, strings without escapes other than \" and \\, and numbers. */
  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    InvalidValueException problem(String why) {
      int from = Math.max(0, at - 20);
      return new InvalidValueException("match rules JSON at character " + at,
          text.substring(from, Math.min(text.length(), at + 20)), why);
    }

    void end() {
      skip();
      if (at != text.length()) {
        throw problem("unexpected text after the document");
      }
    }

    Map<String, Object> object() {
      expect('{');
      Map<String, Object> object = new LinkedHashMap<>();
      if (peek() == '}') {
        at++;
        return object;
      }
      while (true) {
        String name = string();
        expect(':');
        object.put(name, value());
        char c = next();
        if (c == '}') {
          return object;
        }
        if (c != ',') {
          throw problem("expected , or }");
        }
      }
    }

    private Object value() {
      char c = peek();
      if (c == '{') {
        return object();
      }
      if (c == '[') {
        at++;
        List<Object> list = new ArrayList<>();
        if (peek() == ']') {
          at++;
          return list;
        }
        while (true) {
          list.add(value());
          char d = next();
          if (d == ']') {
            return list;
          }
          if (d != ',') {
            throw problem("expected , or ]");
          }
        }
      }
      if (c == '"') {
        return string();
      }
      int from = at;
      while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      try {
        return Double.parseDouble(text.substring(from, at));
      } catch (NumberFormatException e) {
        at = from;
        throw problem("expected a value");
      }
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (at < text.length() && text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c == '\\' && at < text.length()) {
          c = text.charAt(at++);
        }
        out.append(c);
      }
      if (at >= text.length()) {
        throw problem("unterminated string");
      }
      at++;
      return out.toString();
    }

    private void expect(char c) {
      if (next() != c) {
        at = Math.max(0, at - 1);
        throw problem("expected " + c);
      }
    }

    private char next() {
      skip();
      if (at >= text.length()) {
        throw problem("unexpected end");
      }
      return text.charAt(at++);
    }

    private char peek() {
      skip();
      if (at >= text.length()) {
        throw problem("unexpected end");
      }
      return text.charAt(at);
    }

    private void skip() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }
  }
}
