package dev.bbm.domain;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * bbm's one way to read YAML (SnakeYAML, safe types only: GitLab's config files and job definitions),
 * so that every malformed file is reported by line and column without quoting a line that may hold
 * a password.
 */
public final class YamlReader {

  /** Malformed YAML: where it went wrong and the parser's first line about it, never the text. */
  public static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String location;

    Malformed(String location, String problem, Throwable cause) {
      super(problem, cause);
      this.location = location;
    }

    /** {@code " at line 3, column 7"}, or "" when the parser gave no position. */
    public String location() {
      return location;
    }
  }

  private YamlReader() {}

  /**
   * YAML 1.1 as Ruby's Psych reads GitLab's database.yml and resque.yml: merge keys, anchors, a
   * repeated key's last value wins.
   *
   * @return maps, lists, strings, numbers, booleans, dates and null; null for an empty document
   */
  public static Object load(String text) {
    try {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    } catch (YAMLException e) {
      throw malformed(e);
    }
  }

  /**
   * A file bbm's own format lives in (job definitions): a repeated key is an error and a date stays
   * the text it was written as; the encoding is read from a byte-order mark, else UTF-8.
   */
  public static Object loadStrict(byte[] content) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try {
      return new Yaml(new DatesAsText(options)).load(new ByteArrayInputStream(content));
    } catch (YAMLException e) {
      throw malformed(e);
    }
  }

  private static Malformed malformed(YAMLException e) {
    // "while constructing a mapping, found duplicate key set": the context and the problem, not the
    // rest of the exception's message, which quotes the offending lines
    String text = e.getMessage();
    if (e instanceof MarkedYAMLException m && m.getProblem() != null) {
      text = m.getContext() == null ? m.getProblem() : m.getContext() + ", " + m.getProblem();
    }
    String problem = firstLine(text).orElse(e.getClass().getSimpleName());
    if (e instanceof MarkedYAMLException m) {
      Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
      if (mark != null) {
        return new Malformed(" at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1), problem, e);
      }
    }
    return new Malformed("", problem, e);
  }

  private static Optional<String> firstLine(String text) {
    return text == null ? Optional.empty() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
  }

  /** SafeConstructor with YAML timestamps read as the strings they were written as. */
  private static final class DatesAsText extends SafeConstructor {
    DatesAsText(LoaderOptions options) {
      super(options);
      yamlConstructors.put(Tag.TIMESTAMP, yamlConstructors.get(Tag.STR));
    }
  }
}
