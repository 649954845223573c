package dev.bbm.engine;

import dev.bbm.domain.Selection;
import java.util.List;

/**
 * One {@code ensure_batched_background_migration_is_finished} call of a pending GitLab migration
 * file, and what it means for the next {@code gitlab-rake db:migrate}.
 *
 * @param file the migration as Rails names it, VERSION_name
 * @param line the line of the call in the file
 * @param verdict whether the call blocks
 * @param configuration the configuration it names (class,table,column,json), or null when it cannot be read
 * @param migration the batched migration it names (its database's label and id), or null when none matches
 * @param status that migration's status label, or null
 * @param progress its share done (percent of the key range), or null
 * @param runnable whether bbm can run its job class, or null when no migration matches
 * @param finalizes the call's {@code finalize:} (false: db:migrate only checks)
 * @param caveat where the call sits when db:migrate may run it differently or not at all, or null
 * @param unreadable the arguments bbm cannot read, as written
 * @param command what to run so that the call passes, or null
 * @param message the whole sentence
 */
public record Blocker(String file, int line, Verdict verdict, String configuration, Selection.ById migration,
    String status, Double progress, Boolean runnable, boolean finalizes, String caveat, List<String> unreadable,
    String command, String message) {

  public Blocker {
    unreadable = List.copyOf(unreadable);
  }

  /** The migration as bbm and GitLab name it ({@code main_412}), or null when none matches. */
  public String migrationId() {
    return migration == null ? null : migration.toString();
  }

  /** What a call means for db:migrate. */
  public enum Verdict {
    /** The migration is unfinished: db:migrate stops there (or finalizes it inline under its lock). */
    BLOCKS("blocks"),
    /** The migration is finished or finalized. */
    PASSES("passes"),
    /** No migration matches: GitLab only logs a warning. */
    NOT_FOUND("not_found"),
    /** bbm cannot read the configuration; it cannot tell. */
    UNREADABLE("unreadable");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * What check found in GitLab's code on the machine.
   *
   * @param railsRoot the Rails root read, or null when none was found
   * @param note how many files were read, or where bbm looked and how to name the root
   * @param calls the calls of pending files, in the order db:migrate runs them
   */
  public record Report(String railsRoot, String note, List<Blocker> calls) {
    public Report {
      calls = List.copyOf(calls);
    }

    public boolean blocks() {
      return calls.stream().anyMatch(c -> c.verdict() == Verdict.BLOCKS);
    }
  }
}
