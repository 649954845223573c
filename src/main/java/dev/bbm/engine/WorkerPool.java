package dev.bbm.engine;

import dev.bbm.store.AdvisoryLock;
import dev.bbm.store.Database;
import dev.bbm.store.Sessions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a finalize's workers: one on the session, each other one on a connection and a thread of
 * its own, all members of the migration's worker lock; collects how they ended and the first
 * error, and gives connections and locks back whatever happened.
 */
final class WorkerPool {
  /** Builds the worker for a connection. */
  interface WorkerFactory {
    Worker create(Connection c) throws SQLException;
  }

  /** How the workers ended, and the first error one of them threw (null when none did). */
  record Ends(List<WorkerEnd> ends, Throwable error) {}

  private final Database db;

  WorkerPool(Database db) {
    this.db = db;
  }

  /**
   * The first worker runs on the session (which holds the migration's lock); the others borrow
   * pooled connections ({@link Database#workerConnection}), each kept for the whole run, because
   * its backend names it as the runner of its jobs and holds its worker lock; closing one gives it
   * back to the pool, which resets it.
   */
  Ends run(FinalizeRun run, WorkerFactory factory) throws SQLException {
    long migrationId = run.migration().id();
    FinalizeOptions o = run.options();
    List<Connection> conns = new ArrayList<>();
    List<Connection> joined = new ArrayList<>();
    ExecutorService threads = null;
    try {
      conns.add(db.session());
      for (int i = 1; i < run.workers(); i++) {
        conns.add(db.workerConnection(run.workers() - 1));
      }
      List<Worker> workers = new ArrayList<>();
      for (Connection c : conns) {
        Sessions.applyTimeouts(c, o.statementTimeout(), o.lockTimeout());
        AdvisoryLock.joinWorkers(c, migrationId);
        joined.add(c);
        workers.add(factory.create(c));
      }
      threads = workers.size() > 1 ? Executors.newFixedThreadPool(workers.size() - 1, WorkerPool::daemon) : null;
      return await(run, workers, threads);
    } finally {
      if (threads != null) {
        threads.shutdownNow();
      }
      release(migrationId, conns, joined);
    }
  }

  /** Starts the other workers on threads, runs the first one here, and waits for all. */
  private static Ends await(FinalizeRun run, List<Worker> workers, ExecutorService threads) {
    List<Future<WorkerEnd>> others = new ArrayList<>();
    for (Worker w : workers.subList(1, workers.size())) {
      others.add(threads.submit(w));
    }
    List<WorkerEnd> ends = new ArrayList<>();
    Throwable error = null;
    try {
      ends.add(workers.get(0).call());
    } catch (SQLException | RuntimeException e) {
      run.abort();
      error = e;
    }
    for (Future<WorkerEnd> f : others) {
      try {
        ends.add(f.get());
      } catch (ExecutionException e) {
        run.abort();
        error = error == null ? e.getCause() : error;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        run.abort();
        ends.add(WorkerEnd.INTERRUPTED);
      }
    }
    return new Ends(ends, error);
  }

  private static void release(long migrationId, List<Connection> conns, List<Connection> joined) {
    for (Connection c : joined) {
      try {
        AdvisoryLock.leaveWorkers(c, migrationId);
      } catch (SQLException ignored) {
        // a lost connection has given its locks back already
      }
    }
    for (Connection c : conns.subList(Math.min(1, conns.size()), conns.size())) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing a dead connection has nothing left to tell
      }
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "bbm-worker");
    t.setDaemon(true);
    return t;
  }
}
