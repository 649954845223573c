package dev.bbm.jobs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * bbm's catalog of GitLab's upgrade-stop migrations (docs/catalog.md): the inventory of every
 * batched migration a post-deployment migration finalizes, and the classes bbm cannot run as SQL
 * with the reason. Both are data read from GitLab's repository, shipped as resources.
 */
public final class Catalog {
  static final String INVENTORY = "bbm/catalog/inventory.tsv";
  static final String NOT_RUNNABLE = "bbm/catalog/not-runnable.tsv";
  static final String ABOUT = "bbm/catalog/about.md";
  private static Catalog shipped;

  private final List<CatalogEntry> entries;
  private final Map<String, String> notRunnable;

  Catalog(List<CatalogEntry> entries, Map<String, String> notRunnable) {
    this.entries = List.copyOf(entries);
    this.notRunnable = Collections.unmodifiableMap(new LinkedHashMap<>(notRunnable));
  }

  public static synchronized Catalog shipped() {
    if (shipped == null) {
      shipped = new Catalog(parseInventory(Resources.readOrEmpty(INVENTORY)), parseReasons(Resources.readOrEmpty(NOT_RUNNABLE)));
    }
    return shipped;
  }

  /** A catalog from the text of an inventory and of a not-runnable list, in the shipped files' formats. */
  public static Catalog parse(String inventory, String notRunnable) {
    return new Catalog(parseInventory(inventory), parseReasons(notRunnable));
  }

  /** Every migration in the inventory, in the file's order. */
  public List<CatalogEntry> entries() {
    return entries;
  }

  /** The text that opens docs/catalog.md: what the catalog holds and how it was enumerated. */
  public String about() {
    return Resources.readOrEmpty(ABOUT);
  }

  /** Why bbm cannot run a class as SQL, when the catalog says so. */
  public Optional<String> whyNotRunnable(String jobClass) {
    return Optional.ofNullable(notRunnable.get(jobClass));
  }

  /** Lines of finalized_in, finalize_migration, class, table, column, job_arguments, gitlab_schema. */
  static List<CatalogEntry> parseInventory(String text) {
    List<CatalogEntry> out = new ArrayList<>();
    for (String[] f : rows(text)) {
      if (f.length < 6) {
        throw new IllegalStateException("bbm's " + INVENTORY + " has a line of " + f.length + " fields: "
            + String.join(" | ", f));
      }
      out.add(new CatalogEntry(f[0], f[1], f[2], f[3], f[4], f[5], f.length > 6 ? f[6] : ""));
    }
    return out;
  }

  /** Lines of class, reason. */
  static Map<String, String> parseReasons(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] f : rows(text)) {
      out.put(f[0], f.length > 1 ? f[1] : "");
    }
    return out;
  }

  private static List<String[]> rows(String text) {
    List<String[]> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].strip();
      }
      out.add(f);
    }
    return out;
  }
}
