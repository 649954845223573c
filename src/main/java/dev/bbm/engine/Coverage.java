package dev.bbm.engine;

import dev.bbm.jobs.Catalog;
import dev.bbm.jobs.CatalogEntry;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.jobs.JobSources;
import dev.bbm.jobs.KnownClass;
import dev.bbm.jobs.Lookup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** bbm jobs coverage: how many of GitLab's upgrade-stop migrations bbm can run, by GitLab version. */
public final class Coverage {
  private Coverage() {}

  /**
   * One migration of the catalog and how bbm runs it.
   *
   * @param how how bbm runs its class, or null when it cannot
   * @param runsAs the class whose work it does, or null
   * @param reason why bbm cannot run it as SQL (Ruby-only work), or null
   */
  public record Row(CatalogEntry entry, KnownClass.How how, String runsAs, String reason) {
    public boolean runnable() {
      return how != null;
    }

    public boolean rubyOnly() {
      return how == null && reason != null;
    }
  }

  /**
   * One GitLab version's figures.
   *
   * @param migrations the migrations its post-deployment migrations finalize
   * @param runnable those bbm runs
   * @param rubyOnly those whose work is not SQL (with a reason in the catalog)
   * @param missing those bbm cannot run yet although nothing says their work is not SQL
   */
  public record Version(String milestone, int migrations, int runnable, int rubyOnly, int missing) {
    /** The share of the migrations whose work is SQL that bbm runs, in percent (100 when there are none). */
    public double sqlCoveragePercent() {
      int sql = migrations - rubyOnly;
      return sql == 0 ? 100.0 : 100.0 * runnable / sql;
    }
  }

  /** The catalog's migrations, newest GitLab version first, and the figures per version and in total. */
  public record Report(List<Row> rows, List<Version> versions, Version total) {}

  /** Looks every catalog migration's class up as finalize would, with these definition sources. */
  public static Report report(JobSources sources) {
    return report(Catalog.shipped(), JobRegistry.load(sources));
  }

  /** The report for a given catalog (tests use their own). */
  public static Report report(Catalog catalog, JobRegistry registry) {
    List<Row> rows = new ArrayList<>();
    Map<String, Row> byClass = new LinkedHashMap<>();
    for (CatalogEntry e : catalog.entries()) {
      Row known = byClass.get(e.jobClass());
      Row row;
      if (known != null) {
        row = new Row(e, known.how(), known.runsAs(), known.reason());
      } else {
        Lookup l = registry.lookup(e.jobClass());
        row = l.found() ? new Row(e, l.resolution().how(), l.resolution().runsAs(), null)
            : new Row(e, null, null, catalog.whyNotRunnable(e.jobClass()).orElse(null));
        byClass.put(e.jobClass(), row);
      }
      rows.add(row);
    }
    rows.sort(Comparator.comparing((Row r) -> Milestones.key(r.entry().finalizedIn())).reversed()
        .thenComparing(r -> r.entry().jobClass()));
    Map<String, List<Row>> perVersion = new LinkedHashMap<>();
    rows.forEach(r -> perVersion.computeIfAbsent(r.entry().finalizedIn(), k -> new ArrayList<>()).add(r));
    List<Version> versions = new ArrayList<>();
    perVersion.forEach((m, list) -> versions.add(figures(m, list)));
    return new Report(rows, versions, figures("all", rows));
  }

  private static Version figures(String milestone, List<Row> rows) {
    int runnable = (int) rows.stream().filter(Row::runnable).count();
    int rubyOnly = (int) rows.stream().filter(Row::rubyOnly).count();
    return new Version(milestone, rows.size(), runnable, rubyOnly, rows.size() - runnable - rubyOnly);
  }
}
