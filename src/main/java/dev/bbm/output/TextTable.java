package dev.bbm.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A left-aligned text table with a header and a rule, as psql prints one; optionally fitted to a
 * terminal's width, and with a line of text beneath a row.
 */
final class TextTable {
  private static final String BELOW_INDENT = "    ";

  /**
   * One step of fitting a table to a width: column {@code column} narrowed to no less than
   * {@code minWidth} characters, or left out when {@code minWidth} is negative.
   */
  record Step(int column, int minWidth) {
    static Step shorten(int column, int minWidth) {
      return new Step(column, minWidth);
    }

    static Step drop(int column) {
      return new Step(column, -1);
    }
  }

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<String> belows = new ArrayList<>();
  private int maxWidth;
  private String ellipsis = "...";
  private List<Step> steps = List.of();

  TextTable(List<String> headers) {
    this.headers = headers;
  }

  void add(List<String> row) {
    add(row, null);
  }

  /** A row, and a line printed indented beneath it (null: none). */
  void add(List<String> row, String below) {
    rows.add(row);
    belows.add(below);
  }

  /**
   * Fits each printed line into {@code width} columns (0 or less: no limit) by taking the
   * {@code steps} in order until the line fits: each narrows a column (cells cut with
   * {@code ellipsis}) or leaves one out. Columns no step names are never cut, so a line may stay
   * longer when all steps are not enough; room the last step freed beyond the need is given back.
   */
  TextTable fit(int width, String ellipsis, List<Step> steps) {
    this.maxWidth = width;
    this.ellipsis = ellipsis;
    this.steps = List.copyOf(steps);
    return this;
  }

  void print(PrintWriter out, String separator) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], visible(r.get(i)));
      }
    }
    shrink(widths, separator.length());
    out.println(line(headers, widths, separator));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      if (widths[i] < 0) {
        continue;
      }
      if (rule.length() > 0) {
        rule.append(separator.replace(' ', '-').replace('|', '+'));
      }
      rule.append("-".repeat(widths[i]));
    }
    out.println(rule);
    for (int r = 0; r < rows.size(); r++) {
      out.println(line(rows.get(r), widths, separator));
      String below = belows.get(r);
      if (below != null && !below.isEmpty()) {
        out.println(maxWidth > 0 ? cut(BELOW_INDENT + below, maxWidth) : BELOW_INDENT + below);
      }
    }
  }

  /** Takes the fitting steps, in order, until the line fits; then gives back what was cut beyond the need. */
  private void shrink(int[] widths, int separatorLength) {
    if (maxWidth <= 0) {
      return;
    }
    int[] natural = widths.clone();
    int total = separatorLength * (widths.length - 1);
    for (int w : widths) {
      total += w;
    }
    for (Step step : steps) {
      int i = step.column();
      if (total <= maxWidth || widths[i] < 0) {
        continue;
      }
      if (step.minWidth() < 0) {
        total -= widths[i] + separatorLength;
        widths[i] = -1;
        continue;
      }
      int cut = Math.min(total - maxWidth, widths[i] - Math.min(widths[i], Math.max(step.minWidth(), 1)));
      widths[i] -= cut;
      total -= cut;
    }
    for (Step step : steps) {
      int i = step.column();
      int grow = widths[i] < 0 ? 0 : Math.min(maxWidth - total, natural[i] - widths[i]);
      if (grow > 0) {
        widths[i] += grow;
        total += grow;
      }
    }
  }

  /** Length as seen on a terminal: colour escapes take no room. */
  static int visible(String s) {
    return s == null ? 0 : plain(s).length();
  }

  private static String plain(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "");
  }

  /** The cell within {@code width} columns: whole, or cut with the ellipsis at its end. */
  private String cut(String cell, int width) {
    if (visible(cell) <= width) {
      return cell;
    }
    String p = plain(cell);
    return p.substring(0, Math.max(0, width - ellipsis.length())) + ellipsis;
  }

  private String line(List<String> cells, int[] widths, String separator) {
    StringBuilder b = new StringBuilder();
    int last = widths.length - 1;
    while (last > 0 && widths[last] < 0) {
      last--;
    }
    boolean first = true;
    for (int i = 0; i <= last; i++) {
      if (widths[i] < 0) {
        continue;
      }
      if (!first) {
        b.append(separator);
      }
      first = false;
      String c = cut(cells.get(i) == null ? "" : cells.get(i), widths[i]);
      b.append(c);
      if (i < last) {
        b.append(" ".repeat(widths[i] - visible(c)));
      }
    }
    return b.toString().stripTrailing();
  }
}
