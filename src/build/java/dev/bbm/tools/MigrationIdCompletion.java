package dev.bbm.tools;

import dev.bbm.cli.ConnectionOptions;
import dev.bbm.cli.SelectionArgs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What the scripts need to complete migration ids from the database with the hidden
 * {@code bbm __complete migration-ids}: which commands take a migration (their SELECTION), which of
 * their options take a value (so that a value is never completed as an id), and which options say
 * where to connect (passed on to the helper). All read from the command tree.
 */
final class MigrationIdCompletion {
  /** The hidden helper's words after the command. */
  static final List<String> HELPER = List.of("__complete", "migration-ids");

  /** How long an answer is reused, so that repeated TABs do not start a JVM each. */
  static final int CACHE_SECONDS = 10;

  /** The bound on the helper, through timeout(1) where it exists. */
  static final int TIMEOUT_SECONDS = 3;

  /**
   * The environment that decides where bbm connects (besides the options): part of the cache key. No
   * password: changing it changes no database.
   */
  static final List<String> ENVIRONMENT = List.of("BBM_DATABASE_URL", "DATABASE_URL", "PGHOST", "PGPORT", "PGUSER",
      "PGDATABASE", "PGSSLMODE", "BBM_GITLAB_CONFIG", "RAILS_ENV");

  private MigrationIdCompletion() {}

  /** A command that takes a migration: the names it is typed as, and every name of its options that take a value. */
  record IdCommand(List<String> names, List<String> valueOptions) {}

  /**
   * The visible commands that take a migration as SELECTION, in declaration order. They are the
   * root's children: the scripts look for the command in the first word that is not an option.
   */
  static List<IdCommand> commands(CommandLine tree) {
    List<IdCommand> result = new ArrayList<>();
    for (CommandLine cl : CommandTree.walk(tree)) {
      CommandSpec spec = cl.getCommandSpec();
      if (!hasMixin(spec, SelectionArgs.class)) {
        continue;
      }
      if (spec.parent() != tree.getCommandSpec()) {
        throw new IllegalStateException("the completion scripts find commands taking a migration id below the root"
            + " only, not " + spec.qualifiedName());
      }
      List<String> valueOptions = new ArrayList<>();
      for (OptionSpec o : CommandTree.options(spec)) {
        if (o.arity().max() > 0) {
          valueOptions.addAll(List.of(o.names()));
        }
      }
      result.add(new IdCommand(CommandTree.names(spec), valueOptions));
    }
    return result;
  }

  /** The names of the options that say where to connect (--url, -h, ...), each taking a value. */
  static List<String> connectionOptions(CommandLine tree) {
    Set<String> names = new LinkedHashSet<>();
    for (CommandLine cl : CommandTree.walk(tree)) {
      for (CommandSpec mixin : cl.getCommandSpec().mixins().values()) {
        if (mixin.userObject() instanceof ConnectionOptions) {
          for (OptionSpec o : mixin.options()) {
            if (o.arity().max() < 1) {
              throw new IllegalStateException("connection option " + o.longestName() + " takes no value");
            }
            names.addAll(List.of(o.names()));
          }
        }
      }
    }
    return new ArrayList<>(names);
  }

  private static boolean hasMixin(CommandSpec spec, Class<?> type) {
    for (CommandSpec mixin : spec.mixins().values()) {
      if (type.isInstance(mixin.userObject())) {
        return true;
      }
    }
    return false;
  }

  /** Short names (-h) take their value attached too (-hdb); long ones after '=' (--host=db). */
  static List<String> attachedPatterns(List<String> optionNames) {
    List<String> result = new ArrayList<>();
    for (String n : optionNames) {
      result.add(n.startsWith("--") ? n + "=" : n);
    }
    return result;
  }

  /** The bash (and, through bashcompinit, zsh) functions; {@code _complete_<command>} calls the last one. */
  static String bash(String command, CommandLine tree) {
    List<IdCommand> commands = commands(tree);
    List<String> connection = connectionOptions(tree);
    if (commands.isEmpty() || connection.isEmpty()) {
      return "# No command of " + command + " takes a migration id from a database.\n"
          + "function _bbm_complete_migration_ids() {\n  return 0\n}\n";
    }
    StringBuilder cases = new StringBuilder();
    for (IdCommand c : commands) {
      cases.append("    ").append(String.join("|", c.names())).append(") value_opts=\" ")
          .append(String.join(" ", c.valueOptions())).append(" \" ;;\n");
    }
    List<String> attached = new ArrayList<>();
    for (String p : attachedPatterns(connection)) {
      attached.add(p.startsWith("--") ? p + "*" : p + "?*");
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("@COMMAND@", command);
    values.put("@HELPER@", String.join(" ", HELPER));
    values.put("@CACHE_SECONDS@", Integer.toString(CACHE_SECONDS));
    values.put("@TIMEOUT_SECONDS@", Integer.toString(TIMEOUT_SECONDS));
    values.put("@CASES@", cases.toString());
    values.put("@CONNECTION@", String.join("|", connection));
    values.put("@ATTACHED@", String.join("|", attached));
    values.put("@ENVIRONMENT@", ENVIRONMENT.stream().map(v -> "\"${" + v + "-}\"").collect(Collectors.joining(" ")));
    return fill(BASH, values);
  }

  /** The fish functions and the one completion that offers the ids. */
  static String fish(String command, CommandLine tree) {
    List<IdCommand> commands = commands(tree);
    List<String> connection = connectionOptions(tree);
    if (commands.isEmpty() || connection.isEmpty()) {
      return "";
    }
    StringBuilder cases = new StringBuilder();
    for (IdCommand c : commands) {
      cases.append("        case ").append(String.join(" ", c.names())).append('\n')
          .append("            set value_opts ").append(String.join(" ", c.valueOptions())).append('\n');
    }
    List<String> attachedLong = new ArrayList<>();
    List<String> attachedShort = new ArrayList<>();
    for (String p : attachedPatterns(connection)) {
      if (p.startsWith("--")) {
        attachedLong.add("'" + p + "*'");
      } else {
        attachedShort.add(p.substring(1));
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("@COMMAND@", command);
    values.put("@HELPER@", String.join(" ", HELPER));
    values.put("@CACHE_SECONDS@", Integer.toString(CACHE_SECONDS));
    values.put("@TIMEOUT_SECONDS@", Integer.toString(TIMEOUT_SECONDS));
    values.put("@CASES@", cases.toString());
    values.put("@CONNECTION@", String.join(" ", connection));
    values.put("@ATTACHED_LONG@", String.join(" ", attachedLong));
    values.put("@ATTACHED_SHORT@", String.join("", attachedShort));
    values.put("@ENVIRONMENT@", ENVIRONMENT.stream().map(v -> "\"$" + v + "\"").collect(Collectors.joining(" ")));
    return fill(FISH, values);
  }

  private static String fill(String template, Map<String, String> values) {
    String s = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      s = s.replace(e.getKey(), e.getValue());
    }
    if (s.contains("@")) {
      for (String key : values.keySet()) {
        if (s.contains(key)) {
          throw new IllegalStateException("unfilled " + key);
        }
      }
    }
    return s;
  }

  private static final String FISH = """
      # Migration ids (main_85, ci_10) for the commands that take one, from the database through the
      # hidden '@COMMAND@ @HELPER@': asked only when the token being completed is such a command's
      # SELECTION, empty or starting with a lowercase letter or a digit (never an option, an option's
      # value or a command name, which stay static and instant); with the connection options typed on
      # the line; for at most @TIMEOUT_SECONDS@ seconds (timeout, where it exists); and at most once every
      # @CACHE_SECONDS@ seconds for one connection, the answer being kept in ${XDG_CACHE_HOME:-~/.cache}/bbm
      # (the same file the bash and zsh completion use).

      # True when the token being completed is the SELECTION of a command that takes a migration.
      function __@COMMAND@_wants_migration_id
          set -l current (commandline -ct)
          string match -qr -- '^[a-z0-9_]*$' "$current"; or return 1
          set -l tokens (commandline -opc)
          set -l at 0
          set -l i 2
          while test $i -le (count $tokens)
              if not string match -q -- '-*' $tokens[$i]
                  set at $i
                  break
              end
              set i (math $i + 1)
          end
          test $at -gt 0; or return 1
          set -l value_opts
          switch $tokens[$at]
      @CASES@        case '*'
                  return 1
          end
          not contains -- $tokens[-1] $value_opts
      end

      # The ids, unfinished migrations first: from the cache when it is fresh, else from the helper.
      function __@COMMAND@_migration_ids
          set -l tokens (commandline -opc)
          set -l n (count $tokens)
          set -l connection
          set -l i 2
          while test $i -le $n
              set -l t $tokens[$i]
              switch $t
                  case @CONNECTION@
                      if test $i -lt $n
                          set i (math $i + 1)
                          set -a connection $t (string replace -r -- '^~/' "$HOME/" $tokens[$i])
                      end
                  case @ATTACHED_LONG@
                      set -a connection $t
                  case '*'
                      string match -qr -- '^-[@ATTACHED_SHORT@].' $t; and set -a connection $t
              end
              set i (math $i + 1)
          end
          set -l dir $HOME/.cache/@COMMAND@
          test -n "$XDG_CACHE_HOME"; and set dir $XDG_CACHE_HOME/@COMMAND@
          set -l key (printf '%s\\n' @ENVIRONMENT@ $connection | cksum 2>/dev/null | string replace -r -- ' .*' '')
          set -l file $dir/ids-$key
          set -l now (date +%s)
          set -l fields
          if test -f $file -a -r $file
              read -l line <$file
              set fields (string split -- ' ' $line)
          end
          set -l ids
          if string match -qr -- '^[0-9]+$' "$fields[1]"; and test $now -ge $fields[1]; and test (math $now - $fields[1]) -lt @CACHE_SECONDS@
              set -e fields[1]
              set ids $fields
          else
              set -l program @COMMAND@
              if string match -q -- '*/*' $tokens[1]; and test -x $tokens[1]
                  set program $tokens[1]
              end
              if command -sq timeout; and not functions -q -- $program; and command -sq -- $program
                  set ids (timeout @TIMEOUT_SECONDS@ $program @HELPER@ $connection 2>/dev/null </dev/null)
              else
                  set ids ($program @HELPER@ $connection 2>/dev/null </dev/null)
              end
              if test -d $dir; or mkdir -p -- $dir 2>/dev/null
                  begin
                      printf '%s %s\\n' $now "$ids" >$file.$fish_pid; and mv -f -- $file.$fish_pid $file
                      or rm -f -- $file.$fish_pid
                  end 2>/dev/null
              end
          end
          string match -r -- '^[^ ]+$' $ids
      end

      complete -c @COMMAND@ -n __@COMMAND@_wants_migration_id -k -a '(__@COMMAND@_migration_ids)' -d 'migration id'
      """;

  private static final String BASH = """
      # Migration ids (main_85, ci_10) for the commands that take one, from the database through the
      # hidden '@COMMAND@ @HELPER@': asked only when the word being completed is such a command's
      # SELECTION, empty or starting with a lowercase letter or a digit (never an option, an option's
      # value or a command name, which stay static and instant); with the connection options typed on
      # the line; for at most @TIMEOUT_SECONDS@ seconds (timeout, where it exists); and at most once every
      # @CACHE_SECONDS@ seconds for one connection, the answer being kept in ${XDG_CACHE_HOME:-~/.cache}/bbm.

      # The words of the line up to the cursor as the program will get them, in _bbm_line: quotes and
      # backslashes removed, and not split at ':', '=' or '@' as COMP_WORDS is. The last is the word
      # being completed, empty after a space.
      function _bbm_line_words() {
        [[ -n ${ZSH_VERSION-} ]] && setopt localoptions ksharrays
        local line=${COMP_LINE:0:$COMP_POINT} word= quote= c i started=0
        _bbm_line=()
        for ((i = 0; i < ${#line}; i++)); do
          c=${line:$i:1}
          if [[ -n $quote ]]; then
            if [[ $c == "$quote" ]]; then
              quote=
            elif [[ $quote == '"' && $c == '\\' ]]; then
              i=$((i + 1))
              word+=${line:$i:1}
            else
              word+=$c
            fi
          elif [[ $c == [\\'\\"] ]]; then
            quote=$c
            started=1
          elif [[ $c == '\\' ]]; then
            i=$((i + 1))
            word+=${line:$i:1}
            started=1
          elif [[ $c == [[:space:]] ]]; then
            if ((started)); then
              _bbm_line+=("$word")
              word=
              started=0
            fi
          else
            word+=$c
            started=1
          fi
        done
        _bbm_line+=("$word")
      }

      # True when $1 runs a program (not a function or an alias), which timeout can run.
      function _bbm_is_program() {
        if [[ -n ${ZSH_VERSION-} ]]; then
          [[ $(whence -w -- "$1" 2>/dev/null) == *': command' ]]
        else
          [[ $(type -t -- "$1" 2>/dev/null) == file ]]
        fi
      }

      # Adds the ids matching the word being completed to COMPREPLY, when that word is a SELECTION.
      function _bbm_complete_migration_ids() {
        [[ -n ${ZSH_VERSION-} ]] && setopt localoptions ksharrays
        local -a _bbm_line
        _bbm_line_words
        local n=${#_bbm_line[@]} i w command_at=0 value_opts cur
        cur=${_bbm_line[n-1]}
        [[ $cur == *[!a-z0-9_]* ]] && return 0
        # the word as typed: not in quotes, not after a backslash
        [[ ${COMP_LINE:0:$COMP_POINT} == *[[:space:]]"$cur" ]] || return 0
        for ((i = 1; i < n - 1; i++)); do
          if [[ ${_bbm_line[i]} != -* ]]; then
            command_at=$i
            break
          fi
        done
        (( command_at > 0 )) || return 0
        case ${_bbm_line[command_at]} in
      @CASES@    *) return 0 ;;
        esac
        [[ $value_opts == *" ${_bbm_line[n-2]} "* ]] && return 0
        local -a connection=()
        for ((i = command_at + 1; i < n - 1; i++)); do
          w=${_bbm_line[i]}
          case $w in
            @CONNECTION@)
              if (( i + 2 < n )); then
                i=$((i + 1))
                connection+=("$w" "${_bbm_line[i]/#\\~\\//$HOME/}")
              fi
              ;;
            @ATTACHED@)
              connection+=("$w")
              ;;
          esac
        done
        local dir=${XDG_CACHE_HOME:-$HOME/.cache}/@COMMAND@ key file now stamp ids= out program=@COMMAND@
        key=$(printf '%s\\n' @ENVIRONMENT@ "${connection[@]}" | cksum 2>/dev/null)
        file=$dir/ids-${key%% *}
        now=${EPOCHSECONDS:-$(date +%s)}
        if [[ -f $file ]] && { read -r stamp ids <"$file"; } 2>/dev/null && [[ $stamp =~ ^[0-9]+$ ]] \\
            && (( now - stamp >= 0 && now - stamp < @CACHE_SECONDS@ )); then
          :
        else
          [[ ${_bbm_line[0]} == */* && -x ${_bbm_line[0]} ]] && program=${_bbm_line[0]}
          if command -v timeout >/dev/null 2>&1 && _bbm_is_program "$program"; then
            out=$(timeout @TIMEOUT_SECONDS@ "$program" @HELPER@ "${connection[@]}" 2>/dev/null </dev/null)
          else
            out=$("$program" @HELPER@ "${connection[@]}" 2>/dev/null </dev/null)
          fi
          ids=${out//$'\\n'/ }
          if [[ -d $dir ]] || mkdir -p -- "$dir" 2>/dev/null; then
            { printf '%s %s\\n' "$now" "$ids" >|"$file.$$" && mv -f -- "$file.$$" "$file" || rm -f -- "$file.$$"; } 2>/dev/null
          fi
        fi
        [[ -n ${ids// /} ]] || return 0
        local IFS=$' \\t\\n'
        COMPREPLY+=($(compgen -W "$ids" -- "$cur"))
        # the helper's order, unfinished migrations first (bash 4.4 and later)
        [[ -n ${BASH_VERSION-} ]] && compopt -o nosort 2>/dev/null
        return 0
      }
      """;
}
