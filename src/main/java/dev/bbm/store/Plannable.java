package dev.bbm.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A sub-batch statement PostgreSQL can plan before anything runs, so that SQL that does not fit fails first. */
public interface Plannable {
  /** Parses and plans the statement without running it (EXPLAIN, rolled back); throws the database's error. */
  void verify(Connection c) throws SQLException;
}
