#include "tools/print_hits.hpp"

#include "pressdex/output.hpp"

#include <filesystem>

namespace pressdex::cli {
namespace {

std::string join(const std::vector<std::string>& items, std::size_t most = 8) {
    std::string joined;
    for (std::size_t i = 0; i < items.size() && i < most; ++i)
        joined += (i ? "; " : "") + items[i];
    if (items.size() > most) joined += "; +" + std::to_string(items.size() - most) + " more";
    return joined;
}

std::string comma_list(const std::vector<std::string>& words) {
    std::string list;
    for (const std::string& word : words) list += (list.empty() ? "" : ", ") + word;
    return list;
}

// Before the hits, when the best of them lacks some words: say so, and which.
template <class HitType>
void print_relaxed_notice(std::ostream& out, const SearchResults& results,
                          const std::vector<HitType>& hits, const char* things) {
    if (hits.empty() || hits.front().match == MatchKind::all_words || hits.front().rank != 1)
        return;
    out << "No " << things << " has all the words: the best match lacks "
        << comma_list(hits.front().missing_words) << ". Showing " << things
        << "s with most of the words.\n";
    if (!results.unused_words.empty())
        out << "No " << things << " uses: " << comma_list(results.unused_words) << ".\n";
    out << '\n';
}

// Between the all-words hits and the others, and the words a hit lacks.
template <class HitType>
void print_tier_break(std::ostream& out, const std::vector<HitType>& hits, std::size_t i,
                      const char* things) {
    if (hits[i].match == MatchKind::some_words && i > 0 && hits[i - 1].match == MatchKind::all_words)
        out << "With only some of the words (no " << things << " below has all of them):\n\n";
}

void print_missing(std::ostream& out, const std::vector<std::string>& missing, const char* dim,
                   const char* reset) {
    if (!missing.empty()) out << "   " << dim << "missing: " << comma_list(missing) << reset << '\n';
}

// "of about 1234" and, when not all have every word, how many do.
void print_total(std::ostream& out, const SearchResults& results) {
    out << " of about " << results.total_estimate;
    if (results.total_all_words < results.total_estimate)
        out << " (" << results.total_all_words << " with all the words)";
    out << ".\n";
}

} // namespace

std::string display_path(const std::string& path) {
    std::error_code ec;
    const auto cwd = std::filesystem::current_path(ec);
    if (ec) return path;
    const auto relative = std::filesystem::path(path).lexically_relative(cwd);
    if (relative.empty() || relative.native().starts_with("..")) return path;
    return relative.string();
}

void print_hits_text(std::ostream& out, const SearchResults& results, const SearchOptions& options,
                     bool terminal) {
    const char* bold = terminal ? "\033[1m" : "";
    const char* dim = terminal ? "\033[2m" : "";
    const char* reset = terminal ? "\033[0m" : "";
    print_relaxed_notice(out, results, results.hits, "release");
    for (std::size_t i = 0; i < results.hits.size(); ++i) {
        const Hit& hit = results.hits[i];
        print_tier_break(out, results.hits, i, "release");
        out << bold << hit.rank << ". " << output::display_title(hit) << reset
            << '\n';
        out << "   " << dim;
        if (!hit.date.empty()) out << hit.date << "  ";
        if (!hit.place.empty()) out << hit.place << "  ";
        out << display_path(hit.path) << reset << '\n';
        if (!hit.link.empty()) out << "   " << dim << hit.link << reset << '\n';
        if (!hit.speakers.empty()) out << "   speakers: " << join(hit.speakers) << '\n';
        if (!hit.organisations.empty())
            out << "   organisations: " << join(hit.organisations) << '\n';
        print_missing(out, hit.missing_words, dim, reset);
        if (!hit.snippet.empty()) out << "   " << hit.snippet << '\n';
        if (!hit.copies.empty()) {
            std::vector<std::string> shown;
            for (const std::string& copy : hit.copies) shown.push_back(display_path(copy));
            out << "   " << dim << "+" << hit.copies.size()
                << (hit.copies.size() == 1 ? " copy: " : " copies: ") << join(shown, 5) << reset
                << '\n';
        }
        out << '\n';
    }
    if (results.hits.empty()) {
        if (results.total_estimate == 0)
            out << "No releases match.\n";
        else
            out << "About " << results.total_estimate << " releases match.\n";
    } else {
        out << "Releases " << options.offset + 1 << "-" << options.offset + results.hits.size();
        print_total(out, results);
    }
}

void print_hits_json(std::ostream& out, const SearchResults& results, const std::string& query) {
    for (const std::string& line : output::json_lines(results, query)) out << line << '\n';
}

void print_quotes_text(std::ostream& out, const SearchResults& results,
                       const SearchOptions& options, bool terminal) {
    const char* bold = terminal ? "\033[1m" : "";
    const char* dim = terminal ? "\033[2m" : "";
    const char* reset = terminal ? "\033[0m" : "";
    print_relaxed_notice(out, results, results.quotes, "quote");
    for (std::size_t i = 0; i < results.quotes.size(); ++i) {
        const QuoteHit& quote = results.quotes[i];
        print_tier_break(out, results.quotes, i, "quote");
        out << bold << quote.rank << ". " << quote.speaker << reset;
        if (!quote.role.empty()) out << ", " << quote.role;
        if (!quote.organisation.empty()) out << ", " << quote.organisation;
        if (!quote.date.empty()) out << dim << "  " << quote.date << reset;
        out << '\n';
        print_missing(out, quote.missing_words, dim, reset);
        out << "   \u201c" << quote.text << "\u201d\n";
        out << "   " << dim << (quote.title.empty() ? "" : quote.title + "  ")
            << display_path(quote.path) << reset << "\n\n";
    }
    if (results.quotes.empty()) {
        out << "No quotes match.\n";
    } else {
        out << "Quotes " << options.offset + 1 << "-" << options.offset + results.quotes.size();
        print_total(out, results);
    }
}

void print_suggestion_text(std::ostream& out, const SearchResults& results, bool terminal) {
    if (results.suggestion.empty()) return;
    const char* bold = terminal ? "\033[1m" : "";
    const char* reset = terminal ? "\033[0m" : "";
    if (results.auto_corrected)
        out << "Showing results for: " << bold << results.suggestion << reset << '\n';
    else
        out << "Did you mean: " << bold << results.suggestion << reset << "?\n";
}

void print_facets_text(std::ostream& out, const SearchResults& results, bool terminal) {
    const char* bold = terminal ? "\033[1m" : "";
    const char* reset = terminal ? "\033[0m" : "";
    for (const auto& [name, counts] : results.facets) {
        out << '\n' << bold << name << reset << '\n';
        for (const FacetCount& count : counts) out << "  " << count.count << "  " << count.value << '\n';
    }
}

} // namespace pressdex::cli
