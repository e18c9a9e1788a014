#include "indexer/html.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <utility>

namespace pressdex {
namespace {

using Words = std::initializer_list<std::string_view>;
using TagSet = std::array<bool, GUMBO_TAG_LAST + 1>;

constexpr TagSet tag_set(std::initializer_list<GumboTag> tags) {
    TagSet set{};
    for (const GumboTag t : tags) set[t] = true;
    return set;
}

// Never text: code, embedded media and widgets a reader cannot read as prose.
constexpr TagSet kSkipped = tag_set({GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE,
    GUMBO_TAG_SVG, GUMBO_TAG_MATH, GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_CANVAS,
    GUMBO_TAG_BUTTON, GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_AUDIO, GUMBO_TAG_VIDEO, GUMBO_TAG_MAP});
constexpr TagSet kBlock = tag_set({GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE,
    GUMBO_TAG_BR, GUMBO_TAG_CENTER, GUMBO_TAG_DD, GUMBO_TAG_DETAILS, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT,
    GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_FORM, GUMBO_TAG_H1,
    GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP,
    GUMBO_TAG_HR, GUMBO_TAG_LI, GUMBO_TAG_MAIN, GUMBO_TAG_NAV, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PRE,
    GUMBO_TAG_SECTION, GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_TR,
    GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_UL, GUMBO_TAG_CAPTION, GUMBO_TAG_BODY, GUMBO_TAG_HTML,
    GUMBO_TAG_SUMMARY, GUMBO_TAG_LEGEND, GUMBO_TAG_OPTION});
// Blocks whose prose belongs to the container around them: a list is part of the text it is in.
constexpr TagSet kTransparent = tag_set({GUMBO_TAG_UL, GUMBO_TAG_OL, GUMBO_TAG_DL, GUMBO_TAG_LI,
    GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_TR});
constexpr TagSet kChromeTag = tag_set({GUMBO_TAG_NAV, GUMBO_TAG_ASIDE, GUMBO_TAG_HEADER, GUMBO_TAG_FOOTER,
    GUMBO_TAG_MENU});

bool is_heading(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }
bool breaks_paragraph(GumboTag t) { return kBlock[t] && t != GUMBO_TAG_TD && t != GUMBO_TAG_TH; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool iequals(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) { return lower(x) == lower(y); });
}
bool in(std::string_view s, Words words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return iequals(s, w); });
}

// Gumbo spends O(depth) per start tag, so 100k nested <div> would take a minute. Browsers cap
// the depth (Blink at 512); past kMaxDepth we drop the tags and keep their text. Tags that
// close themselves or their siblings (<br>, <p>, <li>) do not count as nesting.
constexpr int kMaxDepth = 1000;
std::string_view cap_nesting(std::string_view html, std::string& storage) {
    int depth = 0;
    std::size_t copied = 0;
    for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
        const bool end_tag = i + 1 < html.size() && html[i + 1] == '/';
        const std::size_t name = i + 1 + end_tag, gt = html.find('>', name);
        if (gt == std::string_view::npos) break;
        std::size_t len = 0;
        while (name + len < gt && std::isalnum(static_cast<unsigned char>(html[name + len]))) ++len;
        if (len == 0 || in(html.substr(name, len), {"br", "img", "meta", "link", "input", "hr", "wbr", "area",
                "base", "col", "embed", "param", "source", "track", "p", "li", "dt", "dd", "option", "tr", "td", "th"}))
            continue;
        const bool nests = !end_tag && html[gt - 1] != '/';
        depth += nests;
        if (depth > kMaxDepth) {
            storage.append(html.substr(copied, i - copied)).push_back(' ');
            copied = gt + 1;
        }
        if (end_tag && depth > 0) --depth;
    }
    if (copied == 0) return html;
    storage.append(html.substr(copied));
    return storage;
}

// Gumbo mallocs every node and string; an arena makes that cheap and frees the tree at once.
class Arena {
public:
    static void* allocate(void* self, std::size_t size) { return static_cast<Arena*>(self)->take(size); }
    static void release(void*, void*) {}

private:
    void* take(std::size_t size) {
        size = (size + 15) & ~std::size_t{15};
        if (size > left_) {
            left_ = std::max<std::size_t>(size, 64 * 1024);
            next_ = blocks_.emplace_back(std::make_unique_for_overwrite<std::byte[]>(left_)).get();
        }
        left_ -= size;
        next_ += size;
        return next_ - size;
    }
    std::vector<std::unique_ptr<std::byte[]>> blocks_;
    std::byte* next_ = nullptr;
    std::size_t left_ = 0;
};

const GumboVector* children_of(const GumboNode* n) {
    if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
    return nullptr;
}

// Pre-order walk with an explicit stack (pages may nest deeply). `enter` returns false to skip
// an element's subtree; `leave` runs after an entered element's children.
template <class Enter, class Text, class Leave>
void walk(const GumboNode* root, Enter&& enter, Text&& text, Leave&& leave) {
    if (!enter(root)) return;
    std::vector<std::pair<const GumboNode*, unsigned>> stack{{root, 0u}};
    while (!stack.empty()) {
        auto& [node, next] = stack.back();
        const GumboVector* kids = children_of(node);
        if (!kids || next >= kids->length) {
            leave(node);
            stack.pop_back();
            continue;
        }
        const auto* child = static_cast<const GumboNode*>(kids->data[next++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) text(child->v.text.text);
        else if (child->type == GUMBO_NODE_ELEMENT && enter(child)) stack.emplace_back(child, 0u);
    }
}

std::string_view attr(const GumboNode* n, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

// Calls f on each "-"/"_"-separated part of each whitespace-separated token until it is true.
template <class F>
bool any_part(std::string_view value, F&& f) {
    for (std::size_t i = 0, end = 0; i <= value.size(); i = end + 1) {
        end = std::min(value.find_first_of("-_ \t\n\r\f", i), value.size());
        if (end > i && f(value.substr(i, end - i))) return true;
    }
    return false;
}

// A class/id token naming site chrome. Parts match whole ("menu" in "block--menu-footer", not in
// "menuhin"); "header"/"footer" only when no part ties the block to the article ("article-header"
// and "pr-header" hold its date); layout states such as "has-sidebar" or "one-sidebar" are no block.
bool chrome_token(std::string_view value) {
    for (std::size_t i = 0, end = 0; i < value.size(); i = end + 1) {
        end = std::min(value.find_first_of(" \t\n\r\f", i), value.size());
        const std::string_view token = value.substr(i, end - i);
        if (token.empty() || in(token.substr(0, token.find_first_of("-_")), {"has", "with", "no", "is", "not",
                                                                               "one", "two", "js"}))
            continue;
        if (in(token, {"sr-only", "screen-reader-text", "element-invisible", "element-hidden", "visually-hidden",
                       "visuallyhidden", "hidden", "invisible"}))
            return true;
        bool weak = false, owned = false;
        const bool strong = any_part(token, [&](std::string_view p) {
            weak = weak || in(p, {"header", "footer", "head", "foot"});
            owned = owned || in(p, {"article", "entry", "post", "content", "story", "node", "pr", "release", "news",
                                    "item", "page", "body", "text"});
            return in(p, {"nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "sidebar",
                          "share", "sharing", "sharethis", "social", "cookie", "cookies", "consent", "skip",
                          "skiplink", "skipnav", "toolbar", "topbar", "pagination", "pager", "comments", "advert",
                          "ads", "sponsored", "newsletter", "subscribe", "signup", "login", "search", "promo",
                          "masthead", "banner", "related"});
        });
        if (strong || (weak && !owned)) return true;
    }
    return false;
}

bool hidden(const GumboNode* n) {
    const std::string_view style = attr(n, "style");
    const auto has = [&](std::string_view s) {
        return std::search(style.begin(), style.end(), s.begin(), s.end(),
                           [](char x, char y) { return lower(x) == y; }) != style.end();
    };
    return kSkipped[n->v.element.tag] || n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML ||
           gumbo_get_attribute(&n->v.element.attributes, "hidden") || iequals(attr(n, "aria-hidden"), "true") ||
           has("display:none") || has("display: none") || has("visibility:hidden");
}

// Collapses whitespace (NBSP too) to single spaces; a block boundary becomes one "\n\n" between
// non-empty paragraphs, so empty <p></p> and runs of <br> leave no trace.
class TextSink {
public:
    void text(std::string_view s) {
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            const bool nbsp = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
            if (c <= ' ' || c == 0x7f || nbsp) {
                space_ = true;
                i += nbsp;
                continue;
            }
            if (!out_.empty() && (brk_ || space_)) out_ += brk_ ? "\n\n" : " ";
            brk_ = space_ = false;
            out_ += static_cast<char>(c);
        }
    }
    void boundary(bool paragraph) { (paragraph ? brk_ : space_) = true; }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
    bool space_ = false, brk_ = false;
};

std::string collapse(std::string_view s) {
    TextSink sink;
    return sink.text(s), sink.take();
}

struct Node {
    const GumboNode* g;
    int parent, end = 0;             // end: one past the last descendant, in pre-order
    std::uint64_t own_text = 0;      // non-space bytes of direct text children
    std::uint8_t chrome = 0;         // 1: chrome by tag or role, 2: by class, id or <form>
    std::uint8_t level = 0;          // 3 articleBody, 2 article, 1 main: how surely it is the content
    bool has_block_child = false;
};

int date_rank(std::string_view name) {
    if (in(name, {"article:published_time", "og:published_time", "og:article:published_time", "datePublished"}))
        return 0;
    if (in(name, {"date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued",
                  "dcterms.created", "pubdate", "publishdate", "publish_date", "publish-date", "publication_date",
                  "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date", "dc:date",
                  "dcterms:date", "dcterms:issued", "dateCreated"}))
        return 1;
    if (in(name, {"article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified"}))
        return 5;
    return -1;
}

class Extractor {
public:
    explicit Extractor(const GumboNode* root);
    HtmlText run();

private:
    void add(const GumboNode* g);
    void prune_and_score();
    int choose_root() const;
    int densest(int root) const;
    std::string text_of(int index, bool paragraphs) const;
    std::string issuer_header(int scope, int body) const;
    int outer_landmark(int root) const;
    std::string choose_h1(int root, int scope, std::string_view page_title) const;
    void dates_in(int scope);
    // Inside a landmark, chrome-looking blocks (the article's <header>) still hold its title and date.
    bool sees(int scope, int i) const { return !pruned_[i] || nodes_[scope].level > 0; }

    std::vector<Node> nodes_;
    std::vector<std::uint8_t> pruned_;
    std::vector<std::uint64_t> score_, sub_; // prose owned by each container / below each node
    std::string og_title_, page_title_;
    std::vector<std::pair<int, std::string>> dates_; // rank (lower is surer), date
    int body_ = 0;
};

Extractor::Extractor(const GumboNode* root) {
    std::vector<int> open;
    bool in_title = false;
    walk(root, [&](const GumboNode* g) {
            if (hidden(g)) return false;
            in_title = g->v.element.tag == GUMBO_TAG_TITLE && page_title_.empty();
            nodes_.push_back(Node{g, open.empty() ? -1 : open.back()});
            add(g);
            open.push_back(static_cast<int>(nodes_.size()) - 1);
            return true;
        },
        [&](std::string_view s) {
            nodes_[open.back()].own_text += static_cast<std::uint64_t>(
                std::count_if(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) > ' '; }));
            if (in_title) page_title_ += s;
        },
        [&](const GumboNode*) {
            nodes_[open.back()].end = static_cast<int>(nodes_.size());
            open.pop_back();
            in_title = false;
        });
}

void Extractor::add(const GumboNode* g) {
    Node& n = nodes_.back();
    const GumboTag tag = g->v.element.tag;
    const std::string_view role = attr(g, "role"), itemprop = attr(g, "itemprop");
    if (kChromeTag[tag] ||
        in(role, {"navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar", "toolbar"}))
        n.chrome = 1;
    else if (tag == GUMBO_TAG_FORM || chrome_token(attr(g, "class")) || chrome_token(attr(g, "id")))
        n.chrome = 2;
    n.level = iequals(itemprop, "articleBody") ? 3
            : tag == GUMBO_TAG_ARTICLE || iequals(role, "article") ? 2
            : tag == GUMBO_TAG_MAIN || iequals(role, "main") ? 1 : 0;
    if (tag == GUMBO_TAG_BODY) body_ = static_cast<int>(nodes_.size()) - 1;
    if (n.parent >= 0 && kBlock[tag] && tag != GUMBO_TAG_BR && tag != GUMBO_TAG_HR)
        nodes_[n.parent].has_block_child = true;
    if (tag == GUMBO_TAG_META) {
        std::string_view name = attr(g, "property");
        if (name.empty()) name = attr(g, "name");
        if (name.empty()) name = itemprop;
        const std::string_view content = attr(g, "content");
        const int rank = date_rank(name);
        if (iequals(name, "og:title") && og_title_.empty()) og_title_ = content;
        else if (rank >= 0 && !content.empty()) dates_.push_back({rank, std::string(content)});
    } else if (const int rank = date_rank(itemprop.empty() ? attr(g, "property") : itemprop); rank >= 0) {
        // Microdata and RDFa put a machine-readable date on the element itself.
        std::string_view v = attr(g, "content");
        if (v.empty()) v = attr(g, "datetime");
        if (!v.empty()) dates_.push_back({std::min(rank, 2), std::string(v)});
    }
}

// Decides what is chrome, then scores containers readability-style by the prose they own
// directly: text in paragraphs of 40+ visible bytes, not counting links and headings.
void Extractor::prune_and_score() {
    const std::size_t n = nodes_.size();
    std::vector<std::uint64_t> raw(n), text(n), para(n);
    std::vector<std::uint8_t> landmark(n);
    for (std::size_t i = n; i-- > 0;) {
        const Node& x = nodes_[i];
        raw[i] += x.own_text;
        landmark[i] |= x.level > 0;
        if (x.parent < 0) continue;
        if (x.g->v.element.tag != GUMBO_TAG_A) raw[x.parent] += raw[i];
        landmark[x.parent] |= landmark[i];
    }
    // Chrome around the content is kept: an ASP.NET <form>, a body with class "sidebar-second";
    // so is class-named chrome that holds much of the page's text.
    pruned_.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const Node& x = nodes_[i];
        pruned_[i] = (x.parent >= 0 && pruned_[x.parent]) ||
                     (x.chrome && !landmark[i] && (x.chrome == 1 || raw[i] * 10 < raw[body_] * 4));
    }
    score_.assign(n, 0);
    sub_.assign(n, 0);
    const auto prose = [](std::uint64_t len) { return len >= 40 ? len : 0; };
    for (std::size_t i = n; i-- > 0;) {
        const Node& x = nodes_[i];
        text[i] += x.own_text;
        const GumboTag tag = x.g->v.element.tag;
        const int p = x.parent;
        if (pruned_[i] || tag == GUMBO_TAG_A || is_heading(tag)) continue;
        if (!kBlock[tag]) {
            if (p >= 0) text[p] += text[i], para[p] += para[i];
        } else if (!x.has_block_child || kTransparent[tag]) {
            if (p >= 0) para[p] += para[i] + prose(text[i]);
        } else {
            score_[i] = para[i] + prose(text[i]);
        }
        sub_[i] += score_[i];
        if (p >= 0) sub_[p] += sub_[i];
    }
}

// The most specific semantic container holding a fair share of the page's prose, else <body>.
int Extractor::choose_root() const {
    for (int level = 3; level > 0; --level) {
        int best = -1;
        for (int i = 0; i < static_cast<int>(nodes_.size()); ++i)
            if (nodes_[i].level == level && !pruned_[i] && (best < 0 || sub_[i] > sub_[best])) best = i;
        if (best >= 0 && sub_[best] * 10 >= sub_[body_] * 3) return best;
    }
    return body_;
}

// The container owning the most prose, widened while its parent has prose of its own around it
// or while it holds too little of the root's prose (a release split over several divs).
int Extractor::densest(int root) const {
    int best = root;
    for (int i = root; i < nodes_[root].end; ++i)
        if (!pruned_[i] && score_[i] > score_[best]) best = i;
    int cur = best;
    while (cur != root && (score_[nodes_[cur].parent] * 20 >= score_[best] || sub_[cur] * 10 < sub_[root] * 6))
        cur = nodes_[cur].parent;
    return cur;
}

std::string Extractor::text_of(int index, bool paragraphs) const {
    TextSink sink;
    int next = index; // pre-order index of the next element entered, as in the constructor
    walk(nodes_[index].g, [&](const GumboNode* g) {
            if (hidden(g)) return false;
            const int i = next++;
            if (paragraphs && pruned_[i] && i != index) {
                next = nodes_[i].end;
                return false;
            }
            if (kBlock[g->v.element.tag]) sink.boundary(paragraphs && breaks_paragraph(g->v.element.tag));
            return true;
        },
        [&](std::string_view s) { sink.text(s); },
        [&](const GumboNode* g) {
            if (kBlock[g->v.element.tag]) sink.boundary(paragraphs && breaks_paragraph(g->v.element.tag));
        });
    return sink.take();
}

// The article or main region around the content: its header holds the title and date that
// an articleBody root leaves out.
int Extractor::outer_landmark(int root) const {
    int scope = root;
    for (int i = root; i > 0 && i != body_; i = nodes_[i].parent)
        if (nodes_[i].level > 0) scope = i;
    return scope;
}

// The release's <h1>: in the content first, then around it, preferably the one the <title>
// repeats, since a site name ("Justice News") is often an <h1> too.
std::string Extractor::choose_h1(int root, int scope, std::string_view page_title) const {
    std::string first;
    const int n = static_cast<int>(nodes_.size());
    for (const auto& [from, to] : {std::pair{root, nodes_[root].end}, {scope, nodes_[scope].end}, {0, n}}) {
        for (int i = from; i < to; ++i) {
            const bool inside = i >= scope && i < nodes_[scope].end;
            if (nodes_[i].g->v.element.tag != GUMBO_TAG_H1 || !(inside ? sees(scope, i) : !pruned_[i])) continue;
            std::string t = text_of(i, false);
            const bool in_title = !t.empty() && page_title.find(t) != std::string_view::npos;
            if (in_title || first.empty()) first = std::move(t);
            if (in_title) return first;
        }
    }
    return first;
}

// <time> and elements whose class names a date, only around the content: a sidebar listing
// other releases must not lend its dates.
void Extractor::dates_in(int scope) {
    const auto is_date = [](std::string_view p) {
        return in(p, {"date", "pubdate", "published", "publishdate", "datetime", "dateline", "timestamp"});
    };
    for (int i = scope; i < nodes_[scope].end; ++i) {
        const GumboNode* g = nodes_[i].g;
        const bool time = g->v.element.tag == GUMBO_TAG_TIME;
        if (!sees(scope, i) || (!time && !any_part(attr(g, "class"), is_date) && !any_part(attr(g, "id"), is_date)))
            continue;
        if (time && !attr(g, "datetime").empty()) dates_.push_back({3, std::string(attr(g, "datetime"))});
        std::string t = text_of(i, false);
        if (t.size() <= 80 && std::any_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
            dates_.push_back({time ? 3 : 4, std::move(t)});
    }
}

// " | OPA | Department of Justice" or " - Site" trails the release's name in <title>.
std::string strip_site_suffix(std::string title) {
    if (const std::size_t bar = title.find(" | "); bar != std::string::npos && bar > 0) return title.substr(0, bar);
    for (const std::string_view sep : {" - ", " \u2013 ", " \u2014 ", " :: ", " \u00bb "}) {
        const std::size_t at = title.rfind(sep);
        if (at != std::string::npos && at > 0 && title.size() - at - sep.size() < at) return title.substr(0, at);
    }
    return title;
}

// A release's own header before its text names who issues it ("Department of Justice /
// Office of Public Affairs" in a justice.gov page's "pr-header"): a short block before the
// text, inside the article, whose class says it is the release's or the article's header,
// holding no digits (not the date line).
std::string Extractor::issuer_header(int scope, int body) const {
    const auto owned = [](std::string_view p) { return in(p, {"pr", "release", "article", "press", "news"}); };
    for (int i = scope; i < body && i < nodes_[scope].end; ++i) {
        const std::string_view cls = attr(nodes_[i].g, "class");
        if (!any_part(cls, [](std::string_view p) { return p == "header"; }) || !any_part(cls, owned)) continue;
        if (i <= body && body < nodes_[i].end) continue; // the text itself sits inside it
        std::string text = text_of(i, true);
        if (text.empty() || text.size() > 200 ||
            std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        return text;
    }
    return {};
}

HtmlText Extractor::run() {
    HtmlText out;
    if (nodes_.empty()) return out;
    prune_and_score();
    const int root = choose_root();
    const int body = densest(root);
    out.body = text_of(body, true);
    const std::string page_title = collapse(page_title_);
    out.title = collapse(og_title_);
    const int scope = outer_landmark(root);
    out.issuer = issuer_header(scope, body);
    if (out.title.empty()) out.title = choose_h1(root, scope, page_title);
    if (out.title.empty()) out.title = strip_site_suffix(page_title);
    if (!out.title.empty() && out.body.starts_with(out.title) &&
        (out.body.size() == out.title.size() || out.body.compare(out.title.size(), 2, "\n\n") == 0))
        out.body.erase(0, std::min(out.body.size(), out.title.size() + 2));
    dates_in(scope);
    std::stable_sort(dates_.begin(), dates_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [rank, date] : dates_) {
        std::string v = collapse(date);
        if (!v.empty() && std::find(out.dates.begin(), out.dates.end(), v) == out.dates.end())
            out.dates.push_back(std::move(v));
    }
    return out;
}

} // namespace

HtmlText html_to_text(std::string_view utf8_html) {
    Arena arena; // declared first: it owns the tree even if extraction throws
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::allocate;
    options.deallocator = &Arena::release;
    options.userdata = &arena;
    options.max_errors = 0; // we never read parse errors: recording them only costs time
    std::string capped;
    const std::string_view html = cap_nesting(utf8_html, capped);
    GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
    HtmlText text;
    if (output && output->root && output->root->type == GUMBO_NODE_ELEMENT) text = Extractor(output->root).run();
    // Recursive, but cap_nesting bounds the depth; with the arena it frees nothing itself.
    if (output) gumbo_destroy_output(&options, output);
    return text;
}

} // namespace pressdex
