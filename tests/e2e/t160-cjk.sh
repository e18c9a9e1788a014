# Chinese (and Japanese, Thai...) text is cut into words the same way at index and query
# time: a search for a Chinese word finds the release and highlights it.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
"$index_bin" --quiet --index "$index" "$corpus" >/dev/null || fail "indexing corpus/ failed"
gd=blockchainwire/2024/0610/crypto-news-gdmining-officially-launches-free-cloud-mining-plans-driving-sustainable-digital-economy.md

expect_first_hit '比特币' $gd          # bitcoin
expect_first_hit '首席执行官' $gd      # chief executive officer
expect_first_hit '"云挖矿平台"' $gd    # "cloud mining platform", a phrase
expect_first_hit '挖矿 GDMining' $gd   # Chinese and Latin words together
expect_hit 'title:GDMining 挖矿' $gd
expect_no_hit '比特币' seeds/001_2d0bd46c00fc22b8.txt
# Highlighting on a terminal marks the Chinese words inside an unspaced sentence.
out=$(script -qec "$search_bin --index $index -n 1 -- 首席执行官" /dev/null)
if [[ "$out" == *$'\e[1;33m首席\e[0m'* || "$out" == *$'\e[1;33m首席执行官\e[0m'* ]]; then pass
else fail "highlighting of 首席执行官: $out"; fi

# A company name the dictionary does not know (泰康, Taikang) is found inside a longer run.
mkdir -p "$scratch/zh"
printf '泰康保险集团与西奈山医疗集团签署合作协议\n\n泰康保险集团今天宣布与西奈山医疗集团达成战略合作，在南京建立国际医疗中心。\n' \
  >"$scratch/zh/taikang.txt"
"$index_bin" --quiet --index "$scratch/zh-index" "$scratch/zh" >/dev/null || fail "indexing zh failed"
index=$scratch/zh-index
expect_first_hit '泰康' zh/taikang.txt
expect_first_hit 'title:泰康保险' zh/taikang.txt
expect_first_hit '南京' zh/taikang.txt
out=$(script -qec "$search_bin --index $index -n 1 -- 泰康" /dev/null)
[[ "$out" == *$'\e[1;33m泰'* ]] && pass || fail "highlighting of 泰康: $out"
finish
