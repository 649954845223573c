package dev.bbm.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ruby's {@code inspect} of JSON values, in the syntax of Ruby before 3.4, which GitLab's messages
 * interpolate: {@code [["id"], ["id_convert_to_bigint"]]}, {@code {"a"=>1}}, {@code nil}.
 */
public final class RubyInspect {
  private RubyInspect() {}

  /** The value as Ruby prints it; values are those {@link Json#parse} returns. */
  public static String inspect(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value);
    return out.toString();
  }

  /**
   * GitLab's configuration hash of a batched migration, as its helpers print it:
   * {@code {:job_class_name=>"X", :table_name=>"events", :column_name=>"id", :job_arguments=>[...]}}.
   */
  public static String configuration(String jobClassName, String tableName, String columnName,
      String jobArgumentsJson) {
    return "{:job_class_name=>" + string(jobClassName) + ", :table_name=>" + string(tableName)
        + ", :column_name=>" + string(columnName) + ", :job_arguments=>"
        + inspect(Json.parse("job arguments", jobArgumentsJson)) + "}";
  }

  private static void write(StringBuilder out, Object value) {
    if (value == null) {
      out.append("nil");
    } else if (value instanceof String s) {
      out.append(string(s));
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        write(out, list.get(i));
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        write(out, e.getKey());
        out.append("=>");
        write(out, e.getValue());
      }
      out.append('}');
    } else if (value instanceof BigDecimal d) {
      String plain = d.stripTrailingZeros().toPlainString();
      out.append(plain.contains(".") ? plain : plain + ".0");
    } else {
      out.append(value);
    }
  }

  /** A Ruby double-quoted string literal, escaped as String#inspect does. */
  static String string(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      int cp = s.codePointAt(i);
      switch (cp) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\t': out.append("\\t"); break;
        case '\r': out.append("\\r"); break;
        case 0x1b: out.append("\\e"); break;
        case '#':
          int next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
          out.append(next == '{' || next == '$' || next == '@' ? "\\#" : "#");
          break;
        default:
          if (cp < 0x20 || cp == 0x7f) {
            out.append(String.format(Locale.ROOT, "\\x%02X", cp));
          } else {
            out.appendCodePoint(cp);
          }
      }
    }
    return out.append('"').toString();
  }
}
