#include "indexer/document.hpp"

#include "common/schema.hpp"

#include <nlohmann/json.hpp>
#include <xxhash.h>

#include <cstdio>

namespace pressdex {
namespace {

// Xapian refuses terms over 245 bytes; keep well clear of it.
constexpr std::size_t max_unique_id_bytes = 200;

std::string hex64(std::uint64_t value) {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
    return buffer;
}

// The path's folders and file name as words, so that path:prnewswire or path:2025 work.
std::string path_words(const std::string& path) {
    std::string words = path;
    for (char& c : words)
        if (c == '/' || c == '\\' || c == '_' || c == '.') c = ' ';
    return words;
}

} // namespace

std::string unique_id_term(const std::string& path) {
    std::string term(schema::prefix_unique_id);
    if (path.size() + term.size() <= max_unique_id_bytes) return term + path;
    // Keep a readable head of the path and make it unique with a hash of the whole.
    return term + path.substr(0, max_unique_id_bytes - 40) + "#" +
           hex64(XXH3_64bits(path.data(), path.size()));
}

std::string content_hash(std::string_view bytes) {
    return hex64(XXH3_64bits(bytes.data(), bytes.size()));
}

DocumentBuilder::DocumentBuilder() {
    term_generator_.set_stemmer(Xapian::Stem("english"));
    term_generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

void DocumentBuilder::index_free_text(const std::string& text, Xapian::termcount weight,
                                      std::string_view prefix) {
    if (text.empty()) return;
    term_generator_.index_text(normalizer_.fold(text), weight, std::string(prefix));
    // A gap, so that a phrase cannot run from one field into the next.
    term_generator_.increase_termpos(100);
}

Xapian::Document DocumentBuilder::build(const Release& release, const SourceFile& source) {
    Xapian::Document doc;
    term_generator_.set_document(doc);

    // Unprefixed terms hold all the text, title words weighted up; prefixed copies let a
    // query name the field.
    index_free_text(release.title, schema::title_weight, "");
    index_free_text(release.title, 1, schema::title.prefix);
    index_free_text(release.place, 1, "");
    index_free_text(release.place, 1, schema::place.prefix);
    index_free_text(release.body, 1, "");
    // Stems too: the query parser looks up path:seeds as the stem "seed".
    term_generator_.index_text_without_positions(normalizer_.fold(path_words(source.path)), 1,
                                                 std::string(schema::path.prefix));

    const std::string type(to_string(source.type));
    doc.add_boolean_term(std::string(schema::type.prefix) + type);
    if (release.date.size() == 10) {
        const std::string ymd =
            release.date.substr(0, 4) + release.date.substr(5, 2) + release.date.substr(8, 2);
        doc.add_boolean_term(std::string(schema::date.prefix) + ymd);
        doc.add_boolean_term(std::string(schema::prefix_month) + ymd.substr(0, 6));
        doc.add_boolean_term(std::string(schema::prefix_year) + ymd.substr(0, 4));
        doc.add_value(schema::slot_date, ymd);
    }
    doc.add_boolean_term(unique_id_term(source.path));

    doc.add_value(schema::slot_path, source.path);
    doc.add_value(schema::slot_size, std::to_string(source.stat.size));
    doc.add_value(schema::slot_mtime, std::to_string(source.stat.mtime_ns));
    doc.add_value(schema::slot_hash, source.content_hash);

    const nlohmann::json data = {
        {"path", source.path},   {"type", type},          {"title", release.title},
        {"date", release.date},  {"place", release.place}, {"body", release.body},
    };
    // Replace, not throw, on invalid UTF-8: the text came through the decoder, but a stored
    // document must never fail to serialise.
    doc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return doc;
}

} // namespace pressdex
