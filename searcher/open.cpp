#include "searcher/open.hpp"

#include "common/schema.hpp"
#include "pressdex/error.hpp"

#include <charconv>
#include <filesystem>

namespace pressdex {
namespace {

[[noreturn]] void bad_remote(std::string_view index) {
    throw IndexError(std::string(index),
                     "bad remote index: expected tcp://HOST:PORT (a port from 1 to 65535)");
}

std::string build_hint(const std::string& dir) {
    return "no index here; build one with: pressdex-index --index " + dir + " FOLDER";
}

Xapian::Database open_one(const std::string& index) {
    try {
        if (index.starts_with(remote_scheme)) {
            const RemoteAddress address = parse_remote(index);
            return Xapian::Remote::open(address.host, address.port);
        }
        std::error_code ec;
        if (!std::filesystem::exists(index, ec)) throw IndexError(index, build_hint(index));
        // A folder is opened as an index; a file as a stub database listing others.
        return Xapian::Database(index);
    } catch (const Xapian::DatabaseNotFoundError&) {
        throw IndexError(index, build_hint(index));
    } catch (const Xapian::NetworkError& e) {
        const std::string reason = e.get_error_string() ? e.get_error_string() : "";
        throw IndexError(index, "cannot reach the shard server: " + e.get_msg() +
                                    (reason.empty() ? "" : " (" + reason + ")"));
    } catch (const Xapian::Error& e) {
        throw IndexError(index, "cannot open index: " + e.get_msg());
    }
}

// One value of the index's metadata; an error names the index.
std::string metadata(const Xapian::Database& db, const std::string& index, std::string_view key) {
    try {
        return db.get_metadata(std::string(key));
    } catch (const Xapian::Error& e) {
        throw IndexError(index, "cannot read index: " + e.get_msg());
    }
}

void check_schema(const Xapian::Database& db, const std::string& index) {
    const std::string schema = metadata(db, index, schema::metadata_schema_key);
    if (schema.empty()) throw IndexError(index, "not a pressdex index (no schema version in it)");
    if (schema != std::to_string(schema::version))
        throw IndexError(index, "index schema " + schema + " is not the one this build reads (" +
                                    std::to_string(schema::version) +
                                    "); rebuild it with pressdex-index --rebuild");
}

// An index's facts are as good as the rules that extracted them: one built by an older
// pressdex-index still answers, with the names those rules found.
bool extracted_by_other_rules(const Xapian::Database& db, const std::string& index) {
    const std::string version = metadata(db, index, schema::metadata_extraction_key);
    return version != "none" && version != std::to_string(schema::extraction_version);
}

} // namespace

RemoteAddress parse_remote(std::string_view index) {
    std::string_view rest = index.substr(remote_scheme.size());
    RemoteAddress address;
    std::string_view port;
    if (rest.starts_with('[')) { // [IPv6]:PORT
        const auto close = rest.find(']');
        if (close == std::string_view::npos || rest.substr(close + 1, 1) != ":") bad_remote(index);
        address.host = std::string(rest.substr(1, close - 1));
        port = rest.substr(close + 2);
    } else {
        const auto colon = rest.rfind(':');
        if (colon == std::string_view::npos) bad_remote(index);
        address.host = std::string(rest.substr(0, colon));
        port = rest.substr(colon + 1);
    }
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), address.port);
    if (address.host.empty() || port.empty() || ec != std::errc() ||
        end != port.data() + port.size() || address.port < 1 || address.port > 65535)
        bad_remote(index);
    return address;
}

Xapian::Database open_indexes(const std::vector<std::string>& indexes, std::vector<std::string>* outdated) {
    if (indexes.empty()) throw IndexError("(none)", "no index to search");
    Xapian::Database all;
    for (const std::string& index : indexes) {
        Xapian::Database one = open_one(index);
        check_schema(one, index);
        if (outdated && extracted_by_other_rules(one, index)) outdated->push_back(index);
        all.add_database(one);
    }
    return all;
}

} // namespace pressdex
