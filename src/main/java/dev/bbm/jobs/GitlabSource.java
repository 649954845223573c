package dev.bbm.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * GitLab's own source on this machine, read and never executed: the declaration of a background
 * migration class (its parent) and whether its body does anything beyond naming itself
 * (operation_name, feature_category). Only files under lib/gitlab/background_migration and
 * ee/lib/(ee/)gitlab/background_migration are read, under names built from a validated Ruby constant.
 */
public final class GitlabSource {
  /** Where GitLab's Rails root is when nothing names it: Omnibus, then a source install. */
  public static final List<Path> STANDARD_ROOTS = List.of(Path.of("/opt/gitlab/embedded/service/gitlab-rails"),
      Path.of("/home/git/gitlab"));
  /** The directory that makes a directory GitLab's Rails root for bbm. */
  public static final String MIGRATIONS_DIR = "lib/gitlab/background_migration";
  private static final String EE_DIR = "ee/lib/gitlab/background_migration";
  private static final String EE_MODULE_DIR = "ee/lib/ee/gitlab/background_migration";
  private static final long MAX_BYTES = 1 << 20;
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Za-z0-9_]*");
  private static final Pattern CLASS_LINE = Pattern.compile(
      "\\s*class\\s+((?:::)?(?:[A-Z][A-Za-z0-9_]*::)*[A-Z][A-Za-z0-9_]*)\\s*(?:<\\s*((?:::)?(?:[A-Z][A-Za-z0-9_]*::)*"
          + "[A-Z][A-Za-z0-9_]*))?\\s*(?:#.*)?");
  private static final Pattern THIN_LINE = Pattern.compile("\\s*(?:#.*|module\\s+[A-Z][A-Za-z0-9_:]*\\s*(?:#.*)?"
      + "|end\\s*(?:#.*)?|operation_name\\s+:\\w+\\s*(?:#.*)?|feature_category\\s+:\\w+\\s*(?:#.*)?)?");

  private final Path root;

  /** @param root GitLab's Rails root, holding lib/gitlab/background_migration */
  public GitlabSource(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /**
   * One class as its file declares it.
   *
   * @param file the file read, as a path under the root
   * @param parent the parent class without its module, or null when the class declares none
   * @param bodyLine the first line that does more than name the class (1-based), or 0 when the body is thin
   * @param bodyText that line, stripped
   */
  public record Declaration(String name, Path file, String parent, int bodyLine, String bodyText) {
    public boolean thin() {
      return bodyLine == 0;
    }
  }

  /** Whether a name can be a Ruby constant (and so a file name bbm may build from it). */
  public static boolean isConstant(String name) {
    return name != null && CONSTANT.matcher(name).matches();
  }

  /** Rails' String#underscore for a constant without a module: BackfillVSCodeSettings is backfill_vs_code_settings. */
  public static String underscore(String constant) {
    String s = constant.replaceAll("([A-Z\\d]+)([A-Z][a-z])", "$1_$2");
    s = s.replaceAll("([a-z\\d])([A-Z])", "$1_$2");
    return s.replace('-', '_').toLowerCase(Locale.ROOT);
  }

  /** The files a class may live in, FOSS first, then the EE-only one. */
  public List<Path> candidates(String name) {
    String file = underscore(requireConstant(name)) + ".rb";
    return List.of(root.resolve(MIGRATIONS_DIR).resolve(file), root.resolve(EE_DIR).resolve(file));
  }

  /** The EE module that GitLab prepends to the FOSS class of that name (prepend_mod), if it exists. */
  Path eeModule(String name) {
    return root.resolve(EE_MODULE_DIR).resolve(underscore(requireConstant(name)) + ".rb");
  }

  /**
   * The class's declaration, from the first candidate file that exists; empty when none does. An EE
   * module prepended to the class counts as a body of its own.
   *
   * @throws IOException when a file exists but cannot be read
   */
  public Optional<Declaration> read(String name) throws IOException {
    for (Path file : candidates(name)) {
      if (Files.isRegularFile(file)) {
        Declaration d = parse(name, file, lines(file));
        Path ee = eeModule(name);
        if (d.thin() && Files.isRegularFile(ee)) {
          Declaration module = parse(name, ee, lines(ee));
          if (!module.thin()) {
            return Optional.of(new Declaration(name, ee, d.parent(), module.bodyLine(), module.bodyText()));
          }
        }
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The most class files bbm reads when it lists the classes of GitLab's source (GitLab has about 1,000). */
  private static final int MAX_FILES = 10_000;

  /**
   * The classes GitLab's source declares in its background migration folders (FOSS and EE), by
   * the first class line of each file; files that cannot be read or declare no class are skipped.
   */
  public List<String> classNames() {
    List<String> out = new ArrayList<>();
    for (String dir : List.of(MIGRATIONS_DIR, EE_DIR)) {
      Path folder = root.resolve(dir);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(f -> f.getFileName().toString().endsWith(".rb") && Files.isRegularFile(f)).sorted()
            .limit(MAX_FILES).forEach(f -> declaredClass(f).ifPresent(out::add));
      } catch (IOException | UncheckedIOException e) {
        // a folder that cannot be listed lists nothing; resolving one class still reads its file
      }
    }
    return out;
  }

  private static Optional<String> declaredClass(Path file) {
    try {
      for (String line : lines(file)) {
        Matcher m = CLASS_LINE.matcher(line);
        if (m.matches()) {
          String name = withoutModule(m.group(1));
          return isConstant(name) ? Optional.of(name) : Optional.empty();
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static List<String> lines(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      throw new IOException(file + " is larger than " + MAX_BYTES + " bytes, which no class declaration is");
    }
    return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
  }

  /** The parent from the class line of {@code name}; the first line that is not thin, anywhere in the file. */
  static Declaration parse(String name, Path file, List<String> lines) {
    String parent = null;
    int bodyLine = 0;
    String bodyText = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = CLASS_LINE.matcher(line);
      if (m.matches() && withoutModule(m.group(1)).equals(name) && parent == null) {
        parent = m.group(2) == null ? null : withoutModule(m.group(2));
        continue;
      }
      if (bodyLine == 0 && !THIN_LINE.matcher(line).matches()) {
        bodyLine = i + 1;
        bodyText = line.strip();
      }
    }
    return new Declaration(name, file, parent, bodyLine, bodyText);
  }

  private static String withoutModule(String constant) {
    int sep = constant.lastIndexOf("::");
    return sep < 0 ? constant : constant.substring(sep + 2);
  }

  private static String requireConstant(String name) {
    if (!isConstant(name)) {
      throw new IllegalArgumentException(name + " is not a Ruby constant");
    }
    return name;
  }
}
