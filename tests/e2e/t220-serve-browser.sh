# pressdex-serve in a real browser: tests/e2e/serve_browser.py drives headless Chromium over
# the page as a person would (search, speaker facet, quote mode, release, paging, the XSS
# release), and saves screenshots in serve-screenshots/ of the test's build folder.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
for tool in /usr/bin/chromium /usr/bin/chromedriver; do
  [ -x "$tool" ] || { echo "FAIL: $tool is missing (scripts/setup installs chromium and chromium-driver)"; exit 1; }
done
# Debian's python3, where python3-selenium is installed (not another python3 on the PATH).
py=/usr/bin/python3
"$py" -c 'import selenium' 2>/dev/null || { echo "FAIL: python3-selenium is missing (scripts/setup)"; exit 1; }
index=$scratch/index
mkdir -p "$corpus/invented"
cat >"$corpus/invented/xss-release.txt" <<'TXT'
Quillfeather Tonics Announces <script>document.title='PWNED'</script> Summer Range

BRAMBLETON, May 2, 2024 -- Quillfeather Tonics today announced its summer range. "><img src=x onerror="document.title='PWNED'"> See <a href="javascript:document.title='PWNED'">our page</a>.

"We mixed every flavour by hand," said Odile Marchetti, head blender at Quillfeather Tonics.
TXT
"$index_bin" --quiet --index "$index" "$corpus" >/dev/null || fail "indexing corpus/ failed"
start_server "$index" || { finish; exit; }
# Chromium needs a writable home for its profile.
HOME=$scratch timeout 120 "$py" "$(dirname "$0")/serve_browser.py" "$base" "$PWD/serve-screenshots" && pass ||
  fail "the browser test (screenshots in $PWD/serve-screenshots)"
finish
