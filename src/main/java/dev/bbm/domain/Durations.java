package dev.bbm.domain;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as operators write them: {@code 0s}, {@code 90s}, {@code 15m}, {@code 1h}, {@code 250ms}, {@code 1h30m}. */
public final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  private Durations() {}

  public static Duration parse(String text, String what) {
    if (text == null || text.isBlank()) {
      throw BbmException.usage(what + " is empty; write a duration such as 90s, 15m or 1h");
    }
    String t = text.strip();
    Matcher m = PART.matcher(t);
    Duration total = Duration.ZERO;
    int pos = 0;
    while (pos < t.length()) {
      if (!m.find(pos) || m.start() != pos) {
        throw BbmException.usage(what + " \"" + text + "\" is not a duration; write it as 0s, 90s, 15m or 1h");
      }
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ms": total = total.plusMillis(n); break;
        case "s": total = total.plusSeconds(n); break;
        case "m": total = total.plusMinutes(n); break;
        case "h": total = total.plusHours(n); break;
        default: total = total.plusDays(n); break;
      }
      pos = m.end();
    }
    return total;
  }

  /** A short human form: 0s, 90s -> 1m30s, 1h. */
  public static String format(Duration d) {
    long s = d.toSeconds();
    if (s < 60) {
      return s + "s";
    }
    StringBuilder b = new StringBuilder();
    long days = s / 86_400;
    if (days > 0) {
      b.append(days).append('d');
      long hours = (s % 86_400) / 3600;
      return hours > 0 && days < 7 ? b.append(hours).append('h').toString() : b.toString();
    }
    long h = s / 3600;
    long m = (s % 3600) / 60;
    long sec = s % 60;
    if (h > 0) {
      b.append(h).append('h');
    }
    if (m > 0) {
      b.append(m).append('m');
    }
    if (sec > 0 && h == 0) {
      b.append(sec).append('s');
    }
    return b.toString();
  }
}
