package dev.bbm.output;

import dev.bbm.domain.Durations;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How a long-running command (finalize, retry --finalize, steal, db migrate) shows its progress:
 * a live bar on a terminal, plain lines at most every {@code interval} otherwise, NDJSON events on
 * stdout with {@code --format ndjson}, nothing but warnings with {@code --quiet}.
 */
public record ProgressStyle(Kind kind, Duration interval, boolean unicode) {
  /** The forms progress takes. */
  public enum Kind { BAR, LINES, NDJSON, QUIET }

  /** The plain-line interval when none is given, as --progress-interval's default is written. */
  public static final String DEFAULT_INTERVAL_TEXT = "10s";
  public static final Duration DEFAULT_INTERVAL = Durations.parse(DEFAULT_INTERVAL_TEXT, "--progress-interval");

  /** A line per job: what renderers do when no command chose a style. */
  public static final ProgressStyle EVERY_JOB = new ProgressStyle(Kind.LINES, Duration.ZERO, false);

  /**
   * The style for a command: NDJSON when asked for, nothing with --quiet, the bar when stderr is a
   * terminal, plain lines otherwise.
   *
   * @param terminal whether the process runs on a terminal (the context's answer)
   * @param stderrIsTerminal whether standard error itself is one (a redirected 2> gets lines)
   */
  public static ProgressStyle choose(boolean ndjson, boolean quiet, boolean terminal, boolean stderrIsTerminal,
      Duration interval, Map<String, String> env) {
    Duration every = interval == null ? DEFAULT_INTERVAL : interval;
    if (ndjson) {
      return new ProgressStyle(Kind.NDJSON, every, false);
    }
    if (quiet) {
      return new ProgressStyle(Kind.QUIET, every, false);
    }
    if (terminal && stderrIsTerminal && !"dumb".equals(env.get("TERM"))) {
      return new ProgressStyle(Kind.BAR, every, utf8(env));
    }
    return new ProgressStyle(Kind.LINES, every, false);
  }

  /** Whether the locale's character set is UTF-8 (the bar then draws with block characters). */
  public static boolean utf8(Map<String, String> env) {
    for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String v = env.get(name);
      if (v != null && !v.isEmpty()) {
        String lower = v.toLowerCase(Locale.ROOT);
        return lower.contains("utf-8") || lower.contains("utf8");
      }
    }
    return false;
  }
}
