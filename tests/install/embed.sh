# Installs pressdex into a scratch prefix, builds examples/embed out of tree against that
# prefix only (CMake package, then pkg-config), indexes corpus/ with the installed
# pressdex-index and checks what the example and the installed pressdex-search print.
set -uo pipefail
build=${PRESSDEX_BUILD_DIR:?}
source_dir=${PRESSDEX_SOURCE_DIR:?}
cmake=${CMAKE_COMMAND:-cmake}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
prefix=$scratch/prefix
failures=0
checks=0
pass() { checks=$((checks + 1)); }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*" >&2; }

"$cmake" --install "$build" --prefix "$prefix" >"$scratch/install.log" 2>&1 ||
  { cat "$scratch/install.log" >&2; echo "0 passed, 1 failed"; exit 1; }
for f in bin/pressdex-index bin/pressdex-search include/pressdex/searcher.hpp \
         include/pressdex/error.hpp include/pressdex/export.hpp include/pressdex/version.hpp; do
  [ -e "$prefix/$f" ] && pass || fail "not installed: $f"
done
lib=$(find "$prefix" -name 'libpressdex.so.*.*.*' | head -n 1)
[ -n "$lib" ] && pass || fail "libpressdex.so.X.Y.Z not installed"
libdir=$(dirname "$lib")
for f in pkgconfig/pressdex.pc cmake/pressdex/pressdexConfig.cmake \
         cmake/pressdex/pressdexConfigVersion.cmake; do
  [ -e "$libdir/$f" ] && pass || fail "not installed: $f"
done
# Private headers and static libraries stay out of the prefix.
[ -z "$(find "$prefix" -name '*.a' -o -name 'query.hpp' -o -name 'schema.hpp')" ] && pass ||
  fail "internal files installed: $(find "$prefix" -name '*.a' -o -name 'query.hpp' -o -name 'schema.hpp')"

# The example, configured with nothing but the prefix: no package registry, no build tree.
"$cmake" -S "$source_dir/examples/embed" -B "$scratch/embed" -G "${CMAKE_GENERATOR:-Ninja}" \
  -DCMAKE_CXX_COMPILER="${CXX:-c++}" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF \
  >"$scratch/embed.log" 2>&1 && "$cmake" --build "$scratch/embed" >>"$scratch/embed.log" 2>&1 &&
  pass || { cat "$scratch/embed.log" >&2; fail "examples/embed does not build against the prefix"; }
grep -q "$prefix" "$scratch/embed/CMakeCache.txt" && pass || fail "pressdex not found in the prefix"

# corpus/ without corpus/formats/, whose extra releases the count below leaves out.
cp -r "$source_dir/corpus" "$scratch/corpus" && rm -rf "$scratch/corpus/formats"
"$prefix/bin/pressdex-index" --quiet --index "$scratch/index" "$scratch/corpus" >/dev/null ||
  fail "installed pressdex-index failed"
"$scratch/embed/embed" taikang "$scratch/index" >"$scratch/out" 2>&1 ||
  fail "embed failed: $(cat "$scratch/out")"
cat "$scratch/out"
total=$(find "$scratch/corpus" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' \) | wc -l)
grep -q "^pressdex $(cat "$source_dir/VERSION"): 2 of $total releases match 'taikang'$" \
  "$scratch/out" && pass || fail "embed's summary line"
grep -q "^1\. 2018-11-23  Mount Sinai collaborates with Taikang Healthcare$" "$scratch/out" && pass ||
  fail "embed's first hit"
grep -q "^   quoted in [0-9]*: [A-Z]" "$scratch/out" && pass || fail "embed's speaker facet"
# Errors cross the library boundary as pressdex's own types.
"$scratch/embed/embed" '"unbalanced' "$scratch/index" >"$scratch/err" 2>&1
[ $? -eq 2 ] && grep -q "^embed: bad query: " "$scratch/err" && pass ||
  fail "a QueryError is not caught as such: $(cat "$scratch/err")"
"$scratch/embed/embed" x "$scratch/nothing" >"$scratch/err" 2>&1
[ $? -eq 1 ] && grep -q "no index here" "$scratch/err" && pass ||
  fail "an IndexError is not caught as such: $(cat "$scratch/err")"

# The installed pressdex-search finds the installed libpressdex (RPATH $ORIGIN/../lib).
loaded=$(ldd "$prefix/bin/pressdex-search" | awk '/libpressdex/ {print $3}')
[ -n "$loaded" ] && [ "$(realpath "$(dirname "$loaded")")" = "$(realpath "$libdir")" ] && pass ||
  fail "installed pressdex-search loads '$loaded', not the installed libpressdex"
found=$("$prefix/bin/pressdex-search" --index "$scratch/index" title:taikang) && grep -q "Taikang" <<<"$found" && pass ||
  fail "installed pressdex-search"

# pkg-config, from the installed .pc alone.
if command -v pkg-config >/dev/null; then
  flags=$(PKG_CONFIG_PATH="$libdir/pkgconfig" PKG_CONFIG_LIBDIR=/nonexistent pkg-config --cflags --libs pressdex) &&
  "${CXX:-c++}" -std=c++17 "$source_dir/examples/embed/main.cpp" $flags -Wl,-rpath,"$libdir" \
    -o "$scratch/embed-pc" 2>"$scratch/pc.log" &&
  "$scratch/embed-pc" taikang "$scratch/index" | cmp -s - "$scratch/out" && pass ||
    fail "pkg-config build: $flags $(cat "$scratch/pc.log")"
fi

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
