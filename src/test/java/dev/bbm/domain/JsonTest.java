package dev.bbm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict JSON reader and compact writer used for job arguments. */
class JsonTest {

  private static Object parse(String text) {
    return Json.parse("job arguments", text);
  }

  private static String canonical(String text) {
    return Json.write(parse(text));
  }

  private static BbmException failure(String text) {
    BbmException e = assertThrows(BbmException.class, () -> parse(text));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    return e;
  }

  @Test
  void parsesValuesToJavaTypes() {
    Object value = parse("[\"a\", 1, -2.5, true, false, null, {\"k\": [ ]}]");
    List<Object> expected = new ArrayList<>(Arrays.asList("a", 1L, new BigDecimal("-2.5"), true, false, null));
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("k", List.of());
    expected.add(object);
    assertEquals(expected, value);
    assertNull(parse(" null "));
  }

  @Test
  void bigIntegersBecomeBigDecimal() {
    assertEquals(9223372036854775807L, parse("9223372036854775807"));
    assertEquals(new BigDecimal("9223372036854775808"), parse("9223372036854775808"));
    assertEquals("[-9223372036854775809]", canonical("[-9223372036854775809]"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[[\"id\"], [\"id_convert_to_bigint\"]]                 | [[\"id\"],[\"id_convert_to_bigint\"]]",
      "  [ ]                                                 | []",
      "[null]                                                | [null]",
      "[\"1\"]                                               | [\"1\"]",
      "[1]                                                   | [1]",
      "[1.50, -0, 1e2, 2E-3]                                 | [1.50,0,1E+2,0.002]",
      "{\"b\": 1, \"a\": [true, false]}                      | {\"b\":1,\"a\":[true,false]}",
      "[\"a\\\"b\", \"back\\\\slash\", \"\\/\", \"tab\\t\"]   | [\"a\\\"b\",\"back\\\\slash\",\"/\",\"tab\\t\"]",
      "[\"\\u00e9\\u0001\", \"\\ud83d\\ude00\"]              | [\"\u00e9\\u0001\",\"\ud83d\ude00\"]",
  })
  void writesCompactCanonicalText(String input, String expected) {
    assertEquals(expected, canonical(input));
  }

  @Test
  void typesMatter() {
    assertFalse(canonical("[\"1\"]").equals(canonical("[1]")));
  }

  @Test
  void writerEscapesControlCharacters() {
    assertEquals("[\"a\\nb\\r\\b\\f\\u001f\"]", Json.write(List.of("a\nb\r\b\f\u001f")));
  }

  @Test
  void exampleMessageOfTheSpec() {
    // the user forgot the comma between the two arrays
    BbmException e = failure("[[\"id\"] [\"id_convert_to_bigint\"]]");
    assertEquals("job arguments are not valid JSON at character 9: expected ',' or ']'", e.getMessage());
  }

  @Test
  void singularSubjectReadsIs() {
    BbmException e = assertThrows(BbmException.class, () -> Json.parse("the cursor", "[1,"));
    assertEquals("the cursor is not valid JSON at character 4: expected a value but the text ends", e.getMessage());
  }

  @Test
  void positionsCountCharactersNotUtf16Units() {
    BbmException e = failure("[\"\ud83d\ude00\" x]");
    assertTrue(e.getMessage().contains("at character 6:"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "``                          | job arguments are empty",
      "`   `                       | job arguments are empty",
      "[1] x                       | at character 5: unexpected text after the end",
      "[1]]                        | at character 4: unexpected text",
      "[1,]                        | at character 4: expected a value after ','",
      "{\"a\":1,}                  | at character 8: expected a key after ','",
      "[                           | at character 2: expected a value but the text ends",
      "[1                          | at character 3: expected ',' or ']' but the text ends",
      "{\"a\" 1}                   | at character 6: expected ':'",
      "{a:1}                       | at character 2: expected a key in double quotes",
      "{\"a\":1 \"b\":2}            | at character 8: expected ',' or '}'",
      "{\"a\":1,\"a\":2}           | at character 8: duplicate key \"a\"",
      "NaN                         | at character 1: NaN and Infinity",
      "[-Infinity]                 | at character 3: NaN and Infinity",
      "[Infinity]                  | at character 2: NaN and Infinity",
      "[01]                        | at character 3: leading zeros",
      "[-01]                       | at character 4: leading zeros",
      "[1.]                        | at character 4: expected a digit after '.'",
      "[.5]                        | at character 2: expected a value",
      "[+1]                        | at character 2: expected a value",
      "[1e]                        | at character 4: expected a digit after the exponent",
      "[-]                         | at character 3: expected a digit",
      "['id']                      | at character 2: expected a value (JSON strings use double quotes",
      "[\"abc                      | at character 2: unterminated string",
      "[\"abc\\                    | at character 6: unterminated string",
      "[\"a\\x\"]                  | at character 4: invalid escape '\\x'",
      "[\"a\\,\"]                  | at character 4: invalid escape '\\,'",
      "[\"\\u12\"]                 | at character 3: expected 4 hex digits",
      "[\"\\u0000\"]               | at character 3: \\u0000 is not allowed",
      "[\"\\ud800\"]               | at character 3: unpaired surrogate",
      "[\"\\udc00\"]               | at character 3: unpaired surrogate",
      "[tru]                       | at character 2: expected a value",
      "[True]                      | at character 2: expected a value",
      "[nil]                       | at character 2: expected a value",
      "[1e99999999999]             | at character 2: the number is out of range",
  })
  void rejectsMalformedText(String input, String expectedPart) {
    BbmException e = failure(input);
    assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    assertTrue(e.getMessage().startsWith("job arguments are "), e.getMessage());
  }

  @Test
  void rejectsRawControlCharactersInStrings() {
    BbmException e = failure("[\"a\nb\"]");
    assertEquals("job arguments are not valid JSON at character 4: control character U+000A must be escaped in a string",
        e.getMessage());
  }

  @Test
  void nestingLimitIs64() {
    String ok = "[".repeat(64) + "]".repeat(64);
    assertEquals(ok, canonical(ok));
    BbmException e = failure("[".repeat(65) + "]".repeat(65));
    assertTrue(e.getMessage().contains("at character 65: arrays and objects are nested deeper than 64 levels"),
        e.getMessage());
    failure("[".repeat(100_000));
  }

  @Test
  void nullTextIsEmpty() {
    BbmException e = assertThrows(BbmException.class, () -> Json.parse("job arguments", null));
    assertEquals("job arguments are empty; expected a JSON value", e.getMessage());
  }

  @Test
  void describesTypes() {
    assertEquals("an object", Json.describeType(Map.of()));
    assertEquals("an array", Json.describeType(List.of()));
    assertEquals("a string", Json.describeType("x"));
    assertEquals("a number", Json.describeType(1L));
    assertEquals("a boolean", Json.describeType(true));
    assertEquals("null", Json.describeType(null));
  }
}
