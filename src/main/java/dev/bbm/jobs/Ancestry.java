package dev.bbm.jobs;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped index of GitLab's thin subclasses (bbm/catalog/ancestry.tsv): classes whose whole body
 * is operation_name and feature_category, so that they do exactly what their generic parent does.
 * Read from GitLab's source (the file named on each line); a subclass with a scope_to, its own
 * perform or extra SQL is never listed, because it is not its parent.
 */
final class Ancestry {
  static final String RESOURCE = "bbm/catalog/ancestry.tsv";
  private static Ancestry shipped;

  /** One thin subclass: its parent and the GitLab file it was read from. */
  record Entry(String parent, String gitlabFile) {}

  private final Map<String, Entry> entries;

  private Ancestry(Map<String, Entry> entries) {
    this.entries = entries;
  }

  static synchronized Ancestry shipped() {
    if (shipped == null) {
      shipped = parse(read());
    }
    return shipped;
  }

  /** Lines of {@code class<TAB>parent<TAB>gitlab_file}; {@code #} starts a comment. */
  static Ancestry parse(String text) {
    Map<String, Entry> out = new HashMap<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t");
      if (f.length >= 2) {
        out.put(f[0].strip(), new Entry(f[1].strip(), f.length > 2 ? f[2].strip() : ""));
      }
    }
    return new Ancestry(Map.copyOf(out));
  }

  Optional<String> parentOf(String className) {
    return Optional.ofNullable(entries.get(className)).map(Entry::parent);
  }

  Optional<Entry> entry(String className) {
    return Optional.ofNullable(entries.get(className));
  }

  /** Every subclass listed, with its entry. */
  Map<String, Entry> entries() {
    return entries;
  }

  int size() {
    return entries.size();
  }

  private static String read() {
    return Resources.readOrEmpty(RESOURCE);
  }
}
