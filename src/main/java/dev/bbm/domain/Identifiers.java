package dev.bbm.domain;

import java.nio.charset.StandardCharsets;

/**
 * Validation and quoting of SQL identifiers (SPEC §3): table and column names come from users and
 * from bookkeeping rows, and must never reach SQL unless they are plain identifiers, always quoted.
 *
 * <p>An identifier is {@code [A-Za-z_][A-Za-z0-9_$]*} and at most {@value #MAX_BYTES} bytes
 * (PostgreSQL's NAMEDATALEN - 1); a table name may carry one schema prefix, {@code schema.table}.
 * Case is kept as given: names are quoted in SQL, so {@code Events} and {@code events} differ.
 */
public final class Identifiers {
  /** PostgreSQL truncates longer identifiers silently; bbm refuses them instead. */
  public static final int MAX_BYTES = 63;

  private Identifiers() {}

  /** Whether {@code name} is one valid identifier (no schema prefix). */
  public static boolean isValid(String name) {
    return name != null && problem(name, 0, "it") == null;
  }

  /** Whether {@code name} is a valid column name: one identifier, as {@link #isValid}. */
  public static boolean isValidColumn(String name) {
    return isValid(name);
  }

  /** Whether {@code name} is a valid table name: an identifier, optionally {@code schema.}-prefixed. */
  public static boolean isValidTable(String name) {
    return name != null && tableProblem(name) == null;
  }

  /**
   * Returns {@code name} if it is one valid identifier, or throws a usage error naming it, e.g.
   * {@code column name "id\"--" is not a valid SQL identifier: character 3 '"' is not a letter, digit, '_' or '$'}.
   *
   * @param what the part, for the message ("column name")
   */
  public static String requireColumn(String what, String name) {
    return require(what, name, name == null ? null : problem(name, 0, "it"));
  }

  /** Returns {@code name} if it is a valid table name (optionally schema-qualified), or throws a usage error. */
  public static String requireTable(String what, String name) {
    return require(what, name, name == null ? null : tableProblem(name));
  }

  /** {@code "name"}, for a valid identifier; anything else is a bug in the caller (validate first). */
  public static String quote(String identifier) {
    if (!isValid(identifier)) {
      throw new IllegalArgumentException("not a valid SQL identifier: " + identifier);
    }
    return '"' + identifier + '"';
  }

  /** {@code "schema"."table"} or {@code "table"}, for a valid table name; anything else is a bug in the caller. */
  public static String quoteQualified(String table) {
    if (!isValidTable(table)) {
      throw new IllegalArgumentException("not a valid SQL table name: " + table);
    }
    int dot = table.indexOf('.');
    return dot < 0 ? quote(table) : quote(table.substring(0, dot)) + '.' + quote(table.substring(dot + 1));
  }

  private static String require(String what, String name, String problem) {
    if (name == null || name.isEmpty()) {
      throw BbmException.usage(what + " is empty");
    }
    if (problem != null) {
      throw BbmException.usage(what + " " + Messages.quote(name) + " is not a valid SQL identifier: " + problem);
    }
    return name;
  }

  private static String tableProblem(String name) {
    int dot = name.indexOf('.');
    if (dot < 0) {
      return problem(name, 0, "it");
    }
    if (name.indexOf('.', dot + 1) >= 0) {
      return "it has more than one '.', expected TABLE or SCHEMA.TABLE";
    }
    String schemaProblem = problem(name.substring(0, dot), 0, "the schema");
    return schemaProblem != null ? schemaProblem : problem(name.substring(dot + 1), dot + 1, "the table");
  }

  /**
   * Why {@code name} is not an identifier, or null if it is one; character numbers are counted from
   * {@code offset} in the whole text, and {@code noun} names the identifier ("it", "the schema").
   */
  private static String problem(String name, int offset, String noun) {
    if (name.isEmpty()) {
      return noun + " is empty";
    }
    for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
      int cp = name.codePointAt(i);
      boolean letter = cp < 128 && (Character.isLetter(cp) || cp == '_');
      String where = "character " + (offset + i + 1) + " " + Messages.describe(cp);
      if (cp >= 128) {
        return where + " is not ASCII; only A-Z, a-z, 0-9, '_' and '$' are accepted";
      }
      if (i == 0 && !letter) {
        return where + " must be a letter or '_'";
      }
      if (!letter && !(cp >= '0' && cp <= '9') && cp != '$') {
        return where + " is not a letter, digit, '_' or '$'";
      }
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      return noun + " is " + bytes + " bytes long and PostgreSQL allows at most " + MAX_BYTES;
    }
    return null;
  }
}
