#include "indexer/read_release.hpp"

#include "indexer/glued_words.hpp"

#include "indexer/dateline.hpp"
#include "indexer/decode.hpp"
#include "indexer/html.hpp"
#include "indexer/stripped_marks.hpp"
#include "pressdex/error.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <vector>

namespace pressdex {
namespace {

std::string_view trim(std::string_view s) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// A line of links and a few words around them: "[Reddit Post](...)", "Pickup - [a](b)",
// "![Blockchain Registration](...)".
bool is_markdown_link_line(std::string_view line) {
    bool link = false;
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '[' || (c == '!' && i + 1 < line.size() && line[i + 1] == '[')) {
            const std::size_t close = line.find("](", i);
            const std::size_t end = close == std::string_view::npos ? close : line.find(')', close + 2);
            if (end != std::string_view::npos) {
                link = true;
                in_word = false;
                i = end;
                continue;
            }
        }
        const bool word_char = std::isalnum(static_cast<unsigned char>(c)) != 0;
        if (word_char && !in_word) ++words;
        in_word = word_char;
    }
    return link && words <= 3;
}

// newsramp ends each release with "---" and a block of links that is not the release.
std::size_t end_before_link_footer(const std::vector<std::string_view>& lines) {
    for (std::size_t i = lines.size(); i-- > 0;) {
        const std::string_view line = trim(lines[i]);
        if (line == "---") return i;
        if (!line.empty() && !is_markdown_link_line(line)) return lines.size();
    }
    return lines.size();
}

// Markdown inline markup to plain text: images dropped, links to their text, emphasis
// markers and heading/quote markers removed.
std::string markdown_to_plain(std::string_view line) {
    std::string out;
    out.reserve(line.size());
    while (!line.empty() && (line.front() == '#' || line.front() == '>')) line.remove_prefix(1);
    line = trim(line);
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        const bool image = c == '!' && i + 1 < line.size() && line[i + 1] == '[';
        if (c == '[' || image) {
            const std::size_t text_start = i + (image ? 2 : 1);
            const std::size_t close = line.find("](", text_start);
            const std::size_t url_end = close == std::string_view::npos
                                            ? std::string_view::npos
                                            : line.find(')', close + 2);
            if (url_end != std::string_view::npos &&
                line.substr(text_start, close - text_start).find('\n') == std::string_view::npos) {
                if (!image) {
                    const std::string_view link_text = line.substr(text_start, close - text_start);
                    out.append(link_text);
                    // "[Acme](url)About us": the text after a link is another word
                    if (!link_text.empty() && std::isalnum(static_cast<unsigned char>(link_text.back())) &&
                        url_end + 1 < line.size() && std::isalnum(static_cast<unsigned char>(line[url_end + 1])))
                        out.push_back(' ');
                }
                i = url_end;
                continue;
            }
        }
        if ((c == '*' || c == '_') && i + 1 < line.size() && line[i + 1] == c) {
            ++i; // ** and __ are emphasis, never text
            continue;
        }
        out.push_back(c);
    }
    return out;
}

// "Dana Quill,\u00a0Three Vellmarks, Inc.", "The\u00a0Quillton Growers Association": a no-break
// space (or a narrow or figure one) a wire's editor put between words is a space between
// words; left in, it glues them into one token, and a name loses its first word or gains a
// stray byte
std::string with_plain_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\xC2\xA0") == 0) {
            out.push_back(' ');
            ++i;
        } else if (text.compare(i, 3, "\xE2\x80\xAF") == 0 || text.compare(i, 3, "\xE2\x80\x87") == 0) {
            out.push_back(' ');
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

// Paragraphs are runs of non-blank lines; they are joined with "\n\n". Inside a paragraph,
// markdown lines are joined with a space (one logical line), text lines with "\n".
std::string join_paragraphs(const std::vector<std::string_view>& lines, std::size_t begin,
                            std::size_t end, bool markdown) {
    std::string body;
    bool in_paragraph = false;
    for (std::size_t i = begin; i < end; ++i) {
        const std::string_view raw = trim(lines[i]);
        if (raw.empty()) {
            in_paragraph = false;
            continue;
        }
        const std::string line = markdown ? markdown_to_plain(raw) : std::string(raw);
        if (trim(line).empty()) continue;
        if (!body.empty()) body.append(in_paragraph ? (markdown ? " " : "\n") : "\n\n");
        body.append(trim(line));
        in_paragraph = true;
    }
    return body;
}

std::size_t first_non_blank(const std::vector<std::string_view>& lines) {
    std::size_t i = 0;
    while (i < lines.size() && trim(lines[i]).empty()) ++i;
    return i;
}

// A plain-text first line is a headline when it is short, has words, and does not end a
// sentence or read as a dateline.
bool reads_as_headline(std::string_view line) {
    if (line.empty() || line.size() > 300) return false;
    const char last = line.back();
    if (last == '.' || last == ',' || last == ';' || last == ':') return false;
    std::size_t letters = 0;
    for (unsigned char c : line) letters += std::isalpha(c) != 0 || c >= 0x80;
    if (letters < 3) return false;
    const auto dateline = find_dateline(line);
    return !dateline;
}

Release parse_markdown(std::string_view text) {
    const auto lines = split_lines(text);
    const std::size_t end = end_before_link_footer(lines);
    std::size_t begin = first_non_blank(lines);
    Release release;
    if (begin < end) {
        const std::string_view first = trim(lines[begin]);
        if (first.starts_with("# ")) {
            release.title = markdown_to_plain(first);
            ++begin;
        } else if (reads_as_headline(markdown_to_plain(first))) {
            release.title = markdown_to_plain(first);
            ++begin;
        }
    }
    release.body = join_paragraphs(lines, begin, end, true);
    return release;
}

Release parse_text(std::string_view text) {
    const auto lines = split_lines(text);
    std::size_t begin = first_non_blank(lines);
    Release release;
    if (begin < lines.size()) {
        const std::string_view first = trim(lines[begin]);
        const bool followed_by_more = begin + 1 < lines.size();
        if (followed_by_more && reads_as_headline(first)) {
            release.title = std::string(first);
            ++begin;
        }
    }
    release.body = join_paragraphs(lines, begin, lines.size(), false);
    return release;
}

Release parse_html(std::string_view text) {
    HtmlText html = html_to_text(text);
    Release release;
    release.title = std::move(html.title);
    release.body = std::move(html.body);
    release.issuer = std::move(html.issuer);
    for (const std::string& candidate : html.dates) {
        if (auto date = parse_date(candidate)) {
            release.date = *date;
            break;
        }
    }
    return release;
}

// Why a file could not be opened, in the words the run's summary counts it under.
std::string open_error(int error) {
    switch (error) {
    case ENOENT: return "vanished (deleted since the folder was read)";
    default: return std::string("cannot open: ") + std::strerror(error);
    }
}

std::string too_large() {
    return "too large (over " + std::to_string(max_release_file_bytes >> 20) + " MB)";
}

struct FileCloser {
    int fd;
    ~FileCloser() { ::close(fd); }
};

// Reads the whole file at `path`; with `expected`, only if it is still that file.
std::string read_bytes(const std::filesystem::path& path, const FileStat* expected) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) throw FileError(path.string(), open_error(errno));
    const FileCloser closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        throw FileError(path.string(), std::string("cannot read: ") + std::strerror(errno));
    if (!S_ISREG(st.st_mode)) throw FileError(path.string(), "not a regular file");
    if (expected && expected->inode != 0 &&
        (static_cast<std::uint64_t>(st.st_dev) != expected->device ||
         static_cast<std::uint64_t>(st.st_ino) != expected->inode))
        throw FileError(path.string(), "replaced since the folder was read (not read)");
    if (static_cast<std::uint64_t>(st.st_size) > max_release_file_bytes)
        throw FileError(path.string(), too_large());
    // Read to the end rather than to the size seen: a file that grows or shrinks while being
    // read gives what it holds, within the limit.
    std::string bytes(static_cast<std::size_t>(st.st_size) + 1, '\0');
    std::size_t filled = 0;
    for (;;) {
        if (filled == bytes.size()) {
            if (bytes.size() > max_release_file_bytes) throw FileError(path.string(), too_large());
            bytes.resize(std::min<std::size_t>(bytes.size() * 2, max_release_file_bytes + 1));
        }
        const ssize_t got = ::read(fd, bytes.data() + filled, bytes.size() - filled);
        if (got == 0) break;
        if (got < 0) {
            if (errno == EINTR) continue;
            throw FileError(path.string(), std::string("read error: ") + std::strerror(errno));
        }
        filled += static_cast<std::size_t>(got);
    }
    bytes.resize(filled);
    return bytes;
}

} // namespace

std::string read_file_bytes(const std::filesystem::path& path) { return read_bytes(path, nullptr); }

std::string read_file_bytes(const FoundFile& file) { return read_bytes(file.path, &file.stat); }

Release decode_release(std::string_view bytes, FileType type, const std::string& path) {
    DecodedText decoded;
    try {
        decoded = decode_to_utf8(bytes);
    } catch (const FileError&) {
        throw;
    } catch (const Error& e) {
        throw FileError(path, e.what());
    }
    Release release = parse_release(decoded.text, type);
    if (trim(release.title).empty() && trim(release.body).empty())
        throw FileError(path, bytes.empty() ? "empty file" : "no text in it");
    return release;
}

std::string extraction_text(const Release& release) {
    return release.issuer.empty() ? release.body : release.issuer + "\n\n" + release.body;
}

Release parse_release(std::string_view raw_text, FileType type) {
    const std::string text = with_stripped_marks_restored(with_plain_spaces(raw_text));
    const std::string_view utf8_text = text;
    Release release;
    switch (type) {
    case FileType::md: release = parse_markdown(utf8_text); break;
    case FileType::txt: release = parse_text(utf8_text); break;
    case FileType::html: release = parse_html(utf8_text); break;
    default: release = parse_text(utf8_text); break; // other formats' text, already decoded
    }
    finish_release(release);
    return release;
}

void finish_release(Release& release) {
    release.body = separate_glued_words(release.body);
    if (auto dateline = find_dateline(release.body)) {
        if (release.date.empty()) release.date = dateline->date;
        release.place = dateline->place;
    }
}

} // namespace pressdex
