# An organisation's other names, learned in one release, work for every release: seed 000
# defines "The Children's Hospital of Philadelphia (CHOP)" and "Mount Sinai Health System
# (MSHS)"; a test release names the hospital only in full, another writes only "MSHS".
source "$(dirname "$0")/lib.sh"
mkdir -p "$scratch/seeds"
cp "$corpus"/seeds/* "$scratch/seeds/"
cat >"$scratch/seeds/test-full-name.txt" <<'TEXT'
Children's Hospital of Philadelphia opens new wing

PHILADELPHIA, March 3, 2025 -- Children's Hospital of Philadelphia today opened a new cardiac wing for young patients.

The hospital said the wing adds 40 beds.
TEXT
cat >"$scratch/seeds/test-acronym.txt" <<'TEXT'
MSHS expands ambulatory network

NEW YORK, April 7, 2025 -- MSHS will add two ambulatory centres in Queens.

"We are growing," said Jane Doe, chief executive officer of MSHS.
TEXT
index=$scratch/index
"$index_bin" --quiet --index "$index" "$scratch/seeds" >/dev/null || fail "indexing seeds failed"

# The acronym finds the release that never writes it, and the one that defines it.
expect_hit 'org:CHOP' seeds/test-full-name.txt
expect_hit 'org:CHOP' seeds/000_35193172f99c5425.txt
expect_hit 'org:chop cardiac' seeds/test-full-name.txt
# The reverse: the full name finds the release that only writes the acronym.
expect_hit 'org:"Mount Sinai Health System"' seeds/test-acronym.txt
expect_hit 'org:"The Mount Sinai Health System"' seeds/test-acronym.txt
expect_hit 'org:MSHS' seeds/001_2d0bd46c00fc22b8.txt   # names the system in full only
# A sign or NOT applies to every name of the organisation.
expect_no_hit 'hospital -org:CHOP' seeds/test-full-name.txt
expect_no_hit 'queens NOT org:"mount sinai health system"' seeds/test-acronym.txt
# Other organisations are not pulled in, and plain words are not widened.
expect_no_hit 'org:CHOP' seeds/test-acronym.txt
expect_no_hit 'CHOP' seeds/test-full-name.txt
# Quote mode: the quote of the acronym-only release, by the full name.
out=$("$search_bin" --index "$index" --quotes --json -- 'org:"Mount Sinai Health System" growing')
[[ "$out" == *'We are growing'* ]] && pass || fail "quote mode org: by full name: $out"
finish
