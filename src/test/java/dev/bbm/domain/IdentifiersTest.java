package dev.bbm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation and quoting of table and column names. */
class IdentifiersTest {

  @ParameterizedTest
  @ValueSource(strings = {"id", "_x", "events", "Events", "id_convert_to_bigint", "a$b", "a1", "x$"})
  void acceptsIdentifiers(String name) {
    assertTrue(Identifiers.isValid(name));
    assertTrue(Identifiers.isValidTable(name));
    assertEquals(name, Identifiers.requireColumn("column name", name));
    assertEquals(name, Identifiers.requireTable("table name", name));
  }

  @Test
  void lengthLimitIs63Bytes() {
    String longest = "a".repeat(63);
    assertTrue(Identifiers.isValid(longest));
    assertFalse(Identifiers.isValid(longest + "b"));
    BbmException e = assertThrows(BbmException.class, () -> Identifiers.requireColumn("column name", longest + "b"));
    assertEquals("column name \"" + longest + "b\" is not a valid SQL identifier: it is 64 bytes long and "
        + "PostgreSQL allows at most 63", e.getMessage());
  }

  @Test
  void tablesMayHaveOneSchemaPrefix() {
    assertTrue(Identifiers.isValidTable("public.events"));
    assertTrue(Identifiers.isValidTable("gitlab_partitions_dynamic.ci_builds_101"));
    assertFalse(Identifiers.isValid("public.events"));
    assertFalse(Identifiers.isValidTable("a.b.c"));
    assertFalse(Identifiers.isValidTable(".events"));
    assertFalse(Identifiers.isValidTable("public."));
    assertTrue(Identifiers.isValidTable("a".repeat(63) + "." + "b".repeat(63)));
    assertFalse(Identifiers.isValidTable(null));
    assertFalse(Identifiers.isValid(null));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "events; DROP TABLE x  | table name \"events; DROP TABLE x\" is not a valid SQL identifier: character 7 ';' is not a letter, digit, '_' or '$'",
      "1events               | table name \"1events\" is not a valid SQL identifier: character 1 '1' must be a letter or '_'",
      "$x                    | table name \"$x\" is not a valid SQL identifier: character 1 '$' must be a letter or '_'",
      "a.b.c                 | table name \"a.b.c\" is not a valid SQL identifier: it has more than one '.', expected TABLE or SCHEMA.TABLE",
      ".events               | table name \".events\" is not a valid SQL identifier: the schema is empty",
      "public.               | table name \"public.\" is not a valid SQL identifier: the table is empty",
      "pub-lic.events        | table name \"pub-lic.events\" is not a valid SQL identifier: character 4 '-' is not a letter, digit, '_' or '$'",
      "public.9events        | table name \"public.9events\" is not a valid SQL identifier: character 8 '9' must be a letter or '_'",
      "\"events\"            | table name \"\\\"events\\\"\" is not a valid SQL identifier: character 1 '\"' must be a letter or '_'",
      "évents                | table name \"évents\" is not a valid SQL identifier: character 1 'é' is not ASCII; only A-Z, a-z, 0-9, '_' and '$' are accepted",
      "``                    | table name is empty",
  })
  void rejectsBadTableNames(String name, String message) {
    BbmException e = assertThrows(BbmException.class, () -> Identifiers.requireTable("table name", name));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertEquals(message, e.getMessage());
    assertFalse(Identifiers.isValidTable(name));
  }

  @Test
  void rejectsInjectionInColumns() {
    BbmException e = assertThrows(BbmException.class, () -> Identifiers.requireColumn("column name", "id\"--"));
    assertEquals("column name \"id\\\"--\" is not a valid SQL identifier: character 3 '\"' is not a letter, digit, "
        + "'_' or '$'", e.getMessage());
    assertThrows(BbmException.class, () -> Identifiers.requireColumn("column name", "public.id"));
    assertThrows(BbmException.class, () -> Identifiers.requireColumn("column name", null));
  }

  @Test
  void messagesStayOnOneLine() {
    BbmException e = assertThrows(BbmException.class, () -> Identifiers.requireColumn("column name", "id\nDROP"));
    assertEquals("column name \"id\\u000ADROP\" is not a valid SQL identifier: character 3 U+000A is not a letter, "
        + "digit, '_' or '$'", e.getMessage());
  }

  @Test
  void quotes() {
    assertEquals("\"events\"", Identifiers.quote("events"));
    assertEquals("\"Events\"", Identifiers.quote("Events"));
    assertEquals("\"public\".\"events\"", Identifiers.quoteQualified("public.events"));
    assertEquals("\"events\"", Identifiers.quoteQualified("events"));
  }

  @Test
  void quotingInvalidNamesIsABugInTheCaller() {
    assertThrows(IllegalArgumentException.class, () -> Identifiers.quote("a\"b"));
    assertThrows(IllegalArgumentException.class, () -> Identifiers.quote("public.events"));
    assertThrows(IllegalArgumentException.class, () -> Identifiers.quoteQualified("a.b.c"));
  }
}
