package dev.bbm.jobs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.BatchingKind;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.YamlReader;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job class described by a file (docs/job-definitions.md): a SET clause or a whole statement, an
 * optional scope and a batching strategy. Reading a file validates everything that does not need
 * the database.
 *
 * @param name the job class name, equal to the file name's stem
 * @param argumentNames the names of the positional job arguments, usable as {@code :name}
 * @param set the SET clause's assignments (empty for a statement definition)
 * @param statement the statement each sub-batch runs and its values, or null for a SET clause
 * @param scope the extra condition on rows, or null
 * @param batching the batching strategy asked for, or null for none
 * @param cursorColumns GitLab's {@code cursor :a, :b}: the columns a cursor-batched migration of
 *     the class is batched over (GitLab 17.6+), empty for integer batching
 * @param oneDatabase {@code one_database: true}: its statement reads tables of several GitLab schemas, so it
 *     runs only where they share one database
 * @param origin the file, for messages ("/etc/bbm/jobs/X.yml", "built-in bbm/jobs/X.yml")
 */
record JobDefinition(String name, String description, List<String> argumentNames,
    List<OperatorSql.Assignment> set, StatementDefinition statement, OperatorSql.Template scope, BatchingKind batching,
    List<String> cursorColumns, boolean oneDatabase, String origin) {

  /** Deepest nesting a YAML definition may have; a definition is flat, an alias may make it endless. */
  private static final int MAX_DEPTH = 64;

  /** The extensions a definition file may have. */
  static final List<String> EXTENSIONS = List.of(".json", ".yml", ".yaml");
  /** Definitions are a few lines; anything much larger is not one. */
  static final int MAX_BYTES = 64 * 1024;

  private static final Set<String> KEYS = new LinkedHashSet<>(
      List.of("job_class_name", "description", "job_arguments", "set", "statement", "values", "scope", "batching",
          "cursor", "one_database"));

  JobDefinition {
    argumentNames = List.copyOf(argumentNames);
    set = List.copyOf(set);
    cursorColumns = List.copyOf(cursorColumns);
  }

  /** The file name's stem if it has a definition extension, else null. */
  static String stem(String fileName) {
    for (String ext : EXTENSIONS) {
      if (fileName.endsWith(ext) && fileName.length() > ext.length()) {
        return fileName.substring(0, fileName.length() - ext.length());
      }
    }
    return null;
  }

  /**
   * Parses and validates one definition.
   *
   * @param origin the file, as messages name it
   * @param fileName the file's name, whose stem must equal job_class_name
   * @throws BbmException (usage) with one sentence naming the file and the problem
   */
  static JobDefinition parse(String origin, String fileName, byte[] content) {
    String stem = stem(fileName);
    if (stem == null) {
      throw invalid(origin, "is not named CLASS.json, CLASS.yml or CLASS.yaml");
    }
    if (content.length > MAX_BYTES) {
      throw invalid(origin, "is " + content.length + " bytes long; a definition is at most " + MAX_BYTES);
    }
    boolean json = fileName.endsWith(".json");
    JsonNode root = mapping(origin, json, readTree(origin, json, content));
    String name = text(origin, root, "job_class_name", true);
    if (!validName(name)) {
      throw invalid(origin, "has job_class_name \"" + name + "\", which is not a class name (letters, digits"
          + " and '_', without a module prefix)");
    }
    if (!name.equals(stem)) {
      throw invalid(origin, "has job_class_name " + name + " but the file is named " + fileName
          + "; the two must match");
    }
    String description = text(origin, root, "description", false);
    List<String> arguments = argumentNames(origin, root.get("job_arguments"));
    List<String> statementTexts = statements(origin, root.get("statement"));
    List<String> cursor = names(origin, root.get("cursor"), "cursor column");
    StatementDefinition statement = null;
    List<OperatorSql.Assignment> set = List.of();
    if (statementTexts.isEmpty()) {
      set = set(origin, root);
    } else if (root.hasNonNull("set")) {
      throw invalid(origin, "has both set and statement; give set for the SET clause of an UPDATE that bbm writes,"
          + " or statement for a whole statement, not both");
    } else {
      statement = StatementDefinition.parse(origin, statementTexts, root.get("values"), arguments, cursor.size());
    }
    OperatorSql.Template scope = scope(origin, root);
    if (scope != null && statement != null && !cursor.isEmpty()) {
      throw invalid(origin, "has a scope and a statement batched by cursor; GitLab's cursor batching does not"
          + " apply scope_to to a sub-batch's rows, so write the condition in the statement and drop the scope");
    }
    for (OperatorSql.Assignment a : set) {
      checkPlaceholders(origin, "set", a.expression(), arguments);
    }
    if (scope != null) {
      checkPlaceholders(origin, "scope", scope, arguments);
    }
    return new JobDefinition(name, description, arguments, set, statement, scope, batching(origin, root), cursor,
        oneDatabase(origin, root), origin);
  }

  /** {@code one_database}: absent or false, or true. */
  private static boolean oneDatabase(String origin, JsonNode root) {
    JsonNode n = root.get("one_database");
    if (n == null || n.isNull()) {
      return false;
    }
    if (!n.isBoolean()) {
      throw invalid(origin, "has one_database " + n + "; give true (its statement reads tables of several GitLab"
          + " schemas) or leave it out");
    }
    return n.booleanValue();
  }

  /** The SET clause of a definition without a statement, which then may not have values. */
  private static List<OperatorSql.Assignment> set(String origin, JsonNode root) {
    if (root.hasNonNull("values")) {
      throw invalid(origin, "has values, which only a statement definition uses; give a statement, or drop values");
    }
    try {
      return OperatorSql.parseSet(text(origin, root, "set", true));
    } catch (OperatorSql.Invalid e) {
      throw invalid(origin, "has a set clause that " + e.getMessage());
    }
  }

  /** The file's tree, refused when it is empty, not a mapping, or has a key bbm does not know. */
  private static JsonNode mapping(String origin, boolean json, JsonNode root) {
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw invalid(origin, "is empty");
    }
    if (!root.isObject()) {
      throw invalid(origin, "must be a " + (json ? "JSON object" : "YAML mapping") + " with the keys "
          + String.join(", ", KEYS));
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw invalid(origin, "has an unknown key " + key + " (known keys: " + String.join(", ", KEYS) + ")");
      }
    }
    return root;
  }

  private static OperatorSql.Template scope(String origin, JsonNode root) {
    String scopeText = text(origin, root, "scope", false);
    if (scopeText == null) {
      return null;
    }
    try {
      return OperatorSql.parseCondition(scopeText);
    } catch (OperatorSql.Invalid e) {
      throw invalid(origin, "has a scope that " + e.getMessage());
    }
  }

  private static BatchingKind batching(String origin, JsonNode root) {
    String batchingText = text(origin, root, "batching", false);
    if (batchingText == null) {
      return null;
    }
    return BatchingKind.ofKey(batchingText).orElseThrow(() -> invalid(origin, "has batching " + batchingText
        + ", which bbm does not know (use primary_key or loose_index_scan)"));
  }

  private static JsonNode readTree(String origin, boolean json, byte[] content) {
    return json ? readJson(origin, content) : readYaml(origin, content);
  }

  private static JsonNode readJson(String origin, byte[] content) {
    ObjectMapper mapper = new ObjectMapper();
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try {
      return mapper.readTree(content);
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
      message = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
      JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw invalid(origin, "is not valid JSON" + where + ": " + message);
    } catch (IOException e) {
      throw invalid(origin, "could not be read: " + e.getMessage());
    }
  }

  /** YAML through bbm's one YAML reader (repeated keys refused), then as the tree a JSON file gives. */
  private static JsonNode readYaml(String origin, byte[] content) {
    Object value;
    try {
      value = YamlReader.loadStrict(content);
    } catch (YamlReader.Malformed e) {
      throw invalid(origin, "is not valid YAML" + e.location() + ": " + e.getMessage());
    }
    return value == null ? null : tree(origin, value, 0);
  }

  /** A YAML value as a JSON tree: keys as text (1 and null too), dates already text, binary as base64. */
  private static JsonNode tree(String origin, Object value, int depth) {
    if (depth > MAX_DEPTH) {
      throw invalid(origin, "nests more than " + MAX_DEPTH + " levels deep");
    }
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = nodes.objectNode();
      map.forEach((k, v) -> object.set(String.valueOf(k), tree(origin, v, depth + 1)));
      return object;
    }
    if (value instanceof Collection<?> list) {
      ArrayNode array = nodes.arrayNode();
      list.forEach(v -> array.add(tree(origin, v, depth + 1)));
      return array;
    }
    if (value instanceof Object[] pair) { // a !!pairs or !!omap entry
      return tree(origin, List.of(pair), depth);
    }
    return scalar(nodes, value);
  }

  private static JsonNode scalar(JsonNodeFactory nodes, Object value) {
    if (value == null) {
      return nodes.nullNode();
    }
    if (value instanceof Boolean b) {
      return nodes.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return nodes.numberNode(i);
    }
    if (value instanceof Long l) {
      return nodes.numberNode(l);
    }
    if (value instanceof BigInteger big) {
      return nodes.numberNode(big);
    }
    if (value instanceof Double d) {
      return nodes.numberNode(d);
    }
    if (value instanceof byte[] bytes) {
      return nodes.binaryNode(bytes);
    }
    return nodes.textNode(value.toString());
  }

  private static String text(String origin, JsonNode root, String key, boolean required) {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      if (required) {
        throw invalid(origin, "has no " + key + (key.equals("set") ? " (the SQL SET clause, e.g. \"a = b\") and no"
            + " statement (a whole UPDATE, DELETE or INSERT per sub-batch)" : ""));
      }
      return null;
    }
    if (!node.isTextual()) {
      throw invalid(origin, "has " + key + " " + node + ", which is not a string (quote it)");
    }
    return node.asText();
  }

  /** A definition's statement: one string, or a list of strings run in order per sub-batch; empty when absent. */
  private static List<String> statements(String origin, JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (node.isTextual()) {
      return List.of(node.asText());
    }
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.isTextual() ? n.asText() : null));
    }
    if (out.isEmpty() || out.contains(null)) {
      throw invalid(origin, "has statement " + node + ", which is neither a string nor a list of strings (quote"
          + " each statement)");
    }
    return out;
  }

  private static List<String> argumentNames(String origin, JsonNode node) {
    return names(origin, node, "job argument");
  }

  /** A list of distinct names (job arguments, cursor columns); {@code what} names one of them in messages. */
  private static List<String> names(String origin, JsonNode node, String what) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      throw invalid(origin, "has " + (what.equals("job argument") ? "job_arguments" : "cursor") + " " + node
          + ", which is not a list of names");
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode n : node) {
      if (!n.isTextual() || !validName(n.asText())) {
        throw invalid(origin, "has " + what + " " + n + ", which is not a name (a letter or '_', then letters,"
            + " digits or '_')");
      }
      if (!seen.add(n.asText())) {
        throw invalid(origin, "names " + what + " " + n.asText() + " twice");
      }
      out.add(n.asText());
    }
    return out;
  }

  private static void checkPlaceholders(String origin, String where, OperatorSql.Template t, List<String> arguments) {
    for (String p : t.placeholders()) {
      if (!arguments.contains(p)) {
        throw invalid(origin, "uses :" + p + " in " + where + ", but " + (arguments.isEmpty()
            ? "job_arguments is empty" : "job_arguments names only " + String.join(", ", arguments))
            + " (write :: for a cast)");
      }
    }
  }

  static boolean validName(String s) {
    if (s == null || s.isEmpty() || s.length() > 100 || !OperatorSql.placeholderStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!OperatorSql.placeholderChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static BbmException invalid(String origin, String problem) {
    return new BbmException(ExitCode.USAGE, "job definition " + origin + " " + problem);
  }

  /** How the definition reads in messages, e.g. for --dry-run. */
  String describe() {
    return "job definition " + origin;
  }
}
