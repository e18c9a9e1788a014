# Bash completion (packaging/bash-completion/pressdex), as `cmake --install` puts it where
# bash-completion looks and bash-completion loads it: options (the same set as --help),
# their values (--sort, --facets, folders for --index), query fields after a space
# (`spe` -> `speaker:`, `type:h` -> `type:html`), release folders and files; and, typed into
# an interactive bash on a terminal, `pressdex-search --fa<Tab>` and `spe<Tab>`.
set -uo pipefail
build=${PRESSDEX_BUILD_DIR:?}
source_dir=${PRESSDEX_SOURCE_DIR:?}
cmake=${CMAKE_COMMAND:-cmake}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
checks=0
pass() { checks=$((checks + 1)); }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*" >&2; }

bash_completion=/usr/share/bash-completion/bash_completion
[ -f "$bash_completion" ] || { echo "FAIL: bash-completion is not installed (scripts/setup)"; exit 1; }
prefix=$scratch/prefix
"$cmake" --install "$build" --component pressdex --prefix "$prefix" >"$scratch/install.log" 2>&1 ||
  fail "cmake --install: $(tail -n 5 "$scratch/install.log")"
for command in pressdex-index pressdex-search; do
  [ -f "$prefix/share/bash-completion/completions/$command" ] && pass ||
    fail "not installed: share/bash-completion/completions/$command"
done

# A folder to complete in: an index folder, a release file, something else.
work=$scratch/work
mkdir -p "$work/myindex" "$work/releases"
touch "$work/notes.txt" "$work/photo.jpg"

# offered LINE: what Tab offers at the end of LINE, one per line, as bash-completion loads and
# runs the completion: the words split as readline splits them (at spaces, and around ':'
# and '=', which are in COMP_WORDBREAKS).
cat >"$scratch/offered.bash" <<'EOF'
source /usr/share/bash-completion/bash_completion
offered() {
  local line=$1 word="" char i
  local -a words=()
  for ((i = 0; i < ${#line}; i++)); do
    char=${line:i:1}
    case $char in
      " ") [ -n "$word" ] && words+=("$word"); word="" ;;
      : | =) [ -n "$word" ] && words+=("$word"); words+=("$char"); word="" ;;
      *) word+=$char ;;
    esac
  done
  [ -n "$word" ] && words+=("$word")
  [[ $line == *" " ]] && words+=("")
  COMP_LINE=$line COMP_POINT=${#line}
  COMP_WORDS=("${words[@]}") COMP_CWORD=$((${#words[@]} - 1))
  COMPREPLY=()
  _completion_loader "${words[0]}"
  local function
  function=$(complete -p "${words[0]}" | sed -n 's/.*-F \([^ ]*\) .*/\1/p')
  # compopt only works under readline; here it only complains.
  "$function" "${words[0]}" "${words[COMP_CWORD]}" "${words[COMP_CWORD - 1]}" 2>/dev/null
  printf '%s\n' "${COMPREPLY[@]}"
}
offered "$1"
EOF
offered() { (cd "$work" && XDG_DATA_DIRS="$prefix/share" bash --norc --noprofile "$scratch/offered.bash" "$1"); }

# expect LINE WORDS...: Tab at the end of LINE offers exactly WORDS (sorted).
expect() {
  local line=$1; shift
  local got want
  got=$(offered "$line" | sort | tr '\n' ' ')
  want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
  [ "$got" = "$want" ] && pass || fail "'$line<Tab>' offers '$got', expected '$want'"
}

expect "pressdex-search --fa" --facets
expect "pressdex-search spe" speaker:
expect "pressdex-search taikang spe" speaker:
expect "pressdex-search --quotes speaker:davis ro" role:
expect "pressdex-search type:h" html
expect "pressdex-search --sort " relevance date
expect "pressdex-search --facets speaker,o" speaker,org
expect "pressdex-search --index " myindex releases
expect "pressdex-search --index my" myindex
expect "pressdex-index --wa" --wait --watch
expect "pressdex-index --re" --rebuild --rescan
expect "pressdex-index --index " myindex releases
expect "pressdex-index " extract myindex notes.txt releases
expect "pressdex-index myindex " myindex notes.txt releases
expect "pressdex-index extract " myindex notes.txt releases
# Every field of the query language, and nothing else, for an empty word.
fields=$(grep -oE 'Field [a-z_]+\{"[a-z]+"' "$source_dir/common/schema.hpp" | grep -oE '"[a-z]+"' | tr -d '"')
expect "pressdex-search " $(printf '%s:\n' $fields)

# The options offered are those of --help: none missing, none that are gone.
help_options() { sed -n '/^Options:/,/^$/p' | grep -oE '^ +-[^ ]+' | tr ',' '\n' | sed 's/^ *//' | grep '^-'; }
for command in pressdex-index pressdex-search; do
  expect "$command -" $("$build/tools/$command" --help | help_options)
done

# As a person sees it: an interactive bash on a terminal, Tab pressed after the words.
if command -v python3 >/dev/null; then
  for typed in "pressdex-search --fa:pressdex-search --facets" "pressdex-search spe:pressdex-search speaker:"; do
    keys=${typed%%:pressdex*}
    shown=${typed#*:}
    if python3 - "$keys" "$shown" "$prefix/share" "$work" <<'EOF'
import os, pty, select, sys, time
keys, shown, data_dirs, work = sys.argv[1:]
pid, fd = pty.fork()
if pid == 0:
    os.chdir(work)
    os.environ.update(XDG_DATA_DIRS=data_dirs, TERM="dumb", PS1="$ ", INPUTRC="/dev/null")
    os.execvp("bash", ["bash", "--norc", "--noprofile", "-i"])
os.write(fd, b"source /usr/share/bash-completion/bash_completion\n")
os.write(fd, keys.encode() + b"\t")
seen, deadline = b"", time.time() + 10
while time.time() < deadline:
    if select.select([fd], [], [], 0.2)[0]:
        try:
            seen += os.read(fd, 4096)
        except OSError:
            break
        if shown.encode() in seen:
            break
os.write(fd, b"\x03exit\n")
ok = shown.encode() in seen
if not ok:
    print(repr(seen[-300:]))
sys.exit(0 if ok else 1)
EOF
    then pass; else fail "typing '$keys<Tab>' in an interactive bash does not show '$shown'"; fi
  done
fi

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
