package dev.bbm.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bbm process as it names itself in its connections' {@code application_name}, so that a busy
 * message can say which bbm (process id and host) holds a lock, beside the PostgreSQL backend's pid.
 *
 * <p>The form is {@code bbm/<pid>@<host>}, e.g. {@code bbm/41234@gitlab-db-1}: the host is the
 * machine's short name, in printable ASCII (PostgreSQL turns other bytes into '?'), and cut so that
 * the whole fits in the 63 bytes PostgreSQL keeps of an application_name. bbm before this form
 * named itself {@code bbm}; {@link #isBbm} knows both.
 *
 * @param pid  the operating system's process id of the bbm (its JVM)
 * @param host the short host name it runs on, or {@link #UNKNOWN_HOST}
 */
public record BbmInstance(long pid, String host) {
  /** What every name of a bbm process starts with. */
  public static final String PREFIX = "bbm/";
  /** What bbm named itself before it carried its process id and host. */
  public static final String LEGACY_NAME = "bbm";
  /** The host when none could be read. */
  public static final String UNKNOWN_HOST = "unknown";
  /** PostgreSQL keeps NAMEDATALEN - 1 bytes of an application_name. */
  public static final int MAX_LENGTH = 63;

  private static final Pattern FORM = Pattern.compile("bbm/([1-9][0-9]{0,18})@([A-Za-z0-9_-]+)");
  private static final Pattern NOT_HOST = Pattern.compile("[^A-Za-z0-9_-]");

  public BbmInstance {
    if (pid <= 0) {
      throw new IllegalArgumentException("process id must be positive: " + pid);
    }
    host = shortHost(host, MAX_LENGTH - PREFIX.length() - 1 - Long.toString(pid).length());
  }

  /** This process on {@code host} (a raw host name: shortened and cleaned here). */
  public static BbmInstance current(String host) {
    return new BbmInstance(ProcessHandle.current().pid(), host);
  }

  /** The application_name this process connects with: {@code bbm/<pid>@<host>}, at most 63 bytes. */
  public String applicationName() {
    return PREFIX + pid + "@" + host;
  }

  /** The bbm process an application_name names, or empty when it is not that form (another program, an old bbm). */
  public static Optional<BbmInstance> parse(String applicationName) {
    if (applicationName == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(applicationName);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BbmInstance(Long.parseLong(m.group(1)), m.group(2)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether an application_name is a bbm's: this form, or plain {@code bbm} (a bbm before it). */
  public static boolean isBbm(String applicationName) {
    return LEGACY_NAME.equals(applicationName) || parse(applicationName).isPresent();
  }

  /**
   * The first label of a host name (up to the first dot), other characters than letters, digits,
   * '-' and '_' made '-', at most {@code max} characters; {@link #UNKNOWN_HOST} when nothing is left.
   */
  static String shortHost(String raw, int max) {
    String h = raw == null ? "" : raw.strip();
    int dot = h.indexOf('.');
    if (dot >= 0) {
      h = h.substring(0, dot);
    }
    h = NOT_HOST.matcher(h).replaceAll("-");
    if (h.length() > max) {
      h = h.substring(0, max);
    }
    return h.isEmpty() ? UNKNOWN_HOST : h;
  }
}
