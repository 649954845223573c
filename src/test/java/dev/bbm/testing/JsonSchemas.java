package dev.bbm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.List;

/** The JSON Schemas under docs/schema that document bbm's --json and --format ndjson output. */
public final class JsonSchemas {
  /** Where the schemas live, from the project's directory (Maven runs tests there). */
  public static final Path DIR = Path.of("docs", "schema").toAbsolutePath();

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private JsonSchemas() {}

  /** What is wrong with {@code doc} according to {@code file} (empty when it conforms). */
  public static List<String> problems(String file, JsonNode doc) {
    return validate(DIR.resolve(file).toUri().toString(), doc);
  }

  /** What is wrong with {@code doc} according to the definition {@code def} of {@code file}. */
  public static List<String> problems(String file, String def, JsonNode doc) {
    return validate(DIR.resolve(file).toUri() + "#/$defs/" + def, doc);
  }

  private static List<String> validate(String location, JsonNode doc) {
    JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(location));
    return schema.validate(doc).stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
