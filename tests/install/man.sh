# The man pages (docs/man/*.scd, built by scdoc): every program built has one; every option
# its --help lists (subcommands too) is documented, and every option documented exists; each
# page states the exit-status contract (0, 1, 2); pressdex-query(7) has every field of
# common/schema.hpp and every operator of searcher/query.cpp; groff renders them without a
# warning; and `man` finds them after `cmake --install`.
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

# render PAGE: the page as man shows it, as plain text; groff's warnings go to $scratch/warnings.
render() { MANWIDTH=200 man --warnings -l "$1" 2>"$scratch/warnings" | col -b; }
# section NAME < TEXT: the lines of one section of a rendered page.
section() { awk -v name="$1" '/^[A-Z]/ { on = ($0 == name) } on'; }
# The options of a --help text: "-h,--help", "-n,--limit UINT=10" -> -h --help -n --limit.
help_options() { sed -n '/^Options:/,/^$/p' | grep -oE '^ +-[^ ]+' | tr ',' '\n' | sed 's/^ *//' | grep '^-' | sort -u; }
help_subcommands() { sed -n '/^Subcommands:/,/^$/p' | grep -oE '^  [a-z][a-z-]*' | sed 's/^ *//'; }
# The options a rendered OPTIONS section documents: its entries' first words, "-q, --quiet".
page_options() {
  section OPTIONS | grep -oE '^ {7}-[-a-zA-Z0-9]+(, -[-a-zA-Z0-9]+)*' | sed 's/^ *//' | tr ',' '\n' |
    sed 's/^ *//' | sort -u
}

programs=$(find "$build/tools" -maxdepth 1 -type f -executable -name 'pressdex-*' -printf '%f\n' | sort)
[ -n "$programs" ] && pass || fail "no pressdex-* program in $build/tools"
for program in $programs; do
  page=$build/man/$program.1
  # The hook for new tools (pressdex-serve): a program without a page fails here.
  if [ ! -f "$page" ]; then
    fail "$program has no man page: add docs/man/$program.1.scd and list it in docs/man/CMakeLists.txt"
    continue
  fi
  render "$page" >"$scratch/page"
  [ -s "$scratch/warnings" ] && fail "$program.1: groff warns: $(head -n 3 "$scratch/warnings")" || pass
  # the header names the version built, not the placeholder of the source
  version=$("$build/tools/$program" --version | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n 1)
  grep -q "^\.TH .*\"pressdex $version\"" "$page" && pass ||
    fail "$program.1: header without 'pressdex $version': $(grep '^\.TH' "$page")"
  grep -q "^NAME" "$scratch/page" && grep -q "$program - " <<<"$(section NAME <"$scratch/page")" && pass ||
    fail "$program.1 has no NAME line '$program - ...'"

  "$build/tools/$program" --help >"$scratch/help"
  help_options <"$scratch/help" >"$scratch/help.options"
  page_options <"$scratch/page" >"$scratch/page.options"
  [ -s "$scratch/help.options" ] && pass || fail "$program --help lists no options"
  undocumented=$(comm -23 "$scratch/help.options" "$scratch/page.options")
  [ -z "$undocumented" ] && pass ||
    fail "$program: options in --help but not in the man page's OPTIONS: $(echo $undocumented)"
  stale=$(comm -13 "$scratch/help.options" "$scratch/page.options")
  [ -z "$stale" ] && pass || fail "$program: options in the man page but not in --help: $(echo $stale)"
  for sub in $(help_subcommands <"$scratch/help"); do
    grep -qE "^ {7}$sub( |$)" <<<"$(section SUBCOMMANDS <"$scratch/page")" && pass ||
      fail "$program: subcommand '$sub' is not in the man page's SUBCOMMANDS"
    for option in $("$build/tools/$program" "$sub" --help | help_options); do
      grep -qE -- "(^|[ ,])$option([ ,]|$)" "$scratch/page" && pass ||
        fail "$program $sub: option $option is not in the man page"
    done
  done

  # The exit-status contract, the same for every program: 0, 1 and 2, nothing else.
  statuses=$(section "EXIT STATUS" <"$scratch/page" | grep -oE '^ {7}[0-9]+$' | tr -d ' ' | tr '\n' ' ')
  [ "$statuses" = "0 1 2 " ] && pass || fail "$program.1: EXIT STATUS lists '$statuses', not 0 1 2"
  grep -q "pressdex-query(7)" <<<"$(section "SEE ALSO" <"$scratch/page")" && pass ||
    fail "$program.1 does not refer to pressdex-query(7)"
done

# The query language: every field of the schema, every operator of the parser.
render "$build/man/pressdex-query.7" >"$scratch/query"
[ -s "$scratch/warnings" ] && fail "pressdex-query.7: groff warns: $(head -n 3 "$scratch/warnings")" || pass
fields=$(grep -oE 'Field [a-z_]+\{"[a-z]+"' "$source_dir/common/schema.hpp" | grep -oE '"[a-z]+"' | tr -d '"')
[ "$(wc -w <<<"$fields")" -ge 9 ] && pass || fail "fields not found in common/schema.hpp: $fields"
for field in $fields; do
  grep -qE "^ {7}$field:$" <<<"$(section FIELDS <"$scratch/query")" && pass ||
    fail "pressdex-query(7) does not document the field $field:"
done
operators=$(grep -oE 'operators\{[^}]*\}' "$source_dir/searcher/query.cpp" | grep -oE '"[A-Z]+"' | tr -d '"')
[ -n "$operators" ] && pass || fail "operators not found in searcher/query.cpp"
for operator in $operators; do
  grep -qw "$operator" <<<"$(section "WORDS AND OPERATORS" <"$scratch/query")" && pass ||
    fail "pressdex-query(7) does not document the operator $operator"
done
for form in 'date:2018-11-23' 'date:2018-11' 'date:2018' 'date:2018-01-01..2018-06-30' 'date:..2019' 'date:2018..'; do
  grep -qF "$form" <<<"$(section DATES <"$scratch/query")" && pass || fail "pressdex-query(7) lacks the date form $form"
done

# After `cmake --install`, man finds the pages of the programs on the PATH (man-db looks in
# ../share/man beside each PATH folder), compressed as Debian wants them.
prefix=$scratch/prefix
"$cmake" --install "$build" --component pressdex --prefix "$prefix" >"$scratch/install.log" 2>&1 ||
  fail "cmake --install: $(tail -n 5 "$scratch/install.log")"
for page in pressdex-index pressdex-search pressdex-query; do
  found=$(env -u MANPATH PATH="$prefix/bin:$PATH" man -w "$page" 2>&1)
  [[ "$found" == "$prefix/share/man/man"[17]"/$page".[17].gz ]] && pass ||
    fail "man -w $page after cmake --install finds '$found'"
done
env -u MANPATH PATH="$prefix/bin:$PATH" MANWIDTH=100 man pressdex-search 2>&1 | col -b >"$scratch/shown"
grep -q "pressdex-search - search press releases" "$scratch/shown" && grep -q "^EXIT STATUS" "$scratch/shown" &&
  pass || fail "man pressdex-search shows: $(head -n 5 "$scratch/shown")"

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
