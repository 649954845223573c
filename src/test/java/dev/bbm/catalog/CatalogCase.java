package dev.bbm.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One directory of src/test/resources/catalog: a GitLab job class's tables (DDL from GitLab's
 * db/structure.sql), rows that exercise every condition of its Ruby, the migration row as GitLab's
 * queueing migration writes it (case.yml), and expectation queries that return no rows when the
 * data is right after the migration has run.
 *
 * @param name the directory's name
 * @param queue case.yml: the queueing migration's arguments and where the facts come from
 * @param tables tables.sql
 * @param rows rows.sql
 * @param expectations expect/*.sql by file name, in name order
 */
record CatalogCase(String name, Map<String, Object> queue, String tables, String rows, List<Expectation> expectations) {
  static final Path ROOT = Path.of("src/test/resources/catalog");

  /** One expect/*.sql file: a query that returns no rows when the data is right. */
  record Expectation(String file, String sql) {}

  /** Every case; -Dbbm.catalog.case=REGEX runs only the directories whose name matches. */
  static List<CatalogCase> all() {
    return matching(System.getProperty("bbm.catalog.case", ""));
  }

  /** Every case, whatever -Dbbm.catalog.case says. */
  static List<CatalogCase> every() {
    return matching("");
  }

  private static List<CatalogCase> matching(String only) {
    if (!Files.isDirectory(ROOT)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).filter(d -> only.isEmpty() || d.getFileName().toString().matches(only))
          .sorted().map(CatalogCase::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CatalogCase read(Path dir) {
    try {
      Map<String, Object> queue = new Yaml(new SafeConstructor(new LoaderOptions()))
          .load(Files.readString(dir.resolve("case.yml"), StandardCharsets.UTF_8));
      List<Expectation> expectations = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir.resolve("expect"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
          expectations.add(new Expectation(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
      }
      return new CatalogCase(dir.getFileName().toString(), queue, Files.readString(dir.resolve("tables.sql")),
          Files.readString(dir.resolve("rows.sql")), expectations);
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
    }
  }

  String text(String key) {
    Object v = queue.get(key);
    if (v == null) {
      throw new IllegalStateException(name + "/case.yml has no " + key);
    }
    return v.toString();
  }

  String text(String key, String otherwise) {
    Object v = queue.get(key);
    return v == null ? otherwise : v.toString();
  }

  long number(String key, long otherwise) {
    Object v = queue.get(key);
    return v == null ? otherwise : ((Number) v).longValue();
  }

  /** The shipped definition's scope, or "true" when it has none (or there is no shipped definition). */
  String definitionScope() {
    Path file = Path.of("src/main/resources/bbm/jobs", text("job_class_name") + ".yml");
    if (!Files.exists(file)) {
      return "true";
    }
    try {
      Map<String, Object> d = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
      Object scope = d.get("scope");
      return scope == null ? "true" : scope.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<?> jobArguments() {
    Object v = queue.get("job_arguments");
    return v == null ? List.of() : (List<?>) v;
  }

  @Override
  public String toString() {
    return name;
  }
}
