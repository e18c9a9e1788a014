#include "common/schema.hpp"
#include "searcher/date_query.hpp"
#include "searcher/number_words.hpp"
#include "searcher/query.hpp"
#include "pressdex/error.hpp"

#include <doctest/doctest.h>

#include <set>

using pressdex::date_field_query;
using pressdex::QueryError;

TEST_CASE("date: a day, a month and a year are boolean terms") {
    CHECK(date_field_query("2018-11-23").get_description() == "Query(D20181123)");
    CHECK(date_field_query("2018-11").get_description() == "Query(M201811)");
    CHECK(date_field_query("2018").get_description() == "Query(Y2018)");
}

TEST_CASE("date: ranges cover whole days, months and years at both ends") {
    CHECK(date_field_query("2018-01-01..2018-06-30").get_description() ==
          "Query(VALUE_RANGE 0 20180101 20180630)");
    CHECK(date_field_query("2018..2019-02").get_description() ==
          "Query(VALUE_RANGE 0 20180101 20190228)");
    CHECK(date_field_query("..2019").get_description() == "Query(VALUE_LE 0 20191231)");
    CHECK(date_field_query("2020-02..").get_description() == "Query(VALUE_GE 0 20200201)");
}

TEST_CASE("date: impossible dates and reversed ranges are query errors") {
    CHECK_THROWS_AS((void)date_field_query("2018-13-45"), QueryError);
    CHECK_THROWS_AS((void)date_field_query("2019-02-29"), QueryError);
    CHECK_NOTHROW((void)date_field_query("2020-02-29"));
    CHECK_THROWS_AS((void)date_field_query("2018-04-31"), QueryError);
    CHECK_THROWS_AS((void)date_field_query("yesterday"), QueryError);
    CHECK_THROWS_AS((void)date_field_query(".."), QueryError);
    CHECK_THROWS_WITH_AS((void)date_field_query("2019..2018"), doctest::Contains("ends before"),
                         QueryError);
}

TEST_CASE("queries fold like text but keep their operators") {
    const pressdex::Normalizer normalizer;
    CHECK(pressdex::fold_query("Children’s AND Zürich", normalizer) == "childrens AND zurich");
    CHECK(pressdex::fold_query("\"Research AND Development\" NEAR/3 x", normalizer) ==
          "\"research and development\" NEAR/3 x");
    CHECK(pressdex::fold_query("title:Taikang   NOT  date:2018", normalizer) ==
          "title:taikang NOT date:2018");
}

namespace {
struct EmptyIndex {
    Xapian::WritableDatabase db{std::string(), Xapian::DB_BACKEND_INMEMORY};
};
} // namespace

TEST_CASE("bad queries get a one-line reason, never a Xapian message") {
    EmptyIndex index;
    pressdex::QueryBuilder builder(index.db);
    const std::pair<const char*, const char*> cases[] = {
        {"", "empty query"},
        {"   ", "empty query"},
        {"\"unbalanced phrase", "quotation mark"},
        {"(a OR b", "parenthesis"},
        {"a)", "parenthesis"},
        {"AND", "operator"},
        {"speakr:davis", "unknown field 'speakr:'"},
        {"date:2018-13-45", "bad date"},
        {"date:2019..2018", "ends before"},
        {"bell\x01", "control characters"},
        // Xapian's parser leaks on these, so they are caught by a trial parse without the
        // NEAR/ADJ windows (found by fuzz/fuzz_query).
        {"a OR ADJ/2 b", "operator"},
        {"a AND NOT NEAR/3 b", "operator"},
        {"a XOR = ADJ/2 b", "operator"},
        {"a OR \"\" - NEAR/2 b", "operator"},
        {"a OR \xff \u2022 ADJ/2 b", "operator"},
    };
    for (const auto& [query, reason] : cases) {
        CAPTURE(query);
        CHECK_THROWS_WITH_AS((void)builder.parse(query), doctest::Contains(reason), QueryError);
    }
    CHECK_THROWS_WITH_AS((void)builder.parse(std::string(100 * 1024, 'a')),
                         doctest::Contains("too long"), QueryError);
}

TEST_CASE("operators that are words inside a phrase, and NEAR after words, still parse") {
    EmptyIndex index;
    pressdex::QueryBuilder builder(index.db);
    CHECK_NOTHROW((void)builder.parse("\"a OR near b\""));
    CHECK_NOTHROW((void)builder.parse("sinai NEAR/4 collaborate OR taikang"));
    CHECK(builder.parse("sinai NEAR/4 collaborate").query.get_description().find("NEAR 5") !=
          std::string::npos);
    CHECK_NOTHROW((void)builder.parse("a ADJ/2 b"));
}

TEST_CASE("field queries use the schema's prefixes") {
    EmptyIndex index;
    pressdex::QueryBuilder builder(index.db);
    CHECK(builder.parse("title:Taikang").query.get_description().find("ZStaikang") !=
          std::string::npos);
    CHECK(builder.parse("type:html fraud").query.get_description().find("Thtml") !=
          std::string::npos);
    const auto phrase = builder.parse("\"Children’s Hospital\"").query.get_description();
    CHECK(phrase.find("childrens@1 PHRASE 2 hospital@2") != std::string::npos);
}

TEST_CASE("schema: prefixes, names and slots are unique") {
    std::set<std::string_view> names, prefixes;
    for (const auto& field : pressdex::schema::fields) {
        CHECK(names.insert(field.name).second);
        CHECK(prefixes.insert(field.prefix).second);
    }
    for (auto prefix : {pressdex::schema::prefix_month, pressdex::schema::prefix_year,
                        pressdex::schema::prefix_unique_id})
        CHECK(prefixes.insert(prefix).second);
}

namespace {
// The folded plain words of a query, space-separated; "-" when there is nothing to relax.
std::string plain_words(pressdex::QueryBuilder& builder, std::string_view query) {
    const auto words = builder.split_words(query);
    if (!words) return "-";
    std::string out;
    for (const auto& word : words->words) out += (out.empty() ? "" : " ") + word.text;
    return out;
}
} // namespace

TEST_CASE("natural queries: plain words are split from the strict rest") {
    EmptyIndex index;
    pressdex::QueryBuilder builder(index.db);
    CHECK(plain_words(builder, "Mount Sinai China hospital deal") == "mount sinai china hospital deal");
    // Stop words are left out, as in the whole query; one plain word is nothing to relax.
    CHECK(plain_words(builder, "the Hospital of Philadelphia") == "hospital philadelphia");
    CHECK(plain_words(builder, "taikang") == "-");
    CHECK(plain_words(builder, "title:taikang healthcare") == "-");
    // Phrases, fields, +word, -word, groups and wildcards are strict, whatever their length.
    CHECK(plain_words(builder, "\"mount sinai health\" china deal") == "china deal");
    CHECK(plain_words(builder, "title:\"mount sinai\" +care china deal -nanjing hosp* (a OR b)") ==
          "china deal");
    // A boolean operator outside parentheses: the query is logic, kept as typed.
    CHECK(plain_words(builder, "taikang AND healthcare china") == "-");
    CHECK(plain_words(builder, "taikang healthcare NOT nanjing") == "-");
    CHECK(plain_words(builder, "sinai NEAR/4 collaborate china") == "-");
    CHECK(plain_words(builder, "(taikang OR chop) healthcare china") == "healthcare china");
}

TEST_CASE("natural queries: the strict rest is kept, and -word is excluded, not required") {
    EmptyIndex index;
    pressdex::QueryBuilder builder(index.db);
    const auto words = builder.split_words("china deal \"mount sinai\" date:2018 -nanjing -\"new york\"");
    REQUIRE(words);
    const std::string strict = words->strict.get_description();
    CHECK(strict.find("mount@1 PHRASE 2 sinai@2") != std::string::npos);
    CHECK(strict.find("D2018") == std::string::npos); // a year is Y2018
    CHECK(strict.find("Y2018") != std::string::npos);
    CHECK(strict.find("nanjing") == std::string::npos);
    const std::string excluded = words->excluded.get_description();
    CHECK(excluded.find("Znanj@1") != std::string::npos);
    CHECK(excluded.find("new@2 PHRASE 2 york@3") != std::string::npos);
    CHECK(words->words.at(0).query.get_description() == "Query(Zchina@1)");
}

TEST_CASE("amounts typed short are also searched as releases write them") {
    using pressdex::written_out_amount;
    CHECK(written_out_amount("20m") == "\"20 million\"");
    CHECK(written_out_amount("$20mn") == "\"20 million\"");
    CHECK(written_out_amount("1.5bn") == "\"1.5 billion\"");
    CHECK(written_out_amount("\u20ac3b") == "\"3 billion\"");
    CHECK(written_out_amount("2tn") == "\"2 trillion\"");
    CHECK(written_out_amount("10k") == "10,000");
    CHECK(written_out_amount("2.5k") == "2,500");
    CHECK(written_out_amount("1250k") == "1,250,000");
    CHECK(written_out_amount("2.5005k").empty());
    CHECK(written_out_amount("20").empty());
    CHECK(written_out_amount("m20").empty());
    CHECK(written_out_amount("20mm").empty()); // millimetres
    CHECK(written_out_amount("4x").empty());
    CHECK(written_out_amount("covid-19").empty());

    const pressdex::Normalizer normalizer;
    CHECK(pressdex::fold_query("$20M deal", normalizer) == "($20m OR \"20 million\") deal");
    CHECK(pressdex::fold_query("title:10K", normalizer) == "(title:10k OR title:10,000)");
    CHECK(pressdex::fold_query("\"a 20m deal\" -20m +3bn", normalizer) == "\"a 20m deal\" -20m +3bn");
}

TEST_CASE("natural queries: the letter left of a lost apostrophe is no word") {
    EmptyIndex index;
    pressdex::QueryBuilder builder(index.db);
    CHECK(plain_words(builder, "acme s new plant") == "acme new plant");
    CHECK(plain_words(builder, "car t cell therapy") == "car t cell therapy");
}
