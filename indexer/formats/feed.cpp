#include "indexer/formats/formats.hpp"

#include "indexer/dateline.hpp"
#include "indexer/formats/xml.hpp"
#include "indexer/read_release.hpp"
#include "pressdex/error.hpp"

#include <ctime>
#include <sstream>

namespace pressdex::formats {
namespace {

// A child element's text by local name, whatever its namespace prefix (Atom is often
// written with one, RSS modules such as content:encoded and dc:date always are).
pugi::xml_node child_named(const pugi::xml_node& node, std::string_view local) {
    for (const pugi::xml_node& child : node.children()) {
        std::string_view name = child.name();
        if (const auto colon = name.find(':'); colon != std::string_view::npos) {
            // only the prefixed form for names that are prefixed in their module
            if (local.find(':') == std::string_view::npos) name.remove_prefix(colon + 1);
        }
        if (name == local) return child;
    }
    return {};
}

std::string text_of(const pugi::xml_node& node) {
    std::string out;
    for (const pugi::xml_node& child : node.children())
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) out += child.value();
        else if (child.type() == pugi::node_element) {
            // Atom's type="xhtml" content: the markup itself
            std::ostringstream markup;
            child.print(markup, "", pugi::format_raw);
            out += markup.str();
        }
    return out;
}

// RFC 822 dates ("Mon, 01 Sep 2025 10:00:00 +0000") and ISO 8601 ones ("2026-06-10T08:00:00Z").
std::string feed_date(const std::string& text) {
    if (text.empty()) return {};
    if (auto date = parse_date(text)) return *date;
    std::tm tm{};
    for (const char* format : {"%a, %d %b %Y", "%d %b %Y"})
        if (strptime(text.c_str(), format, &tm)) {
            char out[11];
            if (std::strftime(out, sizeof out, "%Y-%m-%d", &tm) == 10) return out;
        }
    return {};
}

std::string atom_link(const pugi::xml_node& entry) {
    std::string first;
    for (const pugi::xml_node& child : entry.children()) {
        std::string_view name = child.name();
        if (const auto colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
        if (name != "link") continue;
        const std::string_view rel = child.attribute("rel").value();
        if (rel.empty() || rel == "alternate") return child.attribute("href").value();
        if (first.empty()) first = child.attribute("href").value();
    }
    return first;
}

// An item's key in its path: its id, else its link, else its position.
std::string item_key(std::string key, std::size_t position) {
    if (key.empty()) return "item-" + std::to_string(position);
    for (char& c : key)
        if (static_cast<unsigned char>(c) < 0x20) c = '_';
    return key;
}

FileRelease feed_item(const std::string& path, std::string key, std::string title, std::string html,
                      std::string date, std::string link) {
    // The content through the HTML reader: its text, paragraphs, a dateline in it.
    Release release = parse_release(html.find('<') == std::string::npos ? "<p>" + html + "</p>" : html,
                                    FileType::html);
    release.title = collapse_spaces(title);
    if (const std::string published = feed_date(collapse_spaces(date)); !published.empty())
        release.date = published;
    return {path + "#" + key, FileType::feed, std::move(release), collapse_spaces(link)};
}

} // namespace

FileReleases read_feed(std::string_view bytes, const std::string& path) {
    const pugi::xml_document doc = parse_xml(std::string(bytes), path, "feed");
    FileReleases out;
    const pugi::xml_node root = doc.document_element();
    std::string_view root_name = root.name();
    if (const auto colon = root_name.find(':'); colon != std::string_view::npos) root_name.remove_prefix(colon + 1);
    std::size_t position = 0;
    const auto full = [&] {
        if (out.releases.size() < max_items) return false;
        out.notes.push_back("items past the first " + std::to_string(max_items) + " not read");
        return true;
    };
    if (root_name == "rss" || root_name == "RDF") {
        // RSS 2.0 (items in the channel) and RSS 1.0 (items beside it).
        std::vector<pugi::xml_node> holders{child_named(root, "channel"), root};
        for (const pugi::xml_node& holder : holders)
            for (const pugi::xml_node& item : holder.children()) {
                std::string_view name = item.name();
                if (const auto colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
                if (name != "item") continue;
                if (full()) break;
                ++position;
                pugi::xml_node content = child_named(item, "content:encoded");
                if (!content) content = child_named(item, "description");
                std::string date = text_of(child_named(item, "pubDate"));
                if (date.empty()) date = text_of(child_named(item, "dc:date"));
                const std::string link = text_of(child_named(item, "link"));
                std::string key = collapse_spaces(text_of(child_named(item, "guid")));
                if (key.empty()) key = collapse_spaces(link);
                out.releases.push_back(feed_item(path, item_key(key, position),
                                                 text_of(child_named(item, "title")), text_of(content),
                                                 date, link));
            }
    } else if (root_name == "feed") {
        for (const pugi::xml_node& entry : root.children()) {
            std::string_view name = entry.name();
            if (const auto colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
            if (name != "entry") continue;
            if (full()) break;
            ++position;
            pugi::xml_node content = child_named(entry, "content");
            if (!content) content = child_named(entry, "summary");
            std::string date = text_of(child_named(entry, "published"));
            if (date.empty()) date = text_of(child_named(entry, "updated"));
            const std::string link = atom_link(entry);
            std::string key = collapse_spaces(text_of(child_named(entry, "id")));
            if (key.empty()) key = collapse_spaces(link);
            out.releases.push_back(feed_item(path, item_key(key, position),
                                             text_of(child_named(entry, "title")), text_of(content),
                                             date, link));
        }
    } else {
        throw FileError(path, "not an RSS or Atom feed");
    }
    std::erase_if(out.releases, [](const FileRelease& item) {
        return item.release.title.empty() && item.release.body.empty();
    });
    if (out.releases.empty()) throw FileError(path, "feed without items");
    return out;
}

} // namespace pressdex::formats
