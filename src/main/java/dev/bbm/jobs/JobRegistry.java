package dev.bbm.jobs;

import dev.bbm.domain.JobClassNames;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The job classes bbm can execute: CopyColumnUsingBackgroundMigrationJob, implementations found
 * through ServiceLoader, and job definitions (docs/job-definitions.md).
 *
 * <p>Precedence, highest first: definitions in --jobs-dir (in the order given), definitions in
 * the user's directory, Java implementations, the definitions shipped in bbm, GitLab's source on this
 * machine (thin subclasses of those), the shipped index of thin subclasses. A definition file
 * may not take the name of a Java implementation: that is refused rather than silently ignored.
 */
public final class JobRegistry {
  /** Where the shipped definitions live on the classpath, and the list of their file names. */
  static final String BUILT_IN_DIR = "bbm/jobs/";
  static final String BUILT_IN_INDEX = BUILT_IN_DIR + "index.txt";

  private final Map<String, JobKind> classes = new TreeMap<>();
  private final Map<String, LegacyJobClass> legacy = new TreeMap<>();
  private final JobSources sources;
  private final List<String> javaNames = new ArrayList<>();
  private int shippedDefinitions;

  private JobRegistry(JobSources sources) {
    this.sources = sources;
  }

  /** The Java implementations and the shipped definitions. */
  public static JobRegistry load() {
    return load(JobSources.builtInOnly());
  }

  /**
   * Loads every job class; definition files are read and validated now, so a broken one stops
   * the command before it connects.
   *
   * @throws BbmException (usage) naming the file and its problem
   */
  public static JobRegistry load(JobSources sources) {
    JobRegistry r = new JobRegistry(sources);
    Map<String, JobKind> java = new TreeMap<>();
    java.put(CopyColumnJob.NAME, new CopyColumnJob());
    java.put(BackfillDesiredShardingKeyJob.NAME, BackfillDesiredShardingKeyJob.plain());
    java.put(BackfillDesiredShardingKeyJob.PARTITION_NAME, BackfillDesiredShardingKeyJob.partitioned());
    java.put(BackfillPartitionedTableJob.NAME, new BackfillPartitionedTableJob());
    r.legacy.put(CopyColumnJob.NAME, new LegacyCopyColumnJob());
    for (LegacyJobClass extra : ServiceLoader.load(LegacyJobClass.class)) {
      r.legacy.putIfAbsent(extra.name(), extra);
    }
    for (JobKind extra : ServiceLoader.load(JobKind.class)) {
      java.putIfAbsent(extra.name(), extra);
    }
    for (Path dir : sources.jobsDirs()) {
      if (!Files.isDirectory(dir)) {
        throw new BbmException(ExitCode.USAGE, "job definitions directory " + dir + " does not exist or is not"
            + " a directory");
      }
      r.addAll(readDirectory(dir), java);
    }
    if (sources.userDir() != null && Files.isDirectory(sources.userDir())) {
      r.addAll(readDirectory(sources.userDir()), java);
    }
    java.forEach(r.classes::putIfAbsent);
    r.javaNames.addAll(java.keySet());
    for (JobDefinition d : builtIns()) {
      r.classes.putIfAbsent(d.name(), new DefinitionJob(d));
      r.shippedDefinitions++;
    }
    return r;
  }

  private void addAll(List<JobDefinition> definitions, Map<String, JobKind> java) {
    for (JobDefinition d : definitions) {
      JobKind implemented = java.get(d.name());
      if (implemented != null) {
        throw JobDefinition.invalid(d.origin(), "defines " + d.name() + ", which bbm implements in Java ("
            + implemented.getClass().getName() + "); a definition cannot replace it, so rename or remove the file");
      }
      classes.putIfAbsent(d.name(), new DefinitionJob(d));
    }
  }

  /** The definitions in one directory, sorted by file name; two files for one class are refused. */
  static List<JobDefinition> readDirectory(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> JobDefinition.stem(p.getFileName().toString()) != null)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new BbmException(ExitCode.USAGE, "job definitions directory " + dir + " could not be read: "
          + e.getMessage(), e);
    }
    Map<String, Path> byName = new HashMap<>();
    List<JobDefinition> out = new ArrayList<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      Path other = byName.put(JobDefinition.stem(fileName), file);
      if (other != null) {
        throw JobDefinition.invalid(file.toString(), "defines the same class as " + other.getFileName()
            + " in the same directory; keep one of them");
      }
      byte[] content;
      try {
        if (Files.size(file) > JobDefinition.MAX_BYTES) {
          throw JobDefinition.invalid(file.toString(), "is " + Files.size(file) + " bytes long; a definition is"
              + " at most " + JobDefinition.MAX_BYTES);
        }
        content = Files.readAllBytes(file);
      } catch (IOException e) {
        throw JobDefinition.invalid(file.toString(), "could not be read: " + e.getMessage());
      }
      out.add(JobDefinition.parse(file.toString(), fileName, content));
    }
    return out;
  }

  /** The definitions shipped in bbm, listed in bbm/jobs/index.txt on the classpath. */
  static List<JobDefinition> builtIns() {
    List<JobDefinition> out = new ArrayList<>();
    for (String fileName : Resources.require(BUILT_IN_INDEX).lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
      String path = BUILT_IN_DIR + fileName;
      out.add(JobDefinition.parse("built-in " + path, fileName, Resources.require(path).getBytes(StandardCharsets.UTF_8)));
    }
    return out;
  }

  /**
   * Looks a class up by its stored name (a leading {@code ::} or module path is ignored): a class
   * bbm knows by that name, else the parent GitLab's source on this machine leads to through thin
   * subclasses, else the parent the shipped index names ({@link Ancestry}).
   */
  public Optional<JobKind> find(String jobClassName) {
    return lookup(jobClassName).findKind();
  }

  /** How a stored class name resolves, as one sentence; empty when bbm cannot run the class. */
  public Optional<String> resolution(String jobClassName) {
    return Optional.ofNullable(lookup(jobClassName).resolution()).map(Resolution::sentence);
  }

  /**
   * The class that runs a stored class name and how it was reached, or where bbm looked: definitions
   * and bbm's own classes, GitLab's source (which wins over the index: a newer GitLab may have changed
   * a class), then the shipped index.
   */
  public Lookup lookup(String jobClassName) {
    String name = JobClassNames.withoutModule(jobClassName);
    JobKind direct = classes.get(name);
    if (direct != null) {
      KnownClass k = known(name, direct);
      return new Lookup(name, direct, new Resolution(name, k.how(), name,
          k.how() == KnownClass.How.NATIVE ? null : origin(direct), List.of()), List.of());
    }
    List<String> looked = new ArrayList<>();
    looked.add(definitionsClause(name));
    Optional<Ancestry.Entry> indexed = Ancestry.shipped().entry(name).filter(e -> classes.containsKey(e.parent()));
    GitlabSource source = sources.gitlabSource();
    if (!GitlabSource.isConstant(name)) {
      looked.add("GitLab's source: not read, because " + name + " is not a Ruby constant");
    } else if (source == null) {
      looked.add("GitLab's source: none on this machine (looked for " + sources.railsRootsTried().stream()
          .map(p -> p + "/" + GitlabSource.MIGRATIONS_DIR).collect(Collectors.joining(" and ")) + ";"
          + " name it with --gitlab-rails-root)");
    } else {
      SourceChain.Outcome o = SourceChain.walk(name, source, classes::containsKey);
      if (o.resolution() != null) {
        return new Lookup(name, classes.get(o.resolution().runsAs()), o.resolution(), List.of());
      }
      if (!o.missing()) {
        looked.add(o.refusal());
        looked.add(indexed.map(e -> "bbm's shipped index lists " + name + " as a thin subclass of " + e.parent()
            + ", but GitLab's source on this machine wins over it").orElse("bbm's shipped index of thin"
            + " subclasses: " + name + " is not in it"));
        return new Lookup(name, null, null, looked);
      }
      looked.add("GitLab's source: no " + source.candidates(name).stream().map(Path::toString)
          .collect(Collectors.joining(" nor ")));
    }
    if (indexed.isPresent()) {
      Ancestry.Entry e = indexed.get();
      return new Lookup(name, classes.get(e.parent()), new Resolution(name, KnownClass.How.GENERIC_PARENT,
          e.parent(), e.gitlabFile(), List.of()), List.of());
    }
    looked.add("bbm's shipped index of thin subclasses: " + name + " is not in it");
    return new Lookup(name, null, null, looked);
  }

  private String definitionsClause(String name) {
    List<String> dirs = new ArrayList<>();
    sources.jobsDirs().forEach(d -> dirs.add(d.toString()));
    if (sources.userDir() != null) {
      dirs.add(sources.userDir() + (Files.isDirectory(sources.userDir()) ? "" : " (which does not exist)"));
    }
    return "job definitions: no " + name + ".yml, .yaml or .json in " + (dirs.isEmpty() ? "no directory"
        : String.join(", ", dirs)) + ", none among bbm's " + shippedDefinitions + " shipped definitions, and no class of"
        + " that name in bbm itself (it implements " + String.join(", ", javaNames) + ")";
  }

  private static String origin(JobKind kind) {
    return kind instanceof DefinitionJob d ? d.definition().origin().replaceFirst("^built-in ", "") : null;
  }

  /**
   * Every class bbm can run, by name: its own, definitions, the thin subclasses GitLab's source on
   * this machine leads to a class bbm runs, then the shipped index's (the source wins, as in
   * {@link #lookup}).
   */
  public List<KnownClass> known() {
    Map<String, KnownClass> out = new TreeMap<>();
    classes.forEach((name, kind) -> out.put(name, known(name, kind)));
    GitlabSource source = sources.gitlabSource();
    Set<String> inSource = new HashSet<>();
    if (source != null) {
      for (String name : source.classNames()) {
        inSource.add(name);
        Resolution r = out.containsKey(name) ? null : SourceChain.walk(name, source, classes::containsKey).resolution();
        if (r != null) {
          out.put(name, new KnownClass(name, KnownClass.How.GITLAB_SOURCE, r.runsAs(), r.file()));
        }
      }
    }
    Ancestry.shipped().entries().forEach((name, e) -> {
      if (!out.containsKey(name) && !inSource.contains(name) && classes.containsKey(e.parent())) {
        out.put(name, new KnownClass(name, KnownClass.How.GENERIC_PARENT, e.parent(), e.gitlabFile()));
      }
    });
    return List.copyOf(out.values());
  }

  private static KnownClass known(String name, JobKind kind) {
    if (kind instanceof DefinitionJob d) {
      String origin = d.definition().origin();
      KnownClass.How how = origin.startsWith("built-in ") ? KnownClass.How.SHIPPED_DEFINITION
          : KnownClass.How.USER_DEFINITION;
      return new KnownClass(name, how, name, origin.replaceFirst("^built-in ", ""));
    }
    return new KnownClass(name, KnownClass.How.NATIVE, name, "bbm");
  }

  /** A legacy job class by name; a leading {@code ::} or module path is ignored. */
  public Optional<LegacyJobClass> findLegacy(String className) {
    String name = JobClassNames.withoutModule(className);
    return Optional.ofNullable(legacy.get(name));
  }

  public String knownLegacyNames() {
    return String.join(", ", legacy.keySet());
  }

  public String knownNames() {
    return String.join(", ", classes.keySet());
  }
}
