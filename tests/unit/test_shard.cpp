#include "indexer/shard.hpp"
#include "pressdex/error.hpp"

#include <doctest/doctest.h>

#include <string>

using pressdex::parse_shard;
using pressdex::Shard;

TEST_CASE("shard: K/N is parsed, and anything else is a one-line error") {
    const Shard shard = parse_shard("2/5");
    CHECK(shard.index == 2);
    CHECK(shard.count == 5);
    CHECK(parse_shard("1/1").count == 1);
    for (const char* bad : {"", "3", "0/4", "5/4", "1/0", "a/b", "1/", "/4", "-1/4", "1/4x",
                            "1.5/4", "1/99999999999", "1/70000", " 1/4"})
        CHECK_THROWS_WITH_AS((void)parse_shard(bad), doctest::Contains("bad shard"),
                             pressdex::Error);
}

TEST_CASE("shard: the hash is XXH3-64 with seed 0, fixed for good") {
    // The split of an archive must never change between versions: pin two values.
    CHECK(pressdex::shard_hash("") == 0x2d06800538d394c2ULL);
    CHECK(pressdex::shard_hash("seeds/000_35193172f99c5425.txt") ==
          pressdex::shard_hash(std::string("seeds/") + "000_35193172f99c5425.txt"));
}

TEST_CASE("shard: every file is in exactly one shard, and the split is roughly even") {
    const unsigned count = 4;
    unsigned per_shard[count] = {};
    for (int i = 0; i < 4000; ++i) {
        const std::string path = "wire/2025/" + std::to_string(i) + ".md";
        unsigned hits = 0;
        for (unsigned k = 1; k <= count; ++k)
            if (pressdex::in_shard(path, Shard{k, count})) {
                ++hits;
                ++per_shard[k - 1];
            }
        CHECK(hits == 1);
    }
    for (unsigned n : per_shard) CHECK((n > 850 && n < 1150));
}

TEST_CASE("shard: the key is the path below the root it was found under") {
    const std::vector<std::filesystem::path> roots{"/archive/a", "/archive/b.txt"};
    CHECK(pressdex::shard_key("/archive/a/x/y.md", roots) == "x/y.md");
    CHECK(pressdex::shard_key("/archive/b.txt", roots) == "b.txt");
    // "/archive/ab" is not below "/archive/a".
    CHECK(pressdex::shard_key("/archive/ab/z.md", roots) == "/archive/ab/z.md");
}
