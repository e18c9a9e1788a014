# The Debian packages, end to end: scripts/package builds them (in BUILD/deb, configured for
# /usr) and lintian finds no error; their contents and dependencies are what they should be,
# and apt resolves those dependencies on a system with nothing installed (a fresh Debian 12,
# from this machine's package lists); dpkg installs them into a throwaway root - not this
# machine's system: --root, with the maintainer scripts run chroot-free on $DPKG_ROOT - and
# from there pressdex indexes and searches corpus/, man shows the pages, bash completes, and
# the service's command line, as systemd would run it, keeps an index of a folder up to date;
# then dpkg removes and purges them.
set -uo pipefail
build=${PRESSDEX_BUILD_DIR:?}
source_dir=${PRESSDEX_SOURCE_DIR:?}
deb_build=${PRESSDEX_DEB_BUILD_DIR:-$build/deb}
scratch=$(mktemp -d)
watcher=""
trap '[ -n "$watcher" ] && kill -KILL "$watcher" 2>/dev/null; rm -rf "$scratch"' EXIT
failures=0
checks=0
pass() { checks=$((checks + 1)); }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*" >&2; }
finish() { echo "$((checks - failures)) passed, $failures failed"; [ "$failures" -eq 0 ]; exit; }

if ! "$source_dir/scripts/package" "$deb_build" >"$scratch/package.log" 2>&1; then
  tail -n 40 "$scratch/package.log"
  fail "scripts/package failed (lintian errors are shown above, if any)"
  finish
fi
grep -E '^[EW]: ' "$scratch/package.log" # what lintian said, for the log
grep -q '^E: ' "$scratch/package.log" && fail "lintian reports errors" || pass
deb=$(ls "$deb_build"/pressdex_*.deb)
dev=$(ls "$deb_build"/libpressdex-dev_*.deb)
version="$(cat "$source_dir/VERSION")-$(sed -n '1s/^pressdex ([^-]*-\([^)]*\)).*/\1/p' "$source_dir/packaging/debian/changelog")"

# What is in which package.
[ "$(dpkg-deb -f "$deb" Package Version)" = "$(printf 'Package: pressdex\nVersion: %s' "$version")" ] && pass ||
  fail "pressdex package: $(dpkg-deb -f "$deb" Package Version)"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$scratch/runtime.files"
dpkg-deb -c "$dev" | awk '{print $6}' | sed 's|^\./|/|' >"$scratch/dev.files"
for file in /usr/bin/pressdex-index /usr/bin/pressdex-search '/usr/lib/[^/]*/libpressdex\.so\.0\.' \
            /usr/share/man/man1/pressdex-index.1.gz /usr/share/man/man1/pressdex-search.1.gz \
            /usr/share/man/man7/pressdex-query.7.gz /usr/share/bash-completion/completions/pressdex-search \
            /usr/share/bash-completion/completions/pressdex-index /lib/systemd/system/pressdex-watch.service \
            /etc/default/pressdex /usr/lib/sysusers.d/pressdex.conf /usr/share/doc/pressdex/copyright \
            /usr/share/doc/pressdex/changelog.Debian.gz; do
  grep -q "^$file" "$scratch/runtime.files" && pass || fail "pressdex lacks $file"
done
for file in /usr/include/pressdex/searcher.hpp /usr/include/pressdex/version.hpp \
            '/usr/lib/[^/]*/libpressdex\.so$' '/usr/lib/[^/]*/pkgconfig/pressdex\.pc' \
            '/usr/lib/[^/]*/cmake/pressdex/pressdexConfig\.cmake' /usr/share/doc/libpressdex-dev/copyright; do
  grep -q "^$file" "$scratch/dev.files" && pass || fail "libpressdex-dev lacks $file"
done
grep -qE '/include/|\.pc$|\.cmake$' "$scratch/runtime.files" && fail "development files in pressdex" || pass
grep -qE '/bin/|\.so\.0' "$scratch/dev.files" && fail "runtime files in libpressdex-dev" || pass
# Dependencies found by dpkg-shlibdeps; the -dev package needs this very pressdex.
depends=$(dpkg-deb -f "$deb" Depends)
for library in libxapian30 libicu72 libc6 libstdc++6; do
  [[ "$depends" == *"$library ("* ]] && pass || fail "pressdex does not depend on $library: $depends"
done
[ "$(dpkg-deb -f "$dev" Depends)" = "pressdex (= $version)" ] && pass ||
  fail "libpressdex-dev depends on '$(dpkg-deb -f "$dev" Depends)'"
dpkg-deb -e "$deb" "$scratch/control"
grep -qx /etc/default/pressdex "$scratch/control/conffiles" && pass || fail "/etc/default/pressdex is no conffile"
grep -q "libpressdex 0 pressdex" "$scratch/control/shlibs" && pass || fail "no shlibs for libpressdex"

# A fresh Debian 12: apt, with an empty list of installed packages, resolves everything the
# packages need from the archive (this machine's package lists; nothing is downloaded).
: >"$scratch/nothing-installed"
apt-get -o Dir::State::status="$scratch/nothing-installed" --simulate install "$deb" "$dev" \
  >"$scratch/apt.log" 2>&1 && grep -q "^Inst libxapian30 " "$scratch/apt.log" &&
  grep -q "^Inst pressdex " "$scratch/apt.log" && pass ||
  fail "apt cannot install the packages on an empty system: $(grep -E '^E:|^ ' "$scratch/apt.log" | head -n 5)"

# Installed into a throwaway root. Its dpkg database holds this machine's entries of the
# packages pressdex depends on, so that dpkg checks the dependencies against real Debian
# packages; their files are this machine's, which the programs load.
root=$scratch/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
needed=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*//; s/ //g' | sort -u)
python3 - "$root/var/lib/dpkg/status" $needed <<'EOF'
import sys
out, wanted = sys.argv[1], set(sys.argv[2:])
entries = open("/var/lib/dpkg/status", encoding="utf-8").read().split("\n\n")
keep = [e for e in entries if any(l == "Package: " + w for l in e.splitlines() for w in wanted)]
open(out, "w", encoding="utf-8").write("\n\n".join(keep).strip() + "\n\n")
EOF
for package in $needed; do : >"$root/var/lib/dpkg/info/$package.list"; done
host_user_before=$(getent passwd pressdex)
dpkg --root="$root" --force-script-chrootless --force-not-root -i "$deb" "$dev" >"$scratch/dpkg.log" 2>&1 && pass ||
  fail "dpkg -i into the throwaway root: $(tail -n 8 "$scratch/dpkg.log")"
[ "$(dpkg --root="$root" -l pressdex libpressdex-dev 2>/dev/null | grep -c "^ii  [a-z-]* *$version")" -eq 2 ] && pass ||
  fail "not installed: $(dpkg --root="$root" -l pressdex libpressdex-dev 2>&1 | tail -n 2)"
grep -q "^pressdex:" "$root/etc/passwd" && pass || fail "postinst made no system user pressdex in the root"
[ "$(getent passwd pressdex)" = "$host_user_before" ] && pass || fail "the package's scripts changed this machine's users"

# Used from the root: its programs and its libpressdex.
export LD_LIBRARY_PATH
LD_LIBRARY_PATH=$(dirname "$(ls "$root"/usr/lib/*/libpressdex.so.0)")
grep -q "$root/usr/lib/.*/libpressdex.so.0" <<<"$(ldd "$root/usr/bin/pressdex-search")" && pass ||
  fail "the installed pressdex-search does not load the installed libpressdex"
grep -qE 'RPATH|RUNPATH' <<<"$(readelf -d "$root/usr/bin/pressdex-search")" && fail "pressdex-search has an RPATH" || pass
"$root/usr/bin/pressdex-index" --quiet --index "$scratch/index" "$source_dir/corpus" >"$scratch/out" 2>&1 &&
  grep -q "releases in the index" "$scratch/out" && pass || fail "installed pressdex-index: $(cat "$scratch/out")"
"$root/usr/bin/pressdex-search" --index "$scratch/index" title:taikang >"$scratch/out" 2>&1 &&
  grep -q "Mount Sinai collaborates with Taikang Healthcare" "$scratch/out" && pass ||
  fail "installed pressdex-search: $(head -n 5 "$scratch/out")"
"$root/usr/bin/pressdex-search" --index "$scratch/index" --sort foo taikang 2>/dev/null
[ $? -eq 2 ] && pass || fail "installed pressdex-search: a usage error does not exit with 2"

# man finds and shows the pages of the programs on the PATH.
found=$(env -u MANPATH PATH="$root/usr/bin:$PATH" man -w pressdex-search 2>&1)
[ "$found" = "$root/usr/share/man/man1/pressdex-search.1.gz" ] && pass || fail "man -w pressdex-search: $found"
env -u MANPATH PATH="$root/usr/bin:$PATH" MANWIDTH=100 man pressdex-search 2>&1 | col -b >"$scratch/page"
grep -q "pressdex-search - search press releases" "$scratch/page" && grep -q "^EXIT STATUS" "$scratch/page" &&
  pass || fail "man pressdex-search shows: $(head -n 5 "$scratch/page")"
# bash-completion finds the installed completion by command name.
completed=$(XDG_DATA_DIRS="$root/usr/share" bash --norc --noprofile -c '
  source /usr/share/bash-completion/bash_completion
  COMP_WORDS=(pressdex-search --fa) COMP_CWORD=1 COMP_LINE="pressdex-search --fa" COMP_POINT=20
  _completion_loader pressdex-search
  _pressdex_search pressdex-search --fa pressdex-search 2>/dev/null
  echo "${COMPREPLY[*]}"')
[ "$completed" = "--facets" ] && pass || fail "installed completion of 'pressdex-search --fa': '$completed'"

# The service: systemd finds nothing wrong in the unit, and its command line, with the
# settings of /etc/default/pressdex, indexes the folder set there and follows it.
unit=$root/lib/systemd/system/pressdex-watch.service
if command -v systemd-analyze >/dev/null; then
  sed "s|/usr/bin/|$root/usr/bin/|" "$unit" >"$scratch/pressdex-watch.service"
  systemd-analyze verify --man=no "$scratch/pressdex-watch.service" >"$scratch/verify" 2>&1 &&
    [ ! -s "$scratch/verify" ] && pass || fail "systemd-analyze verify: $(cat "$scratch/verify")"
fi
grep -q "^WantedBy=multi-user.target" "$unit" && [ ! -e "$root/etc/systemd/system/multi-user.target.wants/pressdex-watch.service" ] &&
  pass || fail "the service is not shipped disabled"
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
mkdir -p "$scratch/service/releases" "$scratch/service/lib"
cp "$source_dir"/corpus/seeds/* "$scratch/service/releases/"
# systemd's expansion: ${NAME} is one word, $NAME splits at spaces; as a shell does here.
(
  set -a
  source "$root/etc/default/pressdex"
  PRESSDEX_FOLDERS="$scratch/service/releases"
  PRESSDEX_INDEX="$scratch/service/lib/index"
  set +a
  eval "set -- $exec_start"
  exec "$root$1" "${@:2}"
) >"$scratch/service.out" 2>"$scratch/service.err" &
watcher=$!
for _ in $(seq 600); do grep -q '^watching ' "$scratch/service.out" && break; sleep 0.05; done
grep -q '^watching 1 folder' "$scratch/service.out" && pass ||
  fail "the service's command line: $(cat "$scratch/service.out" "$scratch/service.err")"
printf '# Service test: the okapi release\n\nThe okapi release.\n' >"$scratch/service/releases/okapi.md"
for _ in $(seq 600); do
  grep -q okapi.md <<<"$("$root/usr/bin/pressdex-search" --index "$scratch/service/lib/index" okapi 2>/dev/null)" && break
  sleep 0.05
done
found=$("$root/usr/bin/pressdex-search" --index "$scratch/service/lib/index" okapi) && grep -q okapi.md <<<"$found" && pass ||
  fail "the service's command line does not follow the folder"
kill "$watcher"; wait "$watcher" 2>/dev/null; watcher=""

# Removed (the settings stay, as a conffile), then purged (they go, and so does the state).
mkdir -p "$root/var/lib/pressdex/index"
dpkg --root="$root" --force-script-chrootless --force-not-root -r libpressdex-dev pressdex >"$scratch/dpkg.log" 2>&1 &&
  [ ! -e "$root/usr/bin/pressdex-search" ] && [ -f "$root/etc/default/pressdex" ] && pass ||
  fail "dpkg -r: $(tail -n 5 "$scratch/dpkg.log")"
dpkg --root="$root" --force-script-chrootless --force-not-root -P pressdex >"$scratch/dpkg.log" 2>&1 &&
  [ ! -e "$root/etc/default/pressdex" ] && [ ! -e "$root/var/lib/pressdex" ] && pass ||
  fail "dpkg -P: $(tail -n 5 "$scratch/dpkg.log"); left: $(ls "$root/etc/default" "$root/var/lib" 2>&1)"
finish
