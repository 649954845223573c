package dev.bbm.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One position in a cursor-batched migration (GitLab 17.6+): the values of the job class's cursor
 * columns, as GitLab stores them in min_cursor/max_cursor (a JSON array), ordered as Ruby's
 * {@code Array#<=>} orders them.
 */
public record Cursor(List<Object> values) implements Comparable<Cursor> {
  public Cursor {
    values = List.copyOf(values);
  }

  /**
   * A cursor read from a jsonb column; anything but a non-empty array of numbers and strings is
   * refused with exit 2, in a sentence that starts with {@code subject}.
   */
  public static Cursor parse(String subject, String json) {
    Object v = Json.parse(subject, json);
    if (!(v instanceof List<?> list) || list.isEmpty()) {
      throw BbmException.usage(subject + " is " + json + ", not a JSON array of the cursor columns' values");
    }
    List<Object> out = new ArrayList<>();
    for (Object e : list) {
      if (!(e instanceof Long || e instanceof BigDecimal || e instanceof String)) {
        throw BbmException.usage(subject + " is " + json + "; bbm runs cursors of numbers and strings only");
      }
      out.add(e);
    }
    return new Cursor(out);
  }

  public int size() {
    return values.size();
  }

  /** The value at {@code i} as text, for binding: PostgreSQL casts it to the column's type. */
  public String text(int i) {
    Object v = values.get(i);
    return v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
  }

  public String json() {
    return Json.write(values);
  }

  /** Ruby's {@code Array#<=>}: element by element, numbers by value, strings by their bytes. */
  @Override
  public int compareTo(Cursor o) {
    int n = Math.min(values.size(), o.values.size());
    for (int i = 0; i < n; i++) {
      int c = compare(values.get(i), o.values.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(values.size(), o.values.size());
  }

  private static int compare(Object a, Object b) {
    if (a instanceof String s && b instanceof String t) {
      return s.compareTo(t);
    }
    if (a instanceof String || b instanceof String) {
      throw BbmException.usage("cursor values " + Json.write(a) + " and " + Json.write(b)
          + " cannot be compared (a number and a string)");
    }
    return number(a).compareTo(number(b));
  }

  private static BigDecimal number(Object v) {
    return v instanceof BigDecimal d ? d : BigDecimal.valueOf((Long) v);
  }

  @Override
  public String toString() {
    return json();
  }
}
