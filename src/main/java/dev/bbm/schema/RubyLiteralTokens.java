package dev.bbm.schema;

import dev.bbm.schema.RubyTokens.Kind;
import dev.bbm.schema.RubyTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one Ruby expression's tokens as a literal, or fails: strings without interpolation,
 * symbols (as their names, which is what {@code to_json} makes of them), integers, nil, true,
 * false, arrays and word lists, constants through a resolver, each optionally {@code .freeze}d.
 */
final class RubyLiteralTokens {
  private final List<Token> toks;
  private final Function<String, EnsureCall.Value> constants;
  private int pos;
  private boolean failed;
  private String reason;

  /** @param constants reads a constant the file assigns */
  RubyLiteralTokens(List<Token> toks, Function<String, EnsureCall.Value> constants) {
    this.toks = toks;
    this.constants = constants;
  }

  /** The literal, when {@link #failed()} is false after the call. */
  Object read() {
    Object v = value();
    if (pos != toks.size()) {
      failed = true;
    }
    return v;
  }

  boolean failed() {
    return failed;
  }

  /** Why a constant could not be read, or null. */
  String reason() {
    return reason;
  }

  private Object value() {
    if (failed || pos >= toks.size()) {
      failed = true;
      return null;
    }
    Token t = toks.get(pos++);
    Object v = switch (t.kind()) {
      case STRING, SYMBOL -> t.interpolated() || t.value() == null ? fail() : t.value();
      case WORDS -> t.interpolated() ? fail() : t.value();
      case NUMBER -> t.value() == null ? fail() : t.value();
      case NAME -> word(t.text());
      case CONSTANT -> constant(t.text());
      case PUNCT -> punct(t);
      default -> fail();
    };
    while (!failed && pos + 1 < toks.size() && toks.get(pos).is(".") && toks.get(pos + 1).is("freeze")) {
      pos += 2;
    }
    return v;
  }

  private Object word(String word) {
    return switch (word) {
      case "nil" -> null;
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> fail();
    };
  }

  private Object constant(String name) {
    if (pos < toks.size() && toks.get(pos).is("::")) {
      return fail();
    }
    EnsureCall.Value v = constants.apply(name);
    if (v instanceof EnsureCall.Known k) {
      return k.value();
    }
    reason = ((EnsureCall.Unreadable) v).expression();
    return fail();
  }

  private Object punct(Token t) {
    if (t.is("-") && pos < toks.size() && toks.get(pos).kind() == Kind.NUMBER && toks.get(pos).value() != null) {
      return -(Long) toks.get(pos++).value();
    }
    if (!t.is("[")) {
      return fail();
    }
    List<Object> list = new ArrayList<>();
    while (!failed) {
      if (pos < toks.size() && toks.get(pos).is("]")) {
        pos++;
        return list;
      }
      list.add(value());
      if (pos < toks.size() && toks.get(pos).is(",")) {
        pos++;
      } else if (pos >= toks.size() || !toks.get(pos).is("]")) {
        return fail();
      }
    }
    return null;
  }

  private Object fail() {
    failed = true;
    return null;
  }
}
