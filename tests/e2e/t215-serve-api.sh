# pressdex-serve's API and pages over corpus/: every status (200, 400, 404, 503), the
# security headers, path traversal (only indexed paths are served, by their stored path),
# an XSS release shown as text, the limits, and answers while the index is rebuilt.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
index=$scratch/index
# An invented release whose text tries markup, an event handler and a javascript: link.
mkdir -p "$corpus/invented"
cat >"$corpus/invented/xss-release.txt" <<'TXT'
Quillfeather Tonics Announces <script>document.title='PWNED'</script> Summer Range

BRAMBLETON, May 2, 2024 -- Quillfeather Tonics today announced its summer range. "><img src=x onerror="document.title='PWNED'"> See <a href="javascript:document.title='PWNED'">our page</a>.

"We mixed every flavour by hand," said Odile Marchetti, head blender at Quillfeather Tonics.
TXT
# An invented release whose quotations the extractor stores otherwise than the text writes
# them: a line break inside one, one running over two paragraphs, an em dash, spaced dots.
cat >"$corpus/invented/quotes-release.txt" <<'TXT'
Brindlewick Ferries Opens a Night Route to Saltmere

SALTMERE, March 4, 2025 -- Brindlewick Ferries today opened its first night route.

“We have waited ten years for this crossing,” said Tamsin Quarrie, chief executive of
Brindlewick Ferries. “The night route doubles what the harbour can carry — and it does so
without a single new berth.”

“Passengers asked for it every winter.

“Now they have it, and the fares stay where they were,” Quarrie added.

"Our crews trained for months . . . and they are ready," said Orrin Felsted, head of
operations at Brindlewick Ferries.
TXT
"$index_bin" --quiet --index "$index" "$corpus" >/dev/null || fail "indexing corpus/ failed"
start_server "$index" || { finish; exit; }

python3 - "$base" "$corpus" <<'PY' && pass || fail "API checks"
import json, sys, urllib.request, urllib.error, urllib.parse
base, corpus = sys.argv[1], sys.argv[2]
failed = []
def get(path):
    try:
        with urllib.request.urlopen(base + path, timeout=10) as r:
            return r.status, dict(r.headers), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode()
def check(cond, what):
    if not cond:
        failed.append(what); print("FAIL:", what, file=sys.stderr)
q = urllib.parse.quote

status, headers, body = get("/api/health")
check(status == 200 and json.loads(body)["status"] == "ok" and json.loads(body)["releases"] > 300, f"health: {status} {body[:200]}")
check(json.loads(body)["outdated_extraction"] == [], f"health of an index of this build: {body[:300]}")
check("default-src 'none'" in headers.get("Content-Security-Policy", "") and "script-src" not in headers.get("Content-Security-Policy", ""), f"CSP: {headers}")
check(headers.get("X-Content-Type-Options") == "nosniff", "nosniff")

status, _, body = get("/api/search?q=taikang&limit=5&facets=speaker,org,year")
res = json.loads(body)
check(status == 200 and res["json_version"] == 1, f"search status {status}")
check(res["hits"] and res["hits"][0]["path"].endswith("001_2d0bd46c00fc22b8.txt"), f"taikang first hit: {body[:300]}")
check("speaker" in res["facets"] and res["limit"] == 5, "facets")
check(res["cut_short"] is False, "cut_short without a time limit reached")
seed1 = res["hits"][0]["path"]

status, _, body = get("/api/search?q=speaker%3A%22arthur%20klein%22&quotes=1")
res = json.loads(body)
check(status == 200 and res["quotes"] and res["quotes"][0]["speaker"] == "Arthur Klein", f"quote mode: {body[:300]}")

status, _, body = get("/api/search?q=&like=" + q(seed1) + "&limit=3")
check(status == 200 and json.loads(body)["hits"][0]["path"].endswith("000_35193172f99c5425.txt"), f"like: {body[:200]}")
status, _, body = get("/api/search?q=Taikng%20healthcare")
check(json.loads(body)["suggestion"] == "Taikang healthcare", f"suggestion: {body[-200:]}")
status, _, body = get("/api/search?q=taikang&offset=1&limit=1&sort=date")
check(status == 200 and json.loads(body)["offset"] == 1, "offset")

# The page's date range is a date: filter; a bad date is a 400.
status, _, body = get("/?q=hospital&from=2018-01-01&to=2018-12-31&sort=date")
import re
dates = re.findall(r'<p class="meta"><span>(\d{4}-\d\d-\d\d)</span>', body)
check(status == 200 and dates and all(d.startswith("2018") for d in dates), f"date range: {status} {dates}")
status, _, body = get("/?q=hospital&from=2018-13")
check(status == 400 and "from" in body, f"bad from: {status}")

# 400: a query that cannot be parsed, with its one-line reason; bad parameters; limits.
for path, why in [("/api/search?q=%22unclosed", "unbalanced"), ("/api/search?q=taikang&limit=101", "limit"),
                  ("/api/search?q=taikang&limit=x", "limit"), ("/api/search?q=taikang&sort=foo", "sort"),
                  ("/api/search?q=taikang&facets=colour", "colour"), ("/api/search?q=" + "a" * 1001, "longer"),
                  ("/api/search?q=", "required"), ("/api/release", "path"),
                  ("/api/search?q=taikang&quotes=maybe", "quotes")]:
    status, headers, body = get(path)
    ok = status == 400 and headers.get("Content-Type", "").startswith("application/json")
    err = json.loads(body).get("error", {}) if ok else {}
    check(ok and err.get("status") == 400 and why in err.get("message", "") and "\n" not in err["message"],
          f"400 for {path[:60]}: {status} {body[:200]}")
status, _, body = get("/?q=%22unclosed")
check(status == 400 and "unbalanced" in body, f"page 400: {status}")

# 404: only indexed paths, by the exact stored path; never a file of the disk.
status, _, body = get("/api/release?path=" + q(seed1))
rel = json.loads(body) if status == 200 else {}
check(status == 200 and rel.get("title") == "Mount Sinai collaborates with Taikang Healthcare" and rel.get("quotes"), f"release: {status} {body[:200]}")
for path in ["/etc/passwd", corpus + "/seeds/../seeds/001_2d0bd46c00fc22b8.txt", "../../../etc/passwd",
             corpus + "/seeds", corpus + "/seeds/001_2d0bd46c00fc22b8.txt.bak", "seeds/001_2d0bd46c00fc22b8.txt",
             corpus + "/seeds/001_2d0bd46c00fc22b8.txt\x00", corpus + "/../../etc/passwd"]:
    for route in ["/api/release?path=", "/release?path="]:
        status, _, body = get(route + q(path))
        check(status == 404 and "root:" not in body, f"404 for {route}{path!r}: {status}")
status, _, body = get("/api/nothing")
check(status == 404 and json.loads(body)["error"]["status"] == 404, f"unknown API route: {status}")
status, _, body = get("/no/such/page")
check(status == 404 and "<html" in body, f"unknown page: {status}")
status, _, _ = get("/static/../../../../etc/passwd")
check(status in (400, 404), f"static traversal: {status}")

# XSS: the release's markup is text on every page that shows it.
status, _, body = get("/?q=quillfeather")
check(status == 200 and "&lt;script&gt;" in body and "<script>" not in body and "<img" not in body
      and 'href="javascript:' not in body, "XSS in results page")
xss_hits = [h["path"] for h in json.loads(get("/api/search?q=quillfeather")[2])["hits"] if "xss-release" in h["path"]]
check(xss_hits, "the XSS release is not found")
xss_path = xss_hits[0] if xss_hits else "/none"
status, _, body = get("/release?path=" + q(xss_path))
check(status == 200 and "&lt;script&gt;" in body and "<script" not in body and "<img" not in body
      and 'href="javascript:' not in body and "Odile Marchetti" in body, f"XSS in release page {status}")
# Every quotation of the invented release is marked in its text, none left below it.
status, _, body = get("/release?path=" + q(corpus + "/invented/quotes-release.txt"))
text = body.split('<div class="text">', 1)[-1].split("</div>", 1)[0]
check(status == 200 and text.count('<q class="said"') == 4 and "Also quoted" not in body
      and "every winter.\n\n\u201cNow they have it" in text and "carry \u2014 and it does so\nwithout" in text,
      f"quotes in the release view: {status} {text[:1500]}")
status, _, body = get("/?q=" + q('"><script>alert(1)</script>'))
check("<script>alert" not in body, "XSS in the query echoed")
# A release with no headline shows its first words.
status, _, body = get("/api/release?path=" + q(corpus + "/seeds/000_35193172f99c5425.txt"))
hit = json.loads(body) if status == 200 else {"title": None, "display_title": None}
check(hit["title"] == "" and hit["display_title"] and hit["display_title"] != "(no title)", f"first words as title: {status} {hit['display_title']!r}")
# Requests with a body are refused.
req = urllib.request.Request(base + "/api/search?q=x", data=b"x" * 100000, method="POST")
try:
    urllib.request.urlopen(req, timeout=10); check(False, "POST accepted")
except urllib.error.HTTPError as e:
    check(e.code in (404, 405, 413, 400), f"POST: {e.code}")
except Exception:
    pass
sys.exit(1 if failed else 0)
PY

# The CLI shows a release without a headline by its first words too.
out=$("$search_bin" --index "$index" -n 1 path:35193172f99c5425)
[[ "$out" == "1. "* && "$out" != *"(no title)"* ]] && pass || fail "pressdex-search shows (no title): $out"

# Searches go on while the index is rebuilt: every answer is 200.
"$index_bin" --quiet --rebuild --index "$index" "$corpus" >/dev/null 2>&1 &
rebuild=$!
python3 - "$base" "$rebuild" <<'PY' && pass || fail "searches during a rebuild"
import os, sys, time, urllib.request, urllib.error
base, pid = sys.argv[1], int(sys.argv[2])
n = 0
def running():
    try:
        os.kill(pid, 0); return True
    except OSError:
        return False
while running() or n < 50:
    for q in ["taikang", "hospital", "%22health%20care%22", "speaker%3Aklein&quotes=1"]:
        try:
            with urllib.request.urlopen(f"{base}/api/search?q={q}", timeout=10) as r:
                assert r.status == 200
        except urllib.error.HTTPError as e:
            print("FAIL:", q, e.code, e.read()[:200], file=sys.stderr); sys.exit(1)
        n += 1
print(n, "searches during the rebuild", file=sys.stderr)
PY
wait "$rebuild" || fail "rebuild failed"

# A search that outlasts --time-limit answers with what it found, marked cut short. A limit
# of a microsecond has always run out by the time the search reads its first match.
start_server "$index" -- --time-limit 0.001 || { finish; exit; }
python3 - "$base" <<'PY' && pass || fail "a search cut short by --time-limit"
import json, sys, urllib.request
with urllib.request.urlopen(sys.argv[1] + "/api/search?q=hospital&facets=year", timeout=10) as r:
    res = json.loads(r.read())
assert r.status == 200 and res["cut_short"] is True, res
with urllib.request.urlopen(sys.argv[1] + "/?q=hospital", timeout=10) as r:
    page = r.read().decode()
assert r.status == 200 and 'id="cut-short"' in page and "too long" in page, page[:500]
PY

# 503: an index that cannot be read; the server still starts and says so per request.
start_server "$scratch/no-such-index" || { finish; exit; }
python3 - "$base" <<'PY' && pass || fail "503 for an unreadable index"
import json, sys, urllib.request, urllib.error
for path in ["/api/health", "/api/search?q=taikang", "/api/release?path=/x", "/?q=taikang"]:
    try:
        urllib.request.urlopen(sys.argv[1] + path, timeout=10); sys.exit(f"{path}: 200")
    except urllib.error.HTTPError as e:
        assert e.code == 503, (path, e.code)
        if path.startswith("/api/"):
            assert json.loads(e.read())["error"]["kind"] == "index_unavailable"
PY
# Bad options are usage errors.
"$serve_bin" --listen nonsense >/dev/null 2>&1; [ $? -eq 2 ] && pass || fail "--listen nonsense: not status 2"
"$serve_bin" --threads 0 >/dev/null 2>&1; [ $? -eq 2 ] && pass || fail "--threads 0: not status 2"
"$serve_bin" --time-limit -1 >/dev/null 2>&1; [ $? -eq 2 ] && pass || fail "--time-limit -1: not status 2"
finish
