# org:NAME also finds a release that names an organisation in its text without the
# extraction having seen it there, when the rest of the index says the name is mostly an
# organisation's, or when no release names it as an organisation and it has several words; a
# name that releases mostly use as a word is not widened (issue 16).
source "$(dirname "$0")/lib.sh"
index=$scratch/index
folder=$scratch/releases
mkdir -p "$folder"
cat >"$folder/a.md" <<'MD'
# Quellmark Robotics Inc. opens a plant

Quellmark Robotics Inc. (NASDAQ: QMRK), a maker of warehouse robots, today announced a new plant in Ohio.
MD
cat >"$folder/b.md" <<'MD'
# Quellmark Robotics Inc. names a new CEO

Quellmark Robotics Inc., a leading provider of warehouse automation, named Dana Whitfield chief executive.
MD
cat >"$folder/c.md" <<'MD'
# Warehouse automation grows

Buyers compared offers from quellmark robotics and other vendors before the season.
MD
cat >"$folder/d.md" <<'MD'
# Tessaly Stores Corporation reports earnings

Tessaly Stores Corporation (NYSE: TSS), a retailer, reported quarterly results.
MD
for n in 1 2 3 4 5 6 7 8 9; do
  printf '# Sales target %s\n\nThe team set a sales target for the quarter and met the target early.\n' "$n" >"$folder/t$n.md"
done
printf '# Target Corporation reports\n\nTarget Corporation (NYSE: TGT), a retailer, reported results.\n' >"$folder/u1.md"
printf '# Target Corporation opens stores\n\nTarget Corporation (NYSE: TGT) opened stores.\n' >"$folder/u2.md"
printf '# A walk\n\nvolunteers walked the north ridge trail on saturday.\n' >"$folder/w.md"
"$index_bin" --quiet --index "$index" "$folder" >/dev/null || fail "indexing failed"

expect_hit 'org:"quellmark robotics"' c.md
expect_hit 'org:"quellmark robotics"' a.md
expect_no_hit 'org:"quellmark robotics"' d.md
expect_no_hit 'org:target' t1.md
expect_hit 'org:target' u1.md
# a name of several words that no release names as an organisation: the text is all there is
expect_hit 'org:"north ridge trail"' w.md
# one ordinary word that no release names as an organisation stays a field search; a rare
# word that is no ordinary word is looked for in the text
expect_no_hit 'org:trail' w.md
printf '# A grant\n\nThe lab thanked Quenvyx for a grant and shared its results.\n' >"$folder/x.md"
"$index_bin" --quiet --index "$index" "$folder" >/dev/null || fail "indexing failed"
expect_hit 'org:quenvyx' x.md
expect_hit 'org:Quenvyx' x.md
# quote mode: org: is the speaker's organisation, never the quotation's words
expect_no_hit 'org:"quellmark robotics"' c.md --quotes
finish
