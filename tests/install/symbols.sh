# libpressdex exports its public API and nothing else of pressdex (after notmuch's
# symbol-hiding test): every pressdex symbol it defines must belong to the Searcher class,
# to the error classes of pressdex/error.hpp or to pressdex::output (pressdex/output.hpp). What else it defines are copies of inline
# code of the C++ library and of Xapian's exception classes, which the compiler must keep
# visible; none of them is ours.
set -uo pipefail
lib=${1:?usage: symbols.sh LIBRARY}
grep -q "SONAME.*libpressdex\.so\.[0-9]" <<<"$(readelf -d "$lib")" || { echo "FAIL: no SONAME"; exit 1; }
ours=$(nm -D --defined-only "$lib" | awk '{print $3}' | c++filt | grep 'pressdex::' | sort -u)
[ -n "$ours" ] || { echo "FAIL: libpressdex exports nothing of pressdex"; exit 1; }
unexpected=$(grep -v -E '^((typeinfo|typeinfo name|vtable) for )?pressdex::(Searcher|Error|QueryError|IndexError|FileError|output)(::|$)' <<<"$ours")
if [ -n "$unexpected" ]; then
  echo "FAIL: libpressdex exports internals:"; echo "$unexpected"; exit 1
fi
grep -q '^pressdex::Searcher::search' <<<"$ours" || { echo "FAIL: Searcher::search not exported"; exit 1; }
echo "$(wc -l <<<"$ours") pressdex symbols exported, all public"
