#include "pressdex/error.hpp"
#include "pressdex/searcher.hpp"
#include "searcher/open.hpp"

#include <doctest/doctest.h>

using pressdex::IndexError;
using pressdex::parse_remote;

TEST_CASE("remote: tcp://HOST:PORT, IPv6 in brackets") {
    auto address = parse_remote("tcp://127.0.0.1:7000");
    CHECK(address.host == "127.0.0.1");
    CHECK(address.port == 7000);
    address = parse_remote("tcp://shard-3.internal:65535");
    CHECK(address.host == "shard-3.internal");
    CHECK(address.port == 65535);
    address = parse_remote("tcp://[::1]:7001");
    CHECK(address.host == "::1");
    CHECK(address.port == 7001);
}

TEST_CASE("remote: malformed addresses are index errors naming them") {
    for (const char* bad : {"tcp://", "tcp://host", "tcp://host:", "tcp://:7000", "tcp://host:0",
                            "tcp://host:65536", "tcp://host:70x", "tcp://host:7000/index",
                            "tcp://[::1]7000", "tcp://[::1"})
        CHECK_THROWS_WITH_AS((void)parse_remote(bad), doctest::Contains(bad), IndexError);
}

TEST_CASE("a searcher needs at least one index, and says which one it cannot open") {
    CHECK_THROWS_AS(pressdex::Searcher(std::vector<std::string>{}), IndexError);
    // A braced list picks the list constructor, not std::string's (first, last) one.
    CHECK_THROWS_WITH_AS(pressdex::Searcher({"/nonexistent/a", "/nonexistent/b"}),
                         doctest::Contains("/nonexistent/a: no index here"), IndexError);
    CHECK_THROWS_WITH_AS(pressdex::Searcher(std::vector<std::string>{"/nonexistent/pressdex"}),
                         doctest::Contains("/nonexistent/pressdex: no index here"), IndexError);
    // Port 1 on the loopback: nothing listens there, and the refusal is immediate.
    CHECK_THROWS_WITH_AS(pressdex::Searcher("tcp://127.0.0.1:1"),
                         doctest::Contains("tcp://127.0.0.1:1: cannot reach"), IndexError);
}
