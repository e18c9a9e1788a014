# A folder of many tiny files (5,000 here; scripts/stress-files runs 100,000): indexed,
# searchable, re-run without reading them, and half deleted.
#   PRESSDEX_MANY_FILES=N   how many (default 5000)
source "$(dirname "$0")/lib.sh"
count=${PRESSDEX_MANY_FILES:-5000}
index=$scratch/index
folder=$scratch/many
mkdir -p "$folder"
python3 - "$folder" "$count" <<'EOF'
import os, sys
folder, count = sys.argv[1], int(sys.argv[2])
for i in range(count):
    with open(os.path.join(folder, f"r{i:06d}.txt"), "w") as f:
        f.write(f"Release {i}\n\nTiny release number {i} with marker m{i}x.\n")
EOF
run() { timeout 3600 "$index_bin" --quiet --index "$index" "$folder"; }

started=$SECONDS
expect_output_contains "added $count, updated 0, unchanged 0, removed 0, skipped 0; $count releases" run
echo "indexing $count files: $((SECONDS - started)) s"
last=$((count - 1))
expect_first_hit "m0x" r000000.txt
expect_first_hit "m${last}x" "$(printf 'r%06d.txt' "$last")"

started=$SECONDS
expect_output_contains "added 0, updated 0, unchanged $count, removed 0" run
echo "re-run over $count unchanged files: $((SECONDS - started)) s"

find "$folder" -name 'r*[02468].txt' -delete
half=$(find "$folder" -type f | wc -l)
expect_output_contains "added 0, updated 0, unchanged $half, removed $((count - half)), skipped 0; $half releases" run
expect_no_hit "m0x" r000000.txt
finish
