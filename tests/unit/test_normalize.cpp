#include "common/normalize.hpp"

#include <doctest/doctest.h>

#include <algorithm>

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
    CHECK(n.fold("pae\u00ADdiatric") == n.fold("paediatric"));
    CHECK(n.fold("ca\u00ADre") == "care");
    CHECK(n.fold("zero\u200Bwidth\u200Cjoin\u200D\u2060\uFEFF") == "zerowidthjoin");
}

TEST_CASE("non-Latin scripts keep their meaning") {
    const Normalizer n;
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

TEST_CASE("British and American spellings fold to one") {
    const Normalizer n;
    CHECK(n.fold("Paediatric Oncology") == "pediatric oncology");
    CHECK(n.fold("pediatric oncology") == "pediatric oncology");
    CHECK(n.fold("the Organisation's programme") == "the organizations program");
    CHECK(n.fold("organisation organization") == "organization organization");
    CHECK(n.fold("centre centres centred") == "center centers centered");
    CHECK(n.fold("foetal anaesthesia behaviour colour-coded") ==
          "fetal anesthesia behavior color-coded");
    CHECK(n.fold("licence judgement ageing catalogued travelled") ==
          "license judgment aging cataloged traveled");
    // Phrases keep their shape: quotes, parentheses and punctuation around words stay.
    CHECK(n.fold("\"paediatric oncology\" (behaviour), colour.") ==
          "\"pediatric oncology\" (behavior), color.");
    // Upper case and curly apostrophes are folded first, then respelt.
    CHECK(n.fold("COLOUR’S") == "colors");
    // Through the ICU path too (a non-ASCII word elsewhere in the text).
    CHECK(n.fold("Zürich paediatric centre") == "zurich pediatric center");
}

TEST_CASE("words that only look like variants are left alone") {
    const Normalizer n;
    // No suffix rules: wise, hour, four, fire, shoe, poets, prise are words of their own.
    CHECK(n.fold("wise hour four fire more shoe poets prise analyses daemon") ==
          "wise hour four fire more shoe poets prise analyses daemon");
    // Only whole words: inside a longer token, beside digits or non-ASCII letters.
    CHECK(n.fold("colour2 2colour colour_scheme colouré") ==
          "colour2 2colour colour_scheme coloure");
}

TEST_CASE("the spelling table is sorted, canonical spellings are no variants") {
    const auto table = pressdex::spelling_variants();
    REQUIRE(table.size() > 1500);
    for (std::size_t i = 0; i < table.size(); ++i) {
        INFO(table[i].variant);
        if (i > 0) CHECK(table[i - 1].variant < table[i].variant);
        CHECK(pressdex::canonical_spelling(table[i].canonical) == table[i].canonical);
        CHECK(pressdex::canonical_spelling(table[i].variant) == table[i].canonical);
    }
    CHECK(pressdex::canonical_spelling("programme") == "program");
    CHECK(pressdex::canonical_spelling("program") == "program");
    CHECK(pressdex::canonical_spelling("hospital") == "hospital");
}

TEST_CASE("fold stays idempotent with respelling") {
    const Normalizer n;
    for (const auto& entry : pressdex::spelling_variants()) {
        const std::string once = n.fold(entry.variant);
        CHECK(n.fold(once) == once);
    }
}

TEST_CASE("Chinese, Japanese and Thai runs are cut into words") {
    const Normalizer n;
    const auto unspaced = [](std::string s) {
        s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
        return s;
    };
    // ICU's dictionary knows 保险 (insurance) and 集团 (group), not the name 泰康.
    const std::string chinese = n.fold("泰康保险集团");
    CHECK(chinese.find(' ') != std::string::npos);
    CHECK(unspaced(chinese) == "泰康保险集团");
    CHECK((" " + chinese + " ").find(" 保险 ") != std::string::npos);
    CHECK(n.fold(chinese) == chinese);
    // Japanese: kana and kanji, with the prolonged sound mark inside a word.
    const std::string japanese = n.fold("東京のコーヒー");
    CHECK(unspaced(japanese) == "東京のコーヒー");
    CHECK((" " + japanese + " ").find(" コーヒー ") != std::string::npos);
    // Thai is written without spaces between words too.
    const std::string thai = n.fold("ภาษาไทย");
    CHECK(unspaced(thai) == "ภาษาไทย");
    CHECK(thai.find(' ') != std::string::npos);
    // A Latin word glued to a Chinese one is a word of its own.
    CHECK(n.fold("泰康Healthcare").ends_with(" healthcare"));
    // Korean keeps its spaces; other scripts are untouched.
    CHECK(n.fold("한국어 문장") == "한국어 문장");
}

TEST_CASE("segment_words gives the cuts as byte ranges of the original text") {
    const std::string text = "ab 泰康保险 cd";
    const auto words = pressdex::segment_words(text);
    REQUIRE(words.size() >= 2);
    CHECK(words.front().first == 3);
    CHECK(words.back().second == 3 + std::string("泰康保险").size());
    CHECK(text.substr(words.back().first, words.back().second - words.back().first) == "保险");
    CHECK(pressdex::segment_words("plain ascii").empty());
}

TEST_CASE("hyphenated words are also offered joined") {
    CHECK(pressdex::joined_hyphen_words("send an e-mail today") == "email");
    CHECK(pressdex::joined_hyphen_words("covid-19 and state-of-the-art care") == "covid19 stateoftheart");
    CHECK(pressdex::joined_hyphen_words("on 2018-11-23, well -- not") == "");
    CHECK(pressdex::joined_hyphen_words("no hyphen here") == "");
}
