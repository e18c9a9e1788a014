#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace pressdex {

/// Where a remote shard is served: "tcp://HOST:PORT", HOST a name, an IPv4 address or an
/// IPv6 address in brackets ("tcp://[::1]:7000").
struct RemoteAddress {
    std::string host; // without brackets
    unsigned port = 0;
};

inline constexpr std::string_view remote_scheme = "tcp://";

/// Parses a "tcp://HOST:PORT" index name. Throws IndexError naming it when it is malformed
/// (no port, a port out of 1-65535, an empty host, a path after the port).
[[nodiscard]] RemoteAddress parse_remote(std::string_view index);

/// Opens each index (a local folder, a Xapian stub database file, or tcp://HOST:PORT),
/// checks that each is a pressdex index of this build's schema, and combines them into one
/// database that Xapian searches as a whole. Throws IndexError naming the index at fault.
/// For a stub file that lists several databases the schema is read from the first one
/// (Xapian reads metadata from a combined database's first member).
/// When `outdated` is given, it receives the indexes whose names, speakers and organisations
/// were extracted by other rules than this build's (schema::extraction_version); an index
/// built with --no-extract is not one of them.
[[nodiscard]] Xapian::Database open_indexes(const std::vector<std::string>& indexes,
                                            std::vector<std::string>* outdated = nullptr);

} // namespace pressdex
