#include "common/normalize.hpp"

#include <doctest/doctest.h>

using pressdex::Normalizer;

TEST_CASE("case, accents and compatibility forms fold") {
    const Normalizer n;
    CHECK(n.fold("Zürich") == "zurich");
    CHECK(n.fold("ZURICH") == "zurich");
    CHECK(n.fold("Ｆｕｌｌｗｉｄｔｈ") == "fullwidth");
    CHECK(n.fold("ﬁnance") == "finance");
    CHECK(n.fold("Straße") == "strasse");
    CHECK(n.fold("Øresund Æther") == "oresund aether");
    CHECK(n.fold("São Paulo, Besançon, Kraków") == "sao paulo, besancon, krakow");
}

TEST_CASE("apostrophes inside words disappear in every typographic form") {
    const Normalizer n;
    CHECK(n.fold("Children’s") == "childrens");
    CHECK(n.fold("Children's") == "childrens");
    CHECK(n.fold("Childrens") == "childrens");
    CHECK(n.fold("Children\u02BCs") == "childrens");
    CHECK(n.fold("Children’s Hospital") == n.fold("Children's Hospital"));
    // A quote mark that is not inside a word stays, as a plain apostrophe.
    CHECK(n.fold("a ‘pioneer’ here") == "a 'pioneer' here");
}

TEST_CASE("typographic quotes and dashes are unified") {
    const Normalizer n;
    CHECK(n.fold("“quoted”") == "\"quoted\"");
    CHECK(n.fold("«cité»") == "\"cite\"");
    CHECK(n.fold("2018–2019 — end") == "2018-2019 - end");
    CHECK(n.fold("x \u2212 y") == "x - y");
}

TEST_CASE("soft hyphens and zero-width characters are removed") {
    const Normalizer n;
    CHECK(n.fold("pae\u00ADdiatric") == "paediatric");
    CHECK(n.fold("zero\u200Bwidth\u200Cjoin\u200D\u2060\uFEFF") == "zerowidthjoin");
}

TEST_CASE("non-Latin scripts keep their meaning") {
    const Normalizer n;
    CHECK(n.fold("泰康保险") == "泰康保险");
    CHECK(n.fold("한국어") == "한국어"); // Hangul must be recomposed after decomposition
    CHECK(n.fold("हिन्दी") == "हिन्दी");   // Devanagari signs are not accents
    CHECK(n.fold("ΑΘΗΝΑ") == "αθηνα");
}

TEST_CASE("invalid UTF-8 does not throw") {
    const Normalizer n;
    const std::string bad = std::string("ab\xff\xfe") + "cd é";
    CHECK_NOTHROW((void)n.fold(bad));
    CHECK(n.fold(bad).find("cd e") != std::string::npos);
}

TEST_CASE("the ASCII fast path agrees with the ICU path") {
    const Normalizer n;
    // The trailing é forces the ICU path for the whole string.
    const std::string ascii = "O'Brien said: 'Hello' -- CHILDREN'S 90's rock 'n' roll `x`";
    std::string via_icu = n.fold(ascii + " é");
    CHECK(via_icu == n.fold(ascii) + " e");
}
