#include "indexer/formats/formats.hpp"

#include "indexer/formats/xml.hpp"
#include "indexer/read_release.hpp"
#include "pressdex/error.hpp"

#include <pugixml.hpp>
#include <zip.h>

#include <memory>

namespace pressdex::formats {
namespace {

// A zip held in memory, read under the limits of formats.hpp. Only the parts' text is read:
// nothing a document embeds (macros, objects) is ever run or even inflated.
class ZipArchive {
  public:
    ZipArchive(std::string_view bytes, const std::string& path, std::string_view kind)
        : path_(path), kind_(kind), archive_bytes_(bytes.size()) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
        if (source) archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!archive_) {
            if (source) zip_source_free(source);
            zip_error_fini(&error);
            throw FileError(path_, "damaged " + kind_ + " (not a zip archive)");
        }
        zip_error_fini(&error);
    }
    ~ZipArchive() {
        if (archive_) zip_discard(archive_);
    }
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    [[nodiscard]] bool has(const char* name) const { return zip_name_locate(archive_, name, 0) >= 0; }

    /// A part's bytes. The bytes inflated so far over the whole archive are counted as they
    /// come, against a total and a ratio to the archive's size: the sizes the zip declares
    /// are never trusted.
    [[nodiscard]] std::string read(const char* name) {
        zip_file_t* file = zip_fopen(archive_, name, 0);
        if (!file) throw FileError(path_, "damaged " + kind_ + " (no " + name + ")");
        const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> closer(file, zip_fclose);
        const std::uint64_t limit =
            std::min<std::uint64_t>(max_zip_inflated,
                                    std::max<std::uint64_t>(1u << 20, archive_bytes_ * max_zip_ratio));
        std::string out;
        char buffer[65536];
        for (;;) {
            const zip_int64_t got = zip_fread(file, buffer, sizeof buffer);
            if (got < 0) throw FileError(path_, "damaged " + kind_ + " (cannot inflate " + name + ")");
            if (got == 0) break;
            inflated_ += static_cast<std::uint64_t>(got);
            if (inflated_ > limit)
                throw FileError(path_, kind_ + " expands past " + std::to_string(limit >> 20) +
                                           " MB (a zip bomb?)");
            out.append(buffer, static_cast<std::size_t>(got));
        }
        return out;
    }

  private:
    std::string path_;
    std::string kind_;
    std::uint64_t archive_bytes_;
    std::uint64_t inflated_ = 0;
    zip_t* archive_ = nullptr;
};

void add_paragraph(std::string& body, std::string text) {
    text = collapse_spaces(text);
    if (text.empty()) return;
    if (!body.empty()) body += "\n\n";
    body += text;
}

// ---- DOCX (WordprocessingML) ----

// The text of a paragraph's runs, inserted text included, deleted text and field codes
// not: w:t, w:tab, w:br; a footnote's reference becomes its number.
void docx_inline(const pugi::xml_node& node, std::string& out) {
    for (const pugi::xml_node& child : node.children()) {
        const std::string_view name = child.name();
        if (name == "w:t") out += child.text().get();
        else if (name == "w:tab" || name == "w:br" || name == "w:cr") out += ' ';
        else if (name == "w:del" || name == "w:instrText" || name == "w:delText" || name == "w:pPr" ||
                 name == "w:rPr")
            continue;
        else docx_inline(child, out);
    }
}

bool docx_heading_style(std::string_view style) {
    return style == "Title" || style.starts_with("Heading") || style.starts_with("heading");
}

struct DocxText {
    std::string title;
    std::string body;
};

// Paragraphs and tables in order, through content controls and other wrappers: a table's
// rows are a paragraph each, cells parted by " | ".
void docx_blocks(const pugi::xml_node& node, DocxText& out, bool& seen_text) {
    for (const pugi::xml_node& child : node.children()) {
        const std::string_view name = child.name();
        if (name == "w:p") {
            std::string text;
            docx_inline(child, text);
            text = collapse_spaces(text);
            if (text.empty()) continue;
            const std::string_view style = child.child("w:pPr").child("w:pStyle").attribute("w:val").value();
            if (!seen_text && out.title.empty() && docx_heading_style(style)) out.title = text;
            else add_paragraph(out.body, text);
            seen_text = true;
        } else if (name == "w:tbl") {
            for (const pugi::xml_node& row : child.children("w:tr")) {
                std::string line;
                for (const pugi::xml_node& cell : row.children("w:tc")) {
                    std::string cell_text;
                    for (const pugi::xml_node& p : cell.children("w:p")) {
                        docx_inline(p, cell_text);
                        cell_text += ' ';
                    }
                    cell_text = collapse_spaces(cell_text);
                    if (cell_text.empty()) continue;
                    if (!line.empty()) line += " | ";
                    line += cell_text;
                }
                add_paragraph(out.body, line);
            }
            seen_text = true;
        } else if (name == "w:sdt" || name == "w:sdtContent" || name == "w:body" ||
                   name == "w:customXml" || name == "w:ins") {
            docx_blocks(child, out, seen_text);
        }
    }
}

// dc:title of the core properties (docProps/core.xml, ODT's meta.xml).
std::string property_title(const pugi::xml_document& doc) {
    const pugi::xpath_node title = doc.select_node("//*[local-name()='title']");
    return title ? collapse_spaces(title.node().text().get()) : std::string();
}

FileReleases finish(Release release, std::string property, FileType type, const std::string& path) {
    if (release.title.empty()) release.title = std::move(property);
    if (release.title.empty() && release.body.empty()) throw FileError(path, "no text in it");
    finish_release(release);
    FileReleases out;
    out.releases.push_back({path, type, std::move(release), {}});
    return out;
}

// ---- ODT (OpenDocument text) ----

// The text of a paragraph or heading: spans, links, text:s (n spaces), tabs and line breaks;
// notes' bodies go to `notes` rather than inline.
void odt_inline(const pugi::xml_node& node, std::string& out, std::string& notes) {
    for (const pugi::xml_node& child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            out += child.value();
            continue;
        }
        const std::string_view name = child.name();
        if (name == "text:s" || name == "text:tab" || name == "text:line-break") out += ' ';
        else if (name == "text:note") {
            out += child.child("text:note-citation").text().get();
            std::string note;
            for (const pugi::xml_node& p : child.child("text:note-body").children()) {
                odt_inline(p, note, notes);
                note += ' ';
            }
            add_paragraph(notes, note);
        } else if (name == "office:annotation" || name == "text:bookmark-start" ||
                   name == "text:bookmark-end")
            continue;
        else odt_inline(child, out, notes);
    }
}

void odt_blocks(const pugi::xml_node& node, DocxText& out, std::string& notes, bool& seen_text) {
    for (const pugi::xml_node& child : node.children()) {
        const std::string_view name = child.name();
        if (name == "text:p" || name == "text:h") {
            std::string text;
            odt_inline(child, text, notes);
            text = collapse_spaces(text);
            if (text.empty()) continue;
            const std::string_view style = child.attribute("text:style-name").value();
            const bool heading = name == "text:h" || style == "Title";
            if (!seen_text && out.title.empty() && heading) out.title = text;
            else add_paragraph(out.body, text);
            seen_text = true;
        } else if (name == "table:table") {
            for (const pugi::xpath_node& row : child.select_nodes(".//*[local-name()='table-row']")) {
                std::string line;
                for (const pugi::xml_node& cell : row.node().children("table:table-cell")) {
                    std::string cell_text;
                    for (const pugi::xml_node& p : cell.children()) {
                        odt_inline(p, cell_text, notes);
                        cell_text += ' ';
                    }
                    cell_text = collapse_spaces(cell_text);
                    if (cell_text.empty()) continue;
                    if (!line.empty()) line += " | ";
                    line += cell_text;
                }
                add_paragraph(out.body, line);
            }
            seen_text = true;
        } else if (name == "text:list" || name == "text:list-item" || name == "text:list-header" ||
                   name == "text:section" || name == "office:text" || name == "office:body") {
            odt_blocks(child, out, notes, seen_text);
        }
    }
}

} // namespace

FileReleases read_docx(std::string_view bytes, const std::string& path) {
    ZipArchive zip(bytes, path, "DOCX");
    const pugi::xml_document document = parse_xml(zip.read("word/document.xml"), path, "DOCX");
    DocxText text;
    bool seen_text = false;
    docx_blocks(document.child("w:document").child("w:body"), text, seen_text);
    // Footnotes and endnotes after the text, as a reader meets them.
    for (const char* part : {"word/footnotes.xml", "word/endnotes.xml"}) {
        if (!zip.has(part)) continue;
        const pugi::xml_document notes = parse_xml(zip.read(part), path, "DOCX");
        for (const pugi::xml_node& note : notes.first_child().children()) {
            const std::string_view type = note.attribute("w:type").value();
            if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice")
                continue;
            bool seen = true;
            docx_blocks(note, text, seen);
        }
    }
    std::string property;
    if (zip.has("docProps/core.xml"))
        property = property_title(parse_xml(zip.read("docProps/core.xml"), path, "DOCX"));
    Release release;
    release.title = std::move(text.title);
    release.body = std::move(text.body);
    return finish(std::move(release), std::move(property), FileType::docx, path);
}

FileReleases read_odt(std::string_view bytes, const std::string& path) {
    ZipArchive zip(bytes, path, "ODT");
    const pugi::xml_document content = parse_xml(zip.read("content.xml"), path, "ODT");
    DocxText text;
    std::string notes;
    bool seen_text = false;
    odt_blocks(content.child("office:document-content").child("office:body"), text, notes, seen_text);
    if (!notes.empty()) add_paragraph(text.body, notes);
    std::string property;
    if (zip.has("meta.xml")) property = property_title(parse_xml(zip.read("meta.xml"), path, "ODT"));
    Release release;
    release.title = std::move(text.title);
    release.body = std::move(text.body);
    return finish(std::move(release), std::move(property), FileType::odt, path);
}

} // namespace pressdex::formats
