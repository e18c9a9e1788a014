#include "common/character_references.hpp"

#include <doctest/doctest.h>

using pressdex::with_referenced_characters;

TEST_CASE("character references become the characters they stand for") {
    CHECK(with_referenced_characters("Health &amp; Beauty") == "Health & Beauty");
    CHECK(with_referenced_characters("&lt;b&gt; &quot;Quill&quot; &apos;s") == "<b> \"Quill\" 's");
    CHECK(with_referenced_characters("Quill&#39;s &#x2019; &#8212;") == "Quill's \u2019 \u2014");
}

TEST_CASE("what is no reference is left as written") {
    CHECK(with_referenced_characters("Quill & Venn") == "Quill & Venn");
    CHECK(with_referenced_characters("Q&V; R&D") == "Q&V; R&D");
    CHECK(with_referenced_characters("&nbspx; &#; &#xZZ; &#0; &#xD800; &#1114112;") ==
          "&nbspx; &#; &#xZZ; &#0; &#xD800; &#1114112;");
    CHECK(with_referenced_characters("ends with &amp") == "ends with &amp");
}
