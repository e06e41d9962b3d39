package org.clientbase.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.CalculationMode;
import org.clientbase.core.status.Colour;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.status.SchemeProblem;
import org.clientbase.rules.status.SchemeValidationException;
import org.clientbase.rules.status.StatusScheme;

/**
 * A status scheme written as JSON: changes to the default scheme (or to the all-manual one).
 *
 * <pre>{@code
 * {
 *   "base": "default",
 *   "statuses": [
 *     {"id": "lost", "period": 60},
 *     {"id": "active", "name": "Покупает", "colour": "#2E7D32"},
 *     {"id": "returned", "manual": true},
 *     {"id": "vip", "name": "VIP", "colour": "#FFD600"}
 *   ],
 *   "preconditions": {"ACTIVE": ["new"]},
 *   "priorities": {"RETURNED": 45}
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code base}: {@code "default"} (the seed's scheme, the default) or {@code "all-manual"}.
 *   <li>{@code statuses}: one object per status to change or add. {@code id} names it; a new id
 *       adds a manual status, which needs a {@code name}. {@code name}, {@code colour}
 *       ({@code #RRGGBB}) and {@code order} change how it is shown; {@code period} (days) changes
 *       the look-back period of an automatic status; {@code template} with {@code period} binds a
 *       template (IN_PROGRESS, ACTIVE, LOST, RETURNED) to the status; {@code "manual": true}
 *       makes it manual; {@code "forNewClient": true} makes it the status of new clients.
 *   <li>{@code preconditions}: per template, further previous statuses it accepts (widened
 *       preconditions), e.g. ACTIVE straight from New for sales without interests.
 *   <li>{@code priorities}: per template, a new priority.
 * </ul>
 *
 * <p>Every problem of the file is reported at once, each naming where it is: unknown keys, values
 * of the wrong type, unknown statuses or templates, and the scheme's own validation.
 */
public final class SchemeFile {
  /** The largest scheme file read, in bytes. */
  public static final int MAX_BYTES = 1 << 20;
  /** The deepest nesting of JSON arrays and objects read. */
  public static final int MAX_DEPTH = 16;
  /** The most problems a message lists; the others are counted. */
  static final int MAX_PROBLEMS_LISTED = 5;
  /** The most characters of one problem in a message. */
  static final int MAX_PROBLEM_CHARS = 180;

  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH).maxDocumentLength(MAX_BYTES).maxStringLength(MAX_BYTES)
          .maxNumberLength(100).build())
      .build());
  private static final Set<String> TOP = Set.of("base", "statuses", "preconditions", "priorities");
  private static final Set<String> STATUS_KEYS =
      Set.of("id", "name", "colour", "color", "order", "period", "template", "manual", "forNewClient");

  private SchemeFile() {}

  /** A scheme file that cannot be used: every problem, each naming the file and the place. */
  public static final class SchemeFileException extends ClientbaseException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    SchemeFileException(String source, List<String> problems) {
      super(message(source, problems));
      this.problems = List.copyOf(problems);
    }

    private static String message(String source, List<String> problems) {
      StringBuilder text = new StringBuilder(Excerpt.line(source)).append(": ").append(problems.size())
          .append(problems.size() == 1 ? " problem" : " problems").append(':');
      for (String problem : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_LISTED))) {
        String line = Excerpt.line(problem);
        text.append("\n  ").append(line.length() <= MAX_PROBLEM_CHARS ? line
            : line.substring(0, MAX_PROBLEM_CHARS) + " ...");
      }
      if (problems.size() > MAX_PROBLEMS_LISTED) {
        text.append("\n  ... and ").append(problems.size() - MAX_PROBLEMS_LISTED).append(" more");
      }
      return text.toString();
    }

    /**
     * Returns the problems.
     *
     * @return the problems, in the order found
     */
    public List<String> problems() {
      return problems;
    }
  }

  /**
   * Reads a scheme file.
   *
   * @param file the file
   * @return the scheme
   * @throws IOException if the file cannot be read
   * @throws SchemeFileException listing every problem of the file
   */
  public static StatusScheme read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new SchemeFileException(file.toString(), List.of("the file holds " + size
          + " bytes; a scheme file holds at most " + MAX_BYTES));
    }
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new SchemeFileException(file.toString(), List.of("the file is not UTF-8 text"));
    }
    return parse(text, file.toString());
  }

  /**
   * Reads a scheme from JSON text.
   *
   * @param json the text
   * @param source where the text came from, for the messages
   * @return the scheme
   * @throws SchemeFileException listing every problem of the text
   */
  public static StatusScheme parse(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (StreamConstraintsException e) {
      throw new SchemeFileException(source, List.of("too large or too deeply nested: a scheme file nests"
          + " at most " + MAX_DEPTH + " levels and holds at most " + MAX_BYTES + " bytes"));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      int cut = original.indexOf(" (start marker at");
      cut = cut >= 0 ? cut : original.indexOf('\n');
      throw new SchemeFileException(source, List.of("not valid JSON: "
          + Excerpt.line(cut < 0 ? original : original.substring(0, cut))
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")));
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new SchemeFileException(source, List.of("the file must hold one JSON object"));
    }
    unknownKeys(root, TOP, "", problems);
    StatusScheme base = StatusScheme.defaults();
    JsonNode baseNode = root.get("base");
    if (baseNode != null) {
      if ("all-manual".equals(baseNode.asText())) {
        base = StatusScheme.allManual();
      } else if (!"default".equals(baseNode.asText())) {
        problems.add("base: " + Excerpt.quote(baseNode.asText()) + " is not \"default\" or \"all-manual\"");
      }
    }
    StatusScheme.Builder builder = base.toBuilder();
    Set<StatusId> known = new LinkedHashSet<>();
    base.statuses().forEach(status -> known.add(status.id()));
    JsonNode statuses = root.get("statuses");
    if (statuses != null) {
      if (!statuses.isArray()) {
        problems.add("statuses: must be a list of objects");
      } else {
        for (int i = 0; i < statuses.size(); i++) {
          status(statuses.get(i), "statuses[" + i + "]", base, builder, known, problems);
        }
      }
    }
    JsonNode preconditions = root.get("preconditions");
    if (preconditions != null) {
      forEachTemplate(preconditions, "preconditions", problems, (template, value, where) -> {
        if (!value.isArray()) {
          problems.add(where + ": must be a list of status ids");
          return;
        }
        List<StatusId> previous = new ArrayList<>();
        for (JsonNode id : value) {
          statusId(id, where, problems).ifPresent(status -> {
            if (known.contains(status)) {
              previous.add(status);
            } else {
              problems.add(where + ": status " + Excerpt.quote(status.value()) + " is not in the scheme; its"
                  + " statuses are " + ids(known));
            }
          });
        }
        builder.widenPrecondition(template, previous.toArray(new StatusId[0]));
      });
    }
    JsonNode priorities = root.get("priorities");
    if (priorities != null) {
      forEachTemplate(priorities, "priorities", problems, (template, value, where) -> {
        if (!value.isInt()) {
          problems.add(where + ": must be a whole number, not " + shown(value));
          return;
        }
        builder.priority(template, value.asInt());
      });
    }
    if (!problems.isEmpty()) {
      throw new SchemeFileException(source, problems);
    }
    try {
      return builder.build();
    } catch (SchemeValidationException e) {
      List<String> messages = new ArrayList<>();
      for (SchemeProblem problem : e.problems()) {
        messages.add("the scheme: " + problem.message());
      }
      throw new SchemeFileException(source, messages);
    }
  }

  /** A value of the file as a message shows it: as written, quoted and cut when long. */
  private static String shown(JsonNode value) {
    return key(String.valueOf(value));
  }

  /** A key of the file as a message names it: quoted and cut when long. */
  private static String key(String name) {
    return name.length() <= Excerpt.MAX_QUOTED ? name : Excerpt.quote(name);
  }

  private static String ids(Set<StatusId> known) {
    StringBuilder text = new StringBuilder();
    for (StatusId id : known) {
      text.append(text.length() == 0 ? "" : ", ").append(id.value());
    }
    return text.toString();
  }

  private static void status(JsonNode node, String where, StatusScheme base, StatusScheme.Builder builder,
      Set<StatusId> known, List<String> problems) {
    if (!node.isObject()) {
      problems.add(where + ": must be an object with an \"id\"");
      return;
    }
    unknownKeys(node, STATUS_KEYS, where + ".", problems);
    Optional<StatusId> parsed = statusId(node.get("id"), where + ".id", problems);
    if (parsed.isEmpty()) {
      return;
    }
    StatusId id = parsed.get();
    String at = where + " (" + id + ")";
    Optional<WorkStatus> existing = base.status(id);
    Optional<String> name = text(node, "name", at, problems);
    if (existing.isEmpty()) {
      if (name.isEmpty()) {
        problems.add(at + ": a new status needs a \"name\" (the scheme's statuses are " + ids(known) + ")");
        return;
      }
      builder.addStatus(id, name.get());
      known.add(id);
    } else {
      name.ifPresent(n -> builder.rename(id, n));
    }
    Optional<String> colour = text(node, "colour", at, problems).or(() -> text(node, "color", at, problems));
    colour.ifPresent(c -> {
      try {
        builder.recolour(id, Colour.of(c));
      } catch (ClientbaseException e) {
        problems.add(at + ".colour: " + e.getMessage());
      }
    });
    whole(node, "order", at, problems).ifPresent(order -> builder.order(id, order));
    if (flag(node, "manual", at, problems)) {
      builder.manual(id);
    }
    if (flag(node, "forNewClient", at, problems)) {
      builder.forNewClient(id);
    }
    Optional<Integer> period = whole(node, "period", at, problems);
    Optional<String> templateText = text(node, "template", at, problems);
    if (templateText.isPresent()) {
      Optional<TemplateKey> template = template(templateText.get(), at + ".template", problems);
      if (template.isPresent()) {
        if (period.isEmpty()) {
          problems.add(at + ": binding template " + template.get() + " needs a \"period\" in days");
        } else {
          builder.bind(template.get(), id, period.get());
        }
      }
    } else if (period.isPresent()) {
      Optional<CalculationMode> mode = existing.map(WorkStatus::mode);
      if (mode.isPresent() && mode.get() instanceof CalculationMode.Automatic automatic) {
        builder.bind(automatic.template(), id, period.get());
      } else {
        problems.add(at + ": \"period\" " + period.get() + " needs an automatic status; status " + id
            + " is " + mode.map(Object::toString).orElse("new") + " (give a \"template\" to bind one)");
      }
    }
  }

  @FunctionalInterface
  private interface TemplateEntry {
    void accept(TemplateKey template, JsonNode value, String where);
  }

  private static void forEachTemplate(
      JsonNode node, String where, List<String> problems, TemplateEntry entry) {
    if (!node.isObject()) {
      problems.add(where + ": must be an object keyed by template (IN_PROGRESS, ACTIVE, LOST, RETURNED)");
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = ((ObjectNode) node).fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String at = where + "." + key(field.getKey());
      template(field.getKey(), at, problems).ifPresent(t -> entry.accept(t, field.getValue(), at));
    }
  }

  private static Optional<TemplateKey> template(String text, String where, List<String> problems) {
    for (TemplateKey key : TemplateKey.predefined()) {
      if (key.name().equals(text)) {
        return Optional.of(key);
      }
    }
    problems.add(where + ": " + Excerpt.quote(text) + " is not a template (" + TemplateKey.predefined() + ")");
    return Optional.empty();
  }

  private static Optional<StatusId> statusId(JsonNode node, String where, List<String> problems) {
    if (node == null || !node.isTextual()) {
      problems.add(where + ": a status id must be text, not " + shown(node));
      return Optional.empty();
    }
    try {
      return Optional.of(StatusId.of(node.asText()));
    } catch (ClientbaseException e) {
      problems.add(where + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node, String key, String where, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      problems.add(where + "." + key + ": must be text, not " + shown(value));
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }

  private static Optional<Integer> whole(JsonNode node, String key, String where, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isInt()) {
      problems.add(where + "." + key + ": must be a whole number, not " + shown(value));
      return Optional.empty();
    }
    return Optional.of(value.asInt());
  }

  private static boolean flag(JsonNode node, String key, String where, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null) {
      return false;
    }
    if (!value.isBoolean()) {
      problems.add(where + "." + key + ": must be true or false, not " + shown(value));
      return false;
    }
    return value.asBoolean();
  }

  private static void unknownKeys(JsonNode node, Set<String> known, String where, List<String> problems) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(where + key(name) + ": unknown key (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
      }
    }
  }
}
