package dev.bbm.cli;

import dev.bbm.domain.Durations;
import dev.bbm.output.ProgressStyle;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How the long-running commands (finalize, retry, steal, db migrate) report while they work. */
public final class ProgressOptions {
  /** The forms of output of a long-running command. */
  enum Format { text, json, ndjson }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default: a live bar on a terminal, plain progress lines otherwise), json (as --json)"
          + " or ndjson (one JSON event per line on stdout while it runs, the result last; see docs/json.md)")
  Format format = Format.text;

  @Option(names = "--progress-interval", paramLabel = "DURATION", defaultValue = ProgressStyle.DEFAULT_INTERVAL_TEXT,
      description = "when stderr is not a terminal, print a progress line at most this often (default"
          + " ${DEFAULT-VALUE}; 0s: after every job)")
  String interval = ProgressStyle.DEFAULT_INTERVAL_TEXT;

  boolean ndjson() {
    return format == Format.ndjson;
  }

  boolean json() {
    return format == Format.json;
  }

  Duration interval() {
    return Durations.parse(interval, "--progress-interval");
  }
}
