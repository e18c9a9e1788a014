# Hyphens: "email" finds "e-mail" and the reverse, and parts still match on their own.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
folder=$scratch/releases
mkdir -p "$folder"
printf 'Alpha release\n\nSend us an e-mail today about zebras and high-quality care.\n' > "$folder/alpha.txt"
printf 'Beta release\n\nSend us an email today about lions.\n' > "$folder/beta.txt"
"$index_bin" --quiet --index "$index" "$folder" >/dev/null || fail "index run failed"
expect_hit email alpha.txt
expect_hit email beta.txt
expect_hit e-mail alpha.txt
expect_hit e-mail beta.txt
expect_hit '"an e-mail"' alpha.txt
expect_hit '"high quality"' alpha.txt
expect_hit 'title:alpha e-mail' alpha.txt
expect_no_hit '-e-mail zebras' alpha.txt
finish
