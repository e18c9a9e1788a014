#include "indexer/document.hpp"

#include "common/organisation_names.hpp"
#include "common/schema.hpp"
#include "common/stored_fields.hpp"
#include "indexer/near_duplicate.hpp"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <unordered_map>

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

// A path as a term after `prefix`, hashed when too long for Xapian's term length limit.
std::string path_term(std::string_view prefix, const std::string& path) {
    std::string term(prefix);
    if (path.size() + term.size() <= max_unique_id_bytes) return term + path;
    // Keep a readable head of the path and make it unique with a hash of the whole.
    return term + path.substr(0, max_unique_id_bytes - 40) + "#" +
           hex64(XXH3_64bits(path.data(), path.size()));
}

std::string join_facet(const std::vector<std::string>& names) {
    std::string joined;
    for (const std::string& name : names) {
        if (!joined.empty()) joined.push_back(schema::facet_separator);
        joined += name;
    }
    return joined;
}

// Every name an organisation goes by in this release, starting with `name` itself.
std::vector<std::string> organisation_names(const extract::Facts& facts, const std::string& name) {
    for (const auto& organisation : facts.organisations) {
        const bool same = organisation.name == name ||
                          std::find(organisation.aliases.begin(), organisation.aliases.end(),
                                    name) != organisation.aliases.end();
        if (!same) continue;
        std::vector<std::string> names{organisation.name};
        names.insert(names.end(), organisation.aliases.begin(), organisation.aliases.end());
        return names;
    }
    return name.empty() ? std::vector<std::string>{} : std::vector<std::string>{name};
}

// Xapian's English stemmer behind a cache: a release repeats its words, and releases share
// most of theirs, so most stems are looked up instead of computed again. One per
// TermGenerator (a Stem shares its implementation with its copies and is not thread-safe).
class CachingStemmer : public Xapian::StemImplementation {
  public:
    std::string operator()(const std::string& word) override {
        if (const auto found = stems_.find(word); found != stems_.end()) return found->second;
        // Bounded: an odd corpus of unique words must not grow it without end.
        if (stems_.size() >= max_entries) stems_.clear();
        return stems_.emplace(word, stemmer_(word)).first->second;
    }

    std::string get_description() const override { return "caching " + stemmer_.get_description(); }

  private:
    static constexpr std::size_t max_entries = 1u << 16; // a few MB; the common words stay hot
    Xapian::Stem stemmer_{"english"};
    std::unordered_map<std::string, std::string> stems_;
};

// The pairs of names one organisation goes by in this release (schema::prefix_org_alias).
void add_alias_terms(Xapian::Document& doc, const extract::Organisation& organisation) {
    if (organisation.aliases.empty()) return;
    std::vector<std::string> keys{organisation_key(organisation.name)};
    for (const auto& alias : organisation.aliases) keys.push_back(organisation_key(alias));
    for (const std::string& a : keys)
        for (const std::string& b : keys)
            if (a != b)
                if (std::string term = organisation_alias_term(a, b); !term.empty()) doc.add_boolean_term(term);
}

// A name without its middle initials ("J.", "A.B.").
std::string without_initials(const std::string& name) {
    std::string out;
    std::size_t i = 0;
    bool first = true;
    while (i < name.size()) {
        std::size_t j = name.find(' ', i);
        if (j == std::string::npos) j = name.size();
        const std::string_view word(name.data() + i, j - i);
        const bool initial = !first && word.size() <= 4 && word.ends_with('.') && j < name.size();
        if (!initial && !word.empty()) {
            if (!out.empty()) out.push_back(' ');
            out.append(word);
        }
        first = false;
        i = j + 1;
    }
    return out;
}

const extract::Speaker* find_speaker(const extract::Facts& facts, const std::string& name) {
    for (const auto& speaker : facts.speakers)
        if (speaker.name == name) return &speaker;
    return nullptr;
}

} // namespace

std::string unique_id_term(const std::string& path) {
    return path_term(schema::prefix_unique_id, path);
}

std::string quote_of_term(const std::string& path) {
    return path_term(schema::prefix_quote_of, path);
}

namespace {

// Calls `use` with each spelling word of a release (see spelling_words), without
// collecting them: the bulk build adds them as it goes.
template <typename Use> void for_each_spelling_word(const Xapian::Document& release, Use use) {
    const auto is_word = [](std::string_view word) {
        return word.size() >= 3 && word.size() <= 40 &&
               std::none_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    std::string marked(schema::spelling_name_marker);
    const std::size_t marker_size = marked.size();
    for (auto it = release.termlist_begin(); it != release.termlist_end(); ++it) {
        const std::string& term = *it;
        // Words are folded to lower case; prefixes are capitals (stems have Z).
        if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) {
            for (std::string_view prefix : {schema::speaker.prefix, schema::org.prefix}) {
                if (!term.starts_with(prefix)) continue;
                const std::string_view word = std::string_view(term).substr(prefix.size());
                if (word.empty() || static_cast<unsigned char>(word[0]) < 'a' || !is_word(word))
                    continue;
                marked.resize(marker_size);
                marked += word;
                use(marked);
            }
        } else if (is_word(term)) {
            use(term);
        }
    }
}

} // namespace

std::vector<std::string> spelling_words(const Xapian::Document& release) {
    std::vector<std::string> words;
    for_each_spelling_word(release, [&](const std::string& word) { words.push_back(word); });
    return words;
}

void note_release_added(Xapian::WritableDatabase& db, const Xapian::Document& release) {
    for_each_spelling_word(release, [&](const std::string& word) { db.add_spelling(word); });
}

void note_release_removed(Xapian::WritableDatabase& db, const Xapian::Document& release) {
    for_each_spelling_word(release, [&](const std::string& word) { db.remove_spelling(word); });
}

void count_spelling_words(const Xapian::Document& release, SpellingCounts& counts) {
    for_each_spelling_word(release, [&](const std::string& word) { ++counts[word]; });
}

void add_spelling_counts(Xapian::WritableDatabase& db, SpellingCounts& counts) {
    for (const auto& [word, count] : counts) db.add_spelling(word, count);
    counts.clear();
}

std::string content_hash(std::string_view bytes) {
    return hex64(XXH3_64bits(bytes.data(), bytes.size()));
}

DocumentBuilder::DocumentBuilder() {
    term_generator_.set_stemmer(Xapian::Stem(new CachingStemmer));
    term_generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

DocumentBuilder::FoldedText DocumentBuilder::fold_for_index(const std::string& text) const {
    FoldedText folded;
    folded.empty = text.empty();
    if (folded.empty) return folded;
    folded.words = normalizer_.fold(text);
    // "e-mail" is also "email" (common/normalize.hpp).
    folded.joined_hyphen_words = joined_hyphen_words(folded.words);
    return folded;
}

void DocumentBuilder::index_folded(const FoldedText& text, Xapian::termcount weight,
                                   std::string_view prefix) {
    if (text.empty) return;
    const std::string prefix_string(prefix);
    term_generator_.index_text(text.words, weight, prefix_string);
    // Joined words without positions, as phrases of the parts already match.
    if (!text.joined_hyphen_words.empty())
        term_generator_.index_text_without_positions(text.joined_hyphen_words, weight, prefix_string);
    // A gap, so that a phrase cannot run from one field into the next.
    term_generator_.increase_termpos(100);
}

void DocumentBuilder::index_free_text(const std::string& text, Xapian::termcount weight,
                                      std::string_view prefix) {
    index_folded(fold_for_index(text), weight, prefix);
}

void DocumentBuilder::index_speaker_name(const std::string& name) {
    index_free_text(name, 1, schema::speaker.prefix);
    // "Maria T. Alvarez" is found as speaker:"Maria Alvarez" too
    const std::string plain = without_initials(name);
    if (plain != name) index_free_text(plain, 1, schema::speaker.prefix);
}

void DocumentBuilder::add_date_terms(Xapian::Document& doc, const Release& release) {
    if (release.date.size() != 10) return;
    const std::string ymd =
        release.date.substr(0, 4) + release.date.substr(5, 2) + release.date.substr(8, 2);
    doc.add_boolean_term(std::string(schema::date.prefix) + ymd);
    doc.add_boolean_term(std::string(schema::prefix_month) + ymd.substr(0, 6));
    doc.add_boolean_term(std::string(schema::prefix_year) + ymd.substr(0, 4));
    doc.add_value(schema::slot_date, ymd);
    doc.add_value(schema::slot_year, ymd.substr(0, 4));
}

Xapian::Document DocumentBuilder::build(const Release& release, const SourceFile& source,
                                        const extract::Facts& facts) {
    Xapian::Document doc;
    term_generator_.set_document(doc);
    doc.add_boolean_term(std::string(schema::term_kind_release));

    // Unprefixed terms hold all the text, title words weighted up; prefixed copies let a
    // query name the field.
    // Each folded once, however many fields it goes into.
    const FoldedText title = fold_for_index(release.title);
    index_folded(title, schema::title_weight, "");
    index_folded(title, 1, schema::title.prefix);
    const FoldedText place = fold_for_index(release.place);
    index_folded(place, 1, "");
    index_folded(place, 1, schema::place.prefix);
    const FoldedText body = fold_for_index(release.body);
    index_folded(body, 1, "");
    // Stems too: the query parser looks up path:seeds as the stem "seed".
    term_generator_.index_text_without_positions(normalizer_.fold(path_words(source.path)), 1,
                                                 std::string(schema::path.prefix));

    stored::ReleaseData data{source.path, "", release.title, release.date, release.place,
                             release.body, {}, {}};
    std::vector<std::string> speaker_names;
    for (const auto& speaker : facts.speakers) {
        index_speaker_name(speaker.name);
        index_free_text(speaker.role, 1, schema::role.prefix);
        speaker_names.push_back(speaker.name);
        data.speakers.push_back({speaker.name, speaker.role, speaker.organisation});
    }
    std::vector<std::string> organisation_names;
    for (const auto& organisation : facts.organisations) {
        index_free_text(organisation.name, 1, schema::org.prefix);
        for (const auto& alias : organisation.aliases)
            index_free_text(alias, 1, schema::org.prefix);
        add_alias_terms(doc, organisation);
        organisation_names.push_back(organisation.name);
        data.organisations.push_back({organisation.name, organisation.aliases});
    }
    for (const auto& quote : facts.quotes) index_free_text(quote.text, 1, schema::quote.prefix);
    if (!speaker_names.empty()) doc.add_value(schema::slot_speakers, join_facet(speaker_names));
    if (!organisation_names.empty())
        doc.add_value(schema::slot_orgs, join_facet(organisation_names));

    const std::string type(to_string(source.type));
    doc.add_boolean_term(std::string(schema::type.prefix) + type);
    add_date_terms(doc, release);
    doc.add_boolean_term(unique_id_term(source.path));

    doc.add_value(schema::slot_path, source.path);
    doc.add_value(schema::slot_size, std::to_string(source.stat.size));
    doc.add_value(schema::slot_mtime, std::to_string(source.stat.mtime_ns));
    doc.add_value(schema::slot_hash, source.content_hash);
    if (const std::string key = near_duplicate_key_of_folded(body.words); !key.empty()) {
        doc.add_value(schema::slot_near_duplicate, key);
        doc.add_boolean_term(std::string(schema::prefix_near_duplicate) + key);
    }

    data.type = type;
    doc.set_data(stored::write_release(data));
    return doc;
}

std::vector<Xapian::Document> DocumentBuilder::build_quotes(const Release& release,
                                                            const SourceFile& source,
                                                            const extract::Facts& facts) {
    std::vector<Xapian::Document> docs;
    const std::string release_term = quote_of_term(source.path);
    const std::string type_term = std::string(schema::type.prefix) + std::string(to_string(source.type));
    for (const auto& quote : facts.quotes) {
        Xapian::Document doc;
        term_generator_.set_document(doc);
        const extract::Speaker* speaker = find_speaker(facts, quote.speaker);
        const std::string role = speaker ? speaker->role : std::string();
        const std::string organisation = speaker ? speaker->organisation : std::string();
        // Its words once, unprefixed: in quote mode quote: means these (searcher/query.hpp).
        index_free_text(quote.text, 1, "");
        index_speaker_name(quote.speaker);
        index_free_text(role, 1, schema::role.prefix);
        const auto organisation_aliases = organisation_names(facts, organisation);
        for (const auto& name : organisation_aliases) index_free_text(name, 1, schema::org.prefix);
        doc.add_boolean_term(std::string(schema::term_kind_quote));
        doc.add_boolean_term(release_term);
        doc.add_boolean_term(type_term);
        add_date_terms(doc, release);
        if (!quote.speaker.empty()) doc.add_value(schema::slot_speakers, quote.speaker);
        if (!organisation_aliases.empty()) doc.add_value(schema::slot_orgs, organisation_aliases.front());
        doc.set_data(stored::write_quote({quote.speaker, role, organisation, quote.text,
                                          source.path, release.title, release.date}));
        docs.push_back(std::move(doc));
    }
    return docs;
}

} // namespace pressdex
