#include "serve/assets.hpp"

namespace pressdex::serve::assets {

const std::string_view style_css = R"css(
:root { --ink: #1d2330; --dim: #5b6474; --line: #dde1e8; --accent: #1f5fbf; --mark: #fff1a8;
        --bg: #f6f7f9; --card: #ffffff; --quote: #eef4ff; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       color: var(--ink); background: var(--bg); }
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
header.top { background: var(--card); border-bottom: 1px solid var(--line); padding: .75rem 1rem; }
header.top .inner { max-width: 72rem; margin: 0 auto; display: flex; flex-wrap: wrap; gap: .5rem 1rem;
                    align-items: center; }
.brand { font-weight: 700; font-size: 1.25rem; color: var(--ink); letter-spacing: .02em; }
form.search { flex: 1 1 30rem; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
form.search input[type=search] { flex: 1 1 16rem; min-width: 0; font: inherit; padding: .45rem .6rem;
                                 border: 1px solid #b9c0cc; border-radius: .35rem; }
form.search button { font: inherit; padding: .45rem .9rem; border: 0; border-radius: .35rem;
                     background: var(--accent); color: #fff; cursor: pointer; }
form.search .range { display: flex; flex-wrap: wrap; gap: .5rem; font-size: .875rem; color: var(--dim); }
form.search .range input, form.search .range select { font: inherit; padding: .2rem .3rem;
                                                       border: 1px solid #b9c0cc; border-radius: .3rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
.modes { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; margin-bottom: .5rem;
         font-size: .95rem; }
.modes a.on { color: var(--ink); font-weight: 700; border-bottom: 2px solid var(--accent); }
.modes .sort { margin-left: auto; color: var(--dim); }
.modes .sort a.on { border: 0; }
.summary, .suggestion, .notice { color: var(--dim); margin: .25rem 0 .75rem; }
.suggestion a { font-weight: 600; }
.error { background: #fdecea; border: 1px solid #f2b8b5; color: #8a1c14; padding: .6rem .8rem;
         border-radius: .35rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 16rem; gap: 1.5rem; }
@media (max-width: 48rem) { .layout { grid-template-columns: minmax(0, 1fr); } .modes .sort { margin-left: 0; } }
.hit, .quote-hit { background: var(--card); border: 1px solid var(--line); border-radius: .5rem;
                   padding: .75rem 1rem; margin-bottom: .75rem; overflow-wrap: anywhere; }
.hit h2, .quote-hit h2 { font-size: 1.1rem; margin: 0 0 .2rem; line-height: 1.3; }
.meta { color: var(--dim); font-size: .875rem; margin: 0 0 .35rem; }
.meta span + span::before { content: "\00b7"; margin: 0 .45em; }
.people { font-size: .875rem; margin: .15rem 0; }
.people b { color: var(--dim); font-weight: 600; }
.snippet { margin: .35rem 0; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: .15em; }
.actions { font-size: .875rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; color: var(--dim); }
.missing { font-size: .8rem; color: var(--dim); }
blockquote { margin: .25rem 0 .4rem; padding: .2rem .8rem; border-left: 3px solid var(--accent);
             background: var(--quote); }
aside.facets h3 { font-size: .9rem; margin: .75rem 0 .25rem; color: var(--dim); text-transform: uppercase;
                  letter-spacing: .05em; }
aside.facets ul { list-style: none; margin: 0; padding: 0; font-size: .9rem; }
aside.facets li { display: flex; justify-content: space-between; gap: .5rem; padding: .1rem 0; }
aside.facets li span { color: var(--dim); }
.pager { display: flex; justify-content: space-between; margin: 1rem 0; }
.release { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem 1.25rem; }
.release h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 .35rem; overflow-wrap: anywhere; }
.release .text { white-space: pre-wrap; overflow-wrap: anywhere; margin-top: 1rem; }
.release q.said { background: var(--quote); border-bottom: 2px solid var(--accent); quotes: none; }
.release .who { font-size: .8rem; font-weight: 600; color: var(--accent); white-space: nowrap; }
.release dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: .9rem; margin: .5rem 0; }
.release dt { color: var(--dim); }
.release dd { margin: 0; overflow-wrap: anywhere; }
.said-list li { margin-bottom: .4rem; }
footer { max-width: 72rem; margin: 1rem auto; padding: 0 1rem 2rem; color: var(--dim); font-size: .8rem; }
)css";

const std::string_view header_html = R"html(<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{page_title}} - pressdex</title>
<link rel="stylesheet" href="/static/style.css"></head>
<body><header class="top"><div class="inner"><a class="brand" href="/">pressdex</a>
<form class="search" method="get" action="/" role="search">
<input type="search" id="q" name="q" value="{{q}}" maxlength="{{max_query}}" placeholder="Search press releases: words, &quot;phrases&quot;, speaker:, org:, date:" aria-label="Search">
{{#quotes}}<input type="hidden" name="quotes" value="1">{{/quotes}}
<button type="submit" id="go">Search</button>
<div class="range"><label>From <input type="date" name="from" id="from" value="{{from}}"></label>
<label>To <input type="date" name="to" id="to" value="{{to}}"></label>
<label>Sort <select name="sort" id="sort"><option value="relevance"{{#by_relevance}} selected{{/by_relevance}}>relevance</option><option value="date"{{#by_date}} selected{{/by_date}}>newest first</option></select></label></div>
</form></div></header>
<main>
)html";

const std::string_view results_html = R"html({{#error}}<p class="error" id="error">{{message}}</p>{{/error}}
{{#searched}}<nav class="modes"><a href="{{releases_url}}" id="mode-releases"{{^quotes}} class="on"{{/quotes}}>Releases</a>
<a href="{{quotes_url}}" id="mode-quotes"{{#quotes}} class="on"{{/quotes}}>Who said what</a>
<span class="sort">Sort: <a href="{{relevance_url}}"{{#by_relevance}} class="on"{{/by_relevance}}>relevance</a> | <a href="{{date_url}}" id="sort-date"{{#by_date}} class="on"{{/by_date}}>newest first</a></span></nav>
{{#like_title}}<p class="notice">More like <a href="{{like_url}}">{{like_title}}</a></p>{{/like_title}}
{{#suggestion}}<p class="suggestion" id="suggestion">Did you mean <a href="{{suggestion_url}}">{{suggestion}}</a>?</p>{{/suggestion}}
<p class="summary" id="summary">{{summary}}</p>
{{#cut_short}}<p class="notice" id="cut-short">{{cut_short}}</p>{{/cut_short}}
<div class="layout"><section class="results" id="results">
{{#hits}}{{#tier_break}}<p class="notice">With only some of the words:</p>{{/tier_break}}
<article class="hit"><h2><a class="title" href="{{release_url}}">{{title}}</a></h2>
<p class="meta">{{#date}}<span>{{date}}</span>{{/date}}{{#place}}<span>{{place}}</span>{{/place}}<span>{{type}}</span></p>
{{#has_speakers}}<p class="people"><b>Speakers:</b> {{speakers}}</p>{{/has_speakers}}
{{#has_orgs}}<p class="people"><b>Organisations:</b> {{orgs}}</p>{{/has_orgs}}
<p class="snippet">{{{snippet_html}}}</p>
{{#missing}}<p class="missing">Missing: {{missing}}</p>{{/missing}}
<p class="actions"><a href="{{like_link}}" class="like">More like this</a>{{#copies}}<a href="{{copies_url}}" class="copies">+{{copies}} {{copies_word}}</a>{{/copies}}</p></article>
{{/hits}}
{{#quote_hits}}{{#tier_break}}<p class="notice">With only some of the words:</p>{{/tier_break}}
<article class="quote-hit"><h2 class="speaker">{{speaker}}</h2>
<p class="meta">{{#role}}<span>{{role}}</span>{{/role}}{{#organisation}}<span>{{organisation}}</span>{{/organisation}}{{#date}}<span>{{date}}</span>{{/date}}</p>
<blockquote>{{{text_html}}}</blockquote>
<p class="actions"><a href="{{release_url}}" class="title">{{title}}</a></p></article>
{{/quote_hits}}
{{#paging}}<nav class="pager">{{#prev_url}}<a href="{{prev_url}}" id="prev" rel="prev">&larr; Previous</a>{{/prev_url}}{{^prev_url}}<span></span>{{/prev_url}}{{#next_url}}<a href="{{next_url}}" id="next" rel="next">Next &rarr;</a>{{/next_url}}</nav>{{/paging}}
</section>
<aside class="facets" id="facets">{{#facets}}<h3>{{label}}</h3><ul>{{#values}}<li><a href="{{url}}" class="facet-{{name}}">{{value}}</a><span>{{count}}</span></li>{{/values}}</ul>{{/facets}}</aside></div>
{{/searched}}
{{^searched}}{{^error}}<p class="notice">Search the {{releases}} indexed releases. Type words or &quot;a phrase&quot;; narrow with speaker:, org:, place:, title:, type: or date:2024-05. Switch to <em>Who said what</em> to search quotations.</p>{{/error}}{{/searched}}
)html";

const std::string_view release_html = R"html(<article class="release" id="release"><h1>{{title}}</h1>
<p class="meta">{{#date}}<span>{{date}}</span>{{/date}}{{#place}}<span>{{place}}</span>{{/place}}<span>{{type}}</span></p>
<dl><dt>File</dt><dd>{{path}}</dd>
{{#has_orgs}}<dt>Organisations</dt><dd>{{#orgs}}<a href="{{url}}">{{name}}</a>{{#aliases}} ({{aliases}}){{/aliases}}{{^last}}; {{/last}}{{/orgs}}</dd>{{/has_orgs}}
{{#has_speakers}}<dt>Speakers</dt><dd>{{#speakers}}<a href="{{url}}">{{name}}</a>{{^last}}; {{/last}}{{/speakers}}</dd>{{/has_speakers}}</dl>
<p class="actions"><a href="{{like_url}}" id="like">More like this</a></p>
<div class="text">{{#segments}}{{#said}}<q class="said" title="{{speaker}}">{{text}}</q> <span class="who">[{{speaker}}]</span>{{/said}}{{^said}}{{text}}{{/said}}{{/segments}}</div>
{{#has_unplaced}}<h2>Also quoted</h2><ul class="said-list">{{#unplaced}}<li><b>{{speaker}}</b>: {{text}}</li>{{/unplaced}}</ul>{{/has_unplaced}}
</article>
)html";

const std::string_view footer_html = R"html(</main><footer>pressdex {{version}} &middot; <a href="/api/health">API</a></footer></body></html>
)html";

} // namespace pressdex::serve::assets
