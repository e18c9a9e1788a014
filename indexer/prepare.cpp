#include "indexer/prepare.hpp"

#include "common/schema.hpp"
#include "common/stored_fields.hpp"
#include "indexer/formats/formats.hpp"
#include "indexer/read_release.hpp"
#include "pressdex/error.hpp"

#include <nlohmann/json.hpp>

#include <string_view>
#include <unordered_map>

namespace pressdex {
namespace {

// A feed item's link goes into its stored data beside the fields every release has.
void store_link(Xapian::Document& doc, const std::string& link) {
    nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, false);
    if (!data.is_object()) return;
    data[stored::key::link] = link;
    doc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// What an item of a container reads as, hashed: equal hashes, equal documents (but for the
// container's size, mtime and hash, which an item kept has rewritten).
std::string item_hash(const formats::FileRelease& item) {
    std::string all(to_string(item.type));
    for (const std::string* field : {&item.release.title, &item.release.date, &item.release.place,
                                     &item.release.body, &item.release.issuer, &item.link}) {
        all.push_back('\x1f'); // no field holds it: "a" + "bc" and "ab" + "c" differ
        all += *field;
    }
    return content_hash(all);
}

} // namespace

Prepared prepare(const FoundFile& file, const IndexedFile* known, DocumentBuilder& builder,
                 bool extract_facts) {
    Prepared result;
    result.file = &file;
    const std::string path = file.path.string();
    try {
        const std::string bytes = read_file_bytes(file); // only if still the file the walk saw
        result.source = SourceFile{path, file.type, file.stat, content_hash(bytes)};
        if (known && known->hash == result.source.content_hash) {
            result.outcome = Prepared::Outcome::same_content;
            return result;
        }
        formats::FileReleases found = formats::read_file_releases(bytes, file.type, path);
        result.notes = std::move(found.notes);
        std::unordered_map<std::string_view, const IndexedItem*> known_items;
        if (known)
            for (const IndexedItem& item : known->items) known_items.emplace(item.path, &item);
        for (const formats::FileRelease& item : found.releases) {
            const bool is_item = item.path != path;
            const std::string hash = is_item ? item_hash(item) : std::string();
            if (is_item) {
                const auto indexed = known_items.find(item.path);
                if (indexed != known_items.end() && indexed->second->hash == hash) {
                    result.releases.push_back({item.path, {}, {}, indexed->second->docid});
                    continue;
                }
            }
            const extract::Facts facts =
                extract_facts ? extract::extract_facts(item.release.title, extraction_text(item.release))
                              : extract::Facts{};
            SourceFile source = result.source;
            source.path = item.path;
            source.type = item.type;
            PreparedRelease prepared{item.path, builder.build(item.release, source, facts),
                                     builder.build_quotes(item.release, source, facts)};
            if (is_item) {
                prepared.doc.add_value(schema::slot_container, path);
                prepared.doc.add_value(schema::slot_item_hash, hash);
            }
            if (!item.link.empty()) store_link(prepared.doc, item.link);
            result.releases.push_back(std::move(prepared));
        }
        result.outcome = known ? Prepared::Outcome::update : Prepared::Outcome::add;
    } catch (const FileError& e) {
        result.failure = e.reason();
    } catch (const std::exception& e) {
        // A bug or resource failure on one file must not end the run.
        result.failure = std::string("cannot index: ") + e.what();
    }
    return result;
}

} // namespace pressdex
