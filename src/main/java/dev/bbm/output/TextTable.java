package dev.bbm.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A left-aligned text table with a header and a rule, as psql prints one. */
final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> headers) {
    this.headers = headers;
  }

  void add(List<String> row) {
    rows.add(row);
  }

  void print(PrintWriter out, String separator) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], visible(r.get(i)));
      }
    }
    out.println(line(headers, widths, separator));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      if (i > 0) {
        rule.append(separator.replace(' ', '-').replace('|', '+'));
      }
      rule.append("-".repeat(widths[i]));
    }
    out.println(rule);
    for (List<String> r : rows) {
      out.println(line(r, widths, separator));
    }
  }

  /** Length as seen on a terminal: colour escapes take no room. */
  static int visible(String s) {
    return s == null ? 0 : s.replaceAll("\u001b\\[[0-9;]*m", "").length();
  }

  private static String line(List<String> cells, int[] widths, String separator) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      if (i > 0) {
        b.append(separator);
      }
      String c = cells.get(i) == null ? "" : cells.get(i);
      b.append(c);
      if (i < widths.length - 1) {
        b.append(" ".repeat(widths[i] - visible(c)));
      }
    }
    return b.toString().stripTrailing();
  }
}
