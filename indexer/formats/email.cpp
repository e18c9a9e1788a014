#include "indexer/formats/formats.hpp"

#include "indexer/decode.hpp"
#include "indexer/read_release.hpp"
#include "pressdex/error.hpp"

#include <gmime/gmime.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <mutex>

namespace pressdex::formats {
namespace {

void init_gmime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

template <typename T> struct Unref {
    T* object;
    ~Unref() {
        if (object) g_object_unref(object);
    }
};

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// The bytes of a part, its transfer encoding (base64, quoted-printable) undone; at most
// `limit` bytes (nothing more when it is larger: `too_large` is set).
std::string part_bytes(GMimePart* part, std::size_t limit, bool& too_large) {
    too_large = false;
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content) return {};
    GMimeStream* stream = g_mime_stream_mem_new();
    const Unref<GMimeStream> closer{stream};
    if (g_mime_data_wrapper_write_to_stream(content, stream) < 0) return {};
    GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    if (!array) return {};
    if (array->len > limit) {
        too_large = true;
        return {};
    }
    return std::string(reinterpret_cast<const char*>(array->data), array->len);
}

// The decoder's UTF-8 of a part's bytes; none when they are binary, not text (a text/plain
// part that holds an image): the message may still have its subject and other parts.
std::string decoded_or_none(std::string_view bytes) {
    try {
        return decode_to_utf8(bytes).text;
    } catch (const Error&) {
        return {};
    }
}

// Text in the charset its part declares, as UTF-8; without one (or one ICU does not know),
// the decoder's own detection.
std::string text_of(std::string_view bytes, const char* charset) {
    if (charset && *charset) {
        UErrorCode status = U_ZERO_ERROR;
        UConverter* converter = ucnv_open(charset, &status);
        if (U_SUCCESS(status)) {
            std::string out(bytes.size() * 3 + 4, '\0');
            UConverter* utf8 = ucnv_open("UTF-8", &status);
            if (U_SUCCESS(status)) {
                char* target = out.data();
                const char* source = bytes.data();
                ucnv_convertEx(utf8, converter, &target, out.data() + out.size(), &source,
                               bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true,
                               true, &status);
                ucnv_close(utf8);
                ucnv_close(converter);
                if (U_SUCCESS(status)) {
                    out.resize(static_cast<std::size_t>(target - out.data()));
                    return decoded_or_none(out); // the decoder's clean-up of controls
                }
            } else {
                ucnv_close(converter);
            }
        }
    }
    return decoded_or_none(bytes);
}

// A file name's release type, for attachments: those that are releases are read.
std::optional<FileType> attachment_type(const std::string& name) {
    const auto type = file_type_of(name);
    if (!type) return std::nullopt;
    switch (*type) {
    case FileType::txt:
    case FileType::md:
    case FileType::html:
    case FileType::pdf:
    case FileType::docx:
    case FileType::odt: return type;
    default: return std::nullopt; // an mbox or a feed inside an email is not a release
    }
}

// "Fwd: Re: Headline" -> "Headline".
std::string strip_reply_prefixes(std::string subject) {
    for (;;) {
        const std::string head = lower(subject.substr(0, 5));
        std::size_t cut = 0;
        if (head.starts_with("fwd:")) cut = 4;
        else if (head.starts_with("fw:") || head.starts_with("re:")) cut = 3;
        if (cut == 0) break;
        subject.erase(0, cut);
        while (!subject.empty() && subject.front() == ' ') subject.erase(0, 1);
    }
    return subject;
}

// An attachment's name as a path component: no slash, no control character.
std::string safe_name(std::string name) {
    for (char& c : name)
        if (c == '/' || static_cast<unsigned char>(c) < 0x20) c = '_';
    return name;
}

// What the walk over one message's parts gathers.
struct MessageParts {
    std::string plain, html;
    const char* plain_charset = nullptr;
    const char* html_charset = nullptr;
    struct Attachment {
        std::string name;
        FileType type;
        std::string bytes;
    };
    std::vector<Attachment> attachments;
    int parts = 0;
    bool too_deep = false, too_many = false;
    std::vector<std::string> notes;
};

// Walks the MIME tree depth first, no deeper than max_mime_depth and over no more than
// max_mime_parts parts: the body is the first text/plain part that is not an attachment
// (else the first text/html), attachments are kept when their name is a release's.
void walk_parts(GMimeObject* object, int depth, MessageParts& out) {
    if (!object) return;
    if (depth > max_mime_depth) {
        out.too_deep = true;
        return;
    }
    if (++out.parts > max_mime_parts) {
        out.too_many = true;
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (inner) walk_parts(g_mime_message_get_mime_part(inner), depth + 1, out);
        return;
    }
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count && !out.too_many; ++i)
            walk_parts(g_mime_multipart_get_part(multipart, i), depth + 1, out);
        return;
    }
    if (!GMIME_IS_PART(object)) return;
    GMimePart* part = GMIME_PART(object);
    GMimeContentType* type = g_mime_object_get_content_type(object);
    const char* filename = g_mime_part_get_filename(part);
    const bool attachment = g_mime_part_is_attachment(part) || (filename && *filename);
    if (attachment) {
        if (!filename || !*filename) return;
        const std::string name = safe_name(filename);
        const auto release_type = attachment_type(name);
        if (!release_type) return;
        bool too_large = false;
        std::string bytes = part_bytes(part, max_attachment_bytes, too_large);
        if (too_large) {
            out.notes.push_back("attachment " + name + " skipped: over " +
                                std::to_string(max_attachment_bytes >> 20) + " MB");
            return;
        }
        out.attachments.push_back({name, *release_type, std::move(bytes)});
        return;
    }
    bool too_large = false;
    if (g_mime_content_type_is_type(type, "text", "plain") && out.plain.empty()) {
        out.plain = part_bytes(part, max_attachment_bytes, too_large);
        out.plain_charset = g_mime_object_get_content_type_parameter(object, "charset");
    } else if (g_mime_content_type_is_type(type, "text", "html") && out.html.empty()) {
        out.html = part_bytes(part, max_attachment_bytes, too_large);
        out.html_charset = g_mime_object_get_content_type_parameter(object, "charset");
    }
}

// Plain text mail wraps its lines at 72 characters or so: lines are joined into paragraphs,
// which blank lines part.
std::string unwrap_lines(std::string_view text) {
    std::string out;
    bool in_paragraph = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (line.empty()) {
            in_paragraph = false;
            continue;
        }
        if (!out.empty()) out += in_paragraph ? " " : "\n\n";
        out += line;
        in_paragraph = true;
    }
    return out;
}

std::string header_date(GMimeMessage* message) {
    GDateTime* date = g_mime_message_get_date(message);
    if (!date) return {};
    gchar* text = g_date_time_format(date, "%Y-%m-%d");
    std::string out = text ? text : "";
    g_free(text);
    return out;
}

// The releases of one message: itself at `message_path`, its attachments below it.
void read_message(GMimeMessage* message, const std::string& message_path,
                  const std::string& attachment_prefix, const std::string& file_path,
                  FileReleases& out) {
    // Notes name the file's part they are about by its path below the file ("#<id>: ",
    // nothing for an .eml's own message): the warning line names the file already.
    const auto below_file = [&](const std::string& path) {
        if (!path.starts_with(file_path)) return path + ": ";
        return path.size() == file_path.size() ? std::string() : path.substr(file_path.size()) + ": ";
    };
    const std::string where = below_file(message_path);
    MessageParts parts;
    walk_parts(g_mime_message_get_mime_part(message), 0, parts);
    if (parts.too_deep) out.notes.push_back(where + "MIME parts nested deeper than " +
                                            std::to_string(max_mime_depth) + " levels not read");
    if (parts.too_many) out.notes.push_back(where + "parts past the first " +
                                            std::to_string(max_mime_parts) + " not read");
    for (std::string& note : parts.notes) out.notes.push_back(where + note);

    Release release;
    if (!parts.plain.empty()) {
        release.body = unwrap_lines(text_of(parts.plain, parts.plain_charset));
        finish_release(release);
    } else if (!parts.html.empty()) {
        release = parse_release(text_of(parts.html, parts.html_charset), FileType::html);
    }
    // parse_release found the dateline's date, if any: it wins over the Date header.
    const char* subject = g_mime_message_get_subject(message);
    if (subject && *subject) release.title = strip_reply_prefixes(subject);
    if (release.date.empty()) release.date = header_date(message);
    if (!release.body.empty() || !release.title.empty())
        out.releases.push_back({message_path, FileType::eml, std::move(release), {}});

    for (const MessageParts::Attachment& attachment : parts.attachments) {
        const std::string item_path = attachment_prefix + attachment.name;
        try {
            FileReleases inner = read_file_releases(attachment.bytes, attachment.type, item_path);
            for (FileRelease& release_of_attachment : inner.releases)
                out.releases.push_back(std::move(release_of_attachment));
            for (std::string& note : inner.notes) out.notes.push_back(below_file(item_path) + note);
        } catch (const FileError& e) {
            out.notes.push_back("attachment " + item_path.substr(file_path.size()) +
                                " skipped: " + e.reason());
        }
    }
}

GMimeParser* parser_of(std::string_view bytes, GMimeFormat format, GMimeStream*& stream) {
    // The stream copies the bytes; the parser holds the stream.
    stream = g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size());
    GMimeParser* parser = g_mime_parser_new_with_stream(stream);
    g_mime_parser_set_format(parser, format);
    return parser;
}

} // namespace

FileReleases read_eml(std::string_view bytes, const std::string& path) {
    init_gmime();
    GMimeStream* stream = nullptr;
    GMimeParser* parser = parser_of(bytes, GMIME_FORMAT_MESSAGE, stream);
    const Unref<GMimeStream> stream_closer{stream};
    const Unref<GMimeParser> parser_closer{parser};
    GMimeMessage* message = g_mime_parser_construct_message(parser, nullptr);
    if (!message) throw FileError(path, "damaged email (not a MIME message)");
    const Unref<GMimeMessage> message_closer{message};
    FileReleases out;
    read_message(message, path, path + "#", path, out);
    if (out.releases.empty()) throw FileError(path, "no text in it");
    return out;
}

FileReleases read_mbox(std::string_view bytes, const std::string& path) {
    init_gmime();
    GMimeStream* stream = nullptr;
    GMimeParser* parser = parser_of(bytes, GMIME_FORMAT_MBOX, stream);
    const Unref<GMimeStream> stream_closer{stream};
    const Unref<GMimeParser> parser_closer{parser};
    FileReleases out;
    std::size_t messages = 0;
    while (!g_mime_parser_eos(parser)) {
        GMimeMessage* message = g_mime_parser_construct_message(parser, nullptr);
        if (!message) break;
        const Unref<GMimeMessage> message_closer{message};
        if (++messages > max_items) {
            out.notes.push_back("messages past the first " + std::to_string(max_items) + " not read");
            break;
        }
        const char* id = g_mime_message_get_message_id(message);
        const std::string key = id && *id ? safe_name(std::string("<") + id + ">")
                                          : "message-" + std::to_string(messages);
        const std::string message_path = path + "#" + key;
        read_message(message, message_path, message_path + "/", path, out);
    }
    if (messages == 0) throw FileError(path, "damaged mbox (no message in it)");
    if (out.releases.empty()) throw FileError(path, "no text in it");
    return out;
}

} // namespace pressdex::formats
