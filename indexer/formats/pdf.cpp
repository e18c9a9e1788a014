#include "indexer/formats/formats.hpp"

#include "indexer/read_release.hpp"
#include "pressdex/error.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <chrono>
#include <cctype>
#include <cmath>
#include <ctime>
#include <memory>
#include <mutex>

namespace pressdex::formats {
namespace {

std::string utf8_of(const poppler::ustring& text) {
    const poppler::byte_array bytes = text.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

// poppler reports every oddity of a damaged file on stderr; the indexer says in one line
// what became of the file instead.
void quiet_poppler() {
    static std::once_flag once;
    std::call_once(once, [] {
        poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    });
}

std::string_view trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

// Document titles that name a file or a program rather than the release.
bool useful_title(std::string_view title) {
    if (title.size() < 4) return false;
    for (const char* junk : {"Microsoft Word", ".doc", ".pdf", "Untitled", "untitled"})
        if (title.find(junk) != std::string_view::npos) return false;
    return true;
}

// A first paragraph that reads as a headline: short, no final full stop.
bool headline_like(std::string_view paragraph) {
    if (paragraph.empty() || paragraph.size() > 250) return false;
    const char last = paragraph.back();
    if (last == '.' || last == ',' || last == ';' || last == ':') return false;
    return std::any_of(paragraph.begin(), paragraph.end(),
                       [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

std::string date_of(std::time_t when) {
    if (when <= 0) return {};
    std::tm tm{};
    if (!gmtime_r(&when, &tm)) return {};
    char out[11];
    if (std::strftime(out, sizeof out, "%Y-%m-%d", &tm) != 10) return {};
    return out;
}

bool is_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "3", "- 3 -", "Page 3", "Page 3 of 5": a page's number, not its text.
bool is_page_number(std::string_view line) {
    if (line.starts_with("Page ") || line.starts_with("page ")) line.remove_prefix(5);
    if (line.starts_with("- ") && line.ends_with(" -")) line = trim(line.substr(2, line.size() - 4));
    if (const auto of = line.find(" of "); of != std::string_view::npos)
        return line.size() < 16 && is_digits(line.substr(0, of)) && is_digits(line.substr(of + 4));
    return is_digits(line) && line.size() <= 4;
}

bool ends_sentence(std::string_view line) {
    if (line.empty()) return false;
    const char last = line.back();
    return last == '.' || last == '!' || last == '?' || last == ':' || last == '"' ||
           line.ends_with("\xE2\x80\x9D"); // a closing curly quote
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

bool same_size(double a, double b) { return std::abs(a - b) <= 0.1 * std::max(a, b); }

// The words of a page, as poppler lists them in reading order, gathered into lines: a word
// starts a new line when it lies below the line so far or back to its left.
std::vector<LaidOutLine> page_lines(const poppler::page& page) {
    std::vector<LaidOutLine> lines;
    for (const poppler::text_box& word : page.text_list(poppler::page::text_list_include_font)) {
        const poppler::rectf box = word.bbox();
        const std::string text = utf8_of(word.text());
        if (text.empty()) continue;
        const bool new_line = lines.empty() || box.top() >= lines.back().bottom - 0.3 * box.height() ||
                              box.left() < lines.back().left - 1 ||
                              box.bottom() <= lines.back().top;
        if (new_line) {
            lines.push_back({});
            lines.back().top = box.top();
            lines.back().bottom = box.bottom();
            lines.back().left = box.left();
            lines.back().right = box.right();
            lines.back().font_size = word.get_font_size();
        } else if (!lines.back().text.empty() && lines.back().text.back() != ' ') {
            lines.back().text.push_back(' '); // words poppler did not mark as spaced
        }
        LaidOutLine& line = lines.back();
        line.text += text;
        if (word.has_space_after()) line.text.push_back(' ');
        line.top = std::min(line.top, box.top());
        line.bottom = std::max(line.bottom, box.bottom());
        line.right = std::max(line.right, box.right());
        line.font_size = std::max(line.font_size, word.get_font_size());
    }
    for (LaidOutLine& line : lines) line.text = std::string(trim(line.text));
    if (!lines.empty()) lines.front().page_start = true;
    return lines;
}

} // namespace

// Step by step: (1) the body's type size is the commonest size over the lines, the line
// spacing the median gap between successive lines of that size, the column's right edge the
// 80th percentile of the lines' right edges; (2) going through the lines, a line starts a
// new paragraph after a gap wider than the usual spacing, after a change of type size, or
// after a line that stopped short of the column with the end of a sentence (or stopped far
// short of it); otherwise it continues the paragraph: with a space, or without the hyphen
// that broke a word at the line's end; (3) the first paragraph is the title when it is set
// larger than the body.
std::pair<std::string, std::string> pdf_paragraphs(const std::vector<LaidOutLine>& lines) {
    std::vector<double> sizes, rights, gaps;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        sizes.push_back(std::round(lines[i].font_size * 2) / 2);
        rights.push_back(lines[i].right);
    }
    double body_size = 0;
    {
        std::size_t best = 0;
        for (double size : sizes) {
            const auto n = static_cast<std::size_t>(std::count(sizes.begin(), sizes.end(), size));
            if (n > best) best = n, body_size = size;
        }
    }
    for (std::size_t i = 1; i < lines.size(); ++i)
        if (!lines[i].page_start && same_size(lines[i].font_size, body_size) &&
            same_size(lines[i - 1].font_size, body_size))
            gaps.push_back(lines[i].top - lines[i - 1].bottom);
    const double spacing = std::max(median(gaps), 0.0);
    double column_right = 0;
    double column_left = 0;
    if (!rights.empty()) {
        std::sort(rights.begin(), rights.end());
        column_right = rights[rights.size() * 8 / 10];
        std::vector<double> lefts;
        for (const auto& line : lines) lefts.push_back(line.left);
        column_left = median(lefts);
    }
    const double column_width = std::max(column_right - column_left, 1.0);

    std::string title, body;
    bool in_title = false, in_paragraph = false;
    const LaidOutLine* previous = nullptr;
    for (const LaidOutLine& line : lines) {
        if (line.text.empty() || is_page_number(line.text)) continue;
        bool breaks = true;
        if (previous && in_paragraph) {
            const double height = std::max(previous->bottom - previous->top, 1.0);
            const double gap = line.top - previous->bottom;
            const double stop = (column_right - previous->right) / column_width;
            const bool wide_gap = !line.page_start && gap > spacing + 0.5 * height;
            const bool size_change = !same_size(line.font_size, previous->font_size);
            // Headings wrap early: only body lines end a paragraph by stopping short.
            const bool body_line = same_size(previous->font_size, body_size);
            const bool short_stop = body_line && ((stop > 0.15 && ends_sentence(previous->text)) || stop > 0.4);
            breaks = wide_gap || size_change || short_stop;
        }
        std::string& out = in_title ? title : body;
        if (!breaks) {
            const bool hyphen = out.size() >= 2 && out.back() == '-' &&
                                std::isalpha(static_cast<unsigned char>(out[out.size() - 2])) &&
                                std::islower(static_cast<unsigned char>(line.text.front()));
            if (hyphen)
                out.pop_back();
            else
                out.push_back(' ');
            out += line.text;
        } else {
            if (in_title) in_title = false;
            // The first paragraph, set larger than the body, is the title.
            if (!previous && body_size > 0 && line.font_size > body_size * 1.15) {
                in_title = true;
                title = line.text;
            } else {
                if (!body.empty()) body.append("\n\n");
                body += line.text;
            }
        }
        in_paragraph = true;
        previous = &line;
    }
    return {title, body};
}

FileReleases read_pdf(std::string_view bytes, const std::string& path) {
    quiet_poppler();
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) throw FileError(path, "too large");
    const std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) throw FileError(path, "damaged PDF (cannot be opened)");
    if (doc->is_locked()) throw FileError(path, "encrypted PDF (password-protected)");

    FileReleases out;
    const int pages = doc->pages();
    const int pages_read = std::min(pages, max_pdf_pages);
    std::vector<LaidOutLine> lines;
    std::size_t text_bytes = 0;
    bool cut = pages > pages_read;
    int pages_done = 0;
    const auto started = std::chrono::steady_clock::now();
    for (int i = 0; i < pages_read; ++i, ++pages_done) {
        // A page that takes poppler long (a map of a million glyphs) must not stall the run.
        if (std::chrono::steady_clock::now() - started > max_pdf_time) {
            cut = true;
            break;
        }
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) continue;
        for (LaidOutLine& line : page_lines(*page)) {
            text_bytes += line.text.size() + 1;
            lines.push_back(std::move(line));
        }
        if (text_bytes > max_text_bytes) {
            cut = cut || i + 1 < pages;
            ++pages_done;
            break;
        }
    }
    if (cut)
        out.notes.push_back("cut short: read " + std::to_string(pages_done) + " of " +
                            std::to_string(pages) + " pages (at most " + std::to_string(max_pdf_pages) +
                            " pages, " + std::to_string(max_text_bytes >> 20) + " MB of text, " +
                            std::to_string(max_pdf_time.count()) + " s)");

    auto [title, body] = pdf_paragraphs(lines);
    if (trim(body).empty() && trim(title).empty())
        throw FileError(path, pages == 0 ? "damaged PDF (no pages)"
                                         : "no text layer (scanned images? pressdex does no OCR)");
    Release release;
    release.body = std::move(body);
    const std::string info_title(trim(utf8_of(doc->info_key("Title"))));
    if (!title.empty()) {
        release.title = title;
    } else if (useful_title(info_title)) {
        release.title = info_title;
        // The headline is usually the first paragraph as well.
        const std::size_t first_end = release.body.find("\n\n");
        if (trim(release.body.substr(0, first_end)) == info_title)
            release.body = first_end == std::string::npos ? std::string() : release.body.substr(first_end + 2);
    } else {
        const std::size_t first_end = release.body.find("\n\n");
        const std::string first = release.body.substr(0, first_end);
        if (first_end != std::string::npos && headline_like(first)) {
            release.title = first;
            release.body = release.body.substr(first_end + 2);
        }
    }
    finish_release(release);
    if (release.date.empty()) release.date = date_of(doc->info_date_t("CreationDate"));
    out.releases.push_back({path, FileType::pdf, std::move(release), {}});
    return out;
}

} // namespace pressdex::formats
