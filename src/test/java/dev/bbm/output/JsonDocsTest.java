package dev.bbm.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.testing.JsonSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/json.md lists, for each schema of docs/schema, exactly the fields the schema has, with their
 * types: a table after each {@code <!-- schema: FILE[#/$defs/NAME] -->}; a schema whose root is a
 * choice (the NDJSON events, a result for one database or several) has a table per definition.
 */
class JsonDocsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DOC = Path.of("docs", "json.md");
  private static final Pattern MARKER = Pattern.compile("^<!-- schema: ([a-z-]+\\.json)(#/\\$defs/([a-z_]+))? -->$");
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\| .*\\|$");

  /** Each documented table, by its schema reference: field path to type, in the document's order. */
  private static Map<String, Map<String, String>> documented() throws IOException {
    Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(DOC);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      Map<String, String> rows = new LinkedHashMap<>();
      for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("|"); j++) {
        Matcher r = ROW.matcher(lines.get(j));
        if (r.matches()) {
          assertTrue(rows.put(r.group(1), r.group(2).strip()) == null, "listed twice: " + r.group(1));
        }
      }
      tables.put(m.group(0).replace("<!-- schema: ", "").replace(" -->", ""), rows);
    }
    return tables;
  }

  /** A schema's fields as paths ({@code a.b}, {@code list[].c}) with the type docs/json.md gives them. */
  static Map<String, String> fields(JsonNode root, JsonNode schema) {
    Map<String, String> out = new LinkedHashMap<>();
    walk(root, schema, "", out);
    return out;
  }

  /**
   * Walks the properties; a reference to a definition of the same file is followed when the file is
   * documented as one table, and stays an {@code object} when its definitions have tables of their own.
   */
  private static void walk(JsonNode root, JsonNode schema, String prefix, Map<String, String> out) {
    boolean inline = root.has("properties");
    JsonNode props = schema.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = prefix + e.getKey();
      JsonNode p = e.getValue();
      if (internalRef(p) != null && inline) {
        out.put(path, "object");
        walk(root, resolve(root, p), path + ".", out);
        continue;
      }
      out.put(path, type(p));
      if (p.has("properties")) {
        walk(root, p, path + ".", out);
      }
      JsonNode items = p.get("items");
      if (items != null && internalRef(items) != null) {
        if (inline) {
          walk(root, resolve(root, items), path + "[].", out);
        }
      } else if (items != null) {
        walk(root, items, path + "[].", out);
      }
    }
  }

  private static String internalRef(JsonNode n) {
    String ref = n.path("$ref").asText(null);
    return ref != null && ref.startsWith("#/") ? ref : null;
  }

  private static JsonNode resolve(JsonNode root, JsonNode refNode) {
    return root.at(internalRef(refNode).substring(1));
  }

  private static String type(JsonNode p) {
    if (p.has("$ref") || p.has("const")) {
      return p.has("$ref") ? "object" : "string";
    }
    if (p.has("anyOf")) {
      List<String> types = new ArrayList<>();
      p.get("anyOf").forEach(a -> types.add(a.has("$ref") ? "object" : a.get("type").asText()));
      return String.join(" or ", types);
    }
    JsonNode t = p.get("type");
    if (t == null) {
      return "any";
    }
    if (t.isArray()) {
      List<String> types = new ArrayList<>();
      t.forEach(x -> types.add(x.asText()));
      return String.join(" or ", types);
    }
    return t.asText();
  }

  private static JsonNode read(String file) throws IOException {
    return JSON.readTree(JsonSchemas.DIR.resolve(file).toFile());
  }

  @Test
  void everySchemaAndEventIsDocumentedFieldByField() throws IOException {
    Map<String, Map<String, String>> tables = documented();
    TreeSet<String> expected = new TreeSet<>();
    try (Stream<Path> files = Files.list(JsonSchemas.DIR)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        String file = p.getFileName().toString();
        JsonNode root = read(file);
        if (!root.has("properties")) {
          for (Iterator<String> it = root.get("$defs").fieldNames(); it.hasNext();) {
            expected.add(file + "#/$defs/" + it.next());
          }
        } else {
          expected.add(file);
        }
      }
    }
    assertEquals(expected, new TreeSet<>(tables.keySet()), "docs/json.md has one table per schema and event");
    for (Map.Entry<String, Map<String, String>> t : tables.entrySet()) {
      String[] ref = t.getKey().split("#");
      JsonNode root = read(ref[0]);
      JsonNode schema = ref.length == 1 ? root : root.at(ref[1]);
      assertFalse(schema.isMissingNode(), t.getKey());
      assertEquals(fields(root, schema), t.getValue(), "docs/json.md's table for " + t.getKey());
    }
  }

  @Test
  void schemasRejectUndocumentedAndMissingFields() throws IOException {
    ObjectNode error = JSON.createObjectNode().put("error", "x").put("exit_code", 2);
    assertEquals(List.of(), JsonSchemas.problems("error.json", error));
    assertFalse(JsonSchemas.problems("error.json", error.deepCopy().put("extra", 1)).isEmpty());
    ObjectNode missing = error.deepCopy();
    missing.remove("exit_code");
    assertFalse(JsonSchemas.problems("error.json", missing).isEmpty());
    JsonNode nested = JSON.readTree("{\"id\": 1, \"min_value\": 1, \"max_value\": 2, \"attempts\": 1,"
        + " \"exception_class\": null, \"exception_message\": null, \"failed_at\": null, \"extra\": true}");
    assertFalse(JsonSchemas.problems("common.json", "failed_job", nested).isEmpty(), "nested objects are closed too");
  }
}
