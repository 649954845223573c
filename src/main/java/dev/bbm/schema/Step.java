package dev.bbm.schema;

import java.sql.SQLException;

/**
 * One thing a pending file does, in file order: a statement ({@link MigrationScript.Sql}) or one
 * of the directives ({@link MigrationDirective}'s records). It is sealed and taken apart by a
 * {@link Visitor}, so that checking, running and dry-running a file each say what they do for
 * every kind of step, and a new kind does not compile until all of them do.
 */
public sealed interface Step permits MigrationScript.Sql, MigrationDirective {
  /** How much of a statement's first line logs and messages show. */
  int SUMMARY_CHARS = 70;

  /** The step as db migrate announces it while it runs, as Rails would: {@code execute("CREATE ...")}. */
  String announcement();

  <R> R accept(Visitor<R> visitor) throws SQLException;

  /** What to do with each kind of step. */
  interface Visitor<R> {
    R execute(MigrationScript.Sql statement) throws SQLException;

    R queue(MigrationDirective.Queue queue) throws SQLException;

    R ensure(MigrationDirective.Ensure ensure) throws SQLException;

    R delete(MigrationDirective.Delete delete) throws SQLException;
  }
}
