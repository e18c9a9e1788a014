#include "indexer/extract/lexicon.hpp"

#include "indexer/extract/text.hpp"

#include <cstdint>
#include <fstream>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

namespace pressdex::extract::detail {
namespace {

// A constant set of short words, looked up for nearly every word of every release: open
// addressing over a power-of-two table with FNV-1a, and a mask of the word lengths present,
// so that most misses cost neither a hash nor a comparison.
class Set {
  public:
    Set(std::initializer_list<std::string_view> words) {
        std::size_t size = 8;
        while (size < words.size() * 4) size *= 2;
        slots_.assign(size, std::string_view());
        mask_ = size - 1;
        for (const std::string_view word : words) insert(word);
    }

    [[nodiscard]] std::size_t count(std::string_view word) const {
        if (word.size() > longest || ((lengths_ >> word.size()) & 1) == 0) return 0;
        for (std::size_t i = hash(word) & mask_; slots_[i].data() != nullptr; i = (i + 1) & mask_)
            if (slots_[i] == word) return 1;
        return 0;
    }

  private:
    static constexpr std::size_t longest = 63; // lengths_ has a bit for 0 to 63

    void insert(std::string_view word) {
        if (word.size() > longest) throw std::logic_error("lexicon word too long");
        if (count(word) != 0) return;
        lengths_ |= std::uint64_t{1} << word.size();
        std::size_t i = hash(word) & mask_;
        while (slots_[i].data() != nullptr) i = (i + 1) & mask_;
        slots_[i] = word;
    }

    static std::size_t hash(std::string_view word) {
        std::uint64_t h = 1469598103934665603ull;
        for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }

    std::vector<std::string_view> slots_; // empty slots have no data pointer
    std::size_t mask_ = 0;
    std::uint64_t lengths_ = 0;
};

bool in(const Set& s, std::string_view w) {
    constexpr std::size_t longest = 40; // no table word is longer
    if (w.size() > longest) return false;
    char folded[longest]; // on the stack: this runs for most words of every release
    return s.count(std::string_view(folded, fold_word_into(w, folded))) != 0;
}

} // namespace

bool is_abbreviation(std::string_view w) {
    static const Set s{"dr", "mr", "mrs", "ms", "prof", "inc", "ltd", "corp", "co", "jr", "sr", "st",
                       "mt", "ft", "no", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "rev",
                       "hon", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                       "nov", "dec", "dept", "univ", "assn", "bros", "vs", "etc", "esq", "ph", "messrs",
                       "supt", "cmdr", "adm", "maj", "pres", "atty", "asst", "assoc", "intl", "natl",
                       "mfg", "div", "est", "approx", "fig", "al", "plc", "llc"};
    return in(s, w);
}

bool is_honorific(std::string_view w) {
    static const Set s{"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame",
                       "rev", "reverend", "hon", "honorable", "gov", "governor", "sen", "senator",
                       "rep", "representative", "lt", "col", "capt", "sgt", "gen", "maj", "adm",
                       "cmdr", "judge", "justice", "mayor", "chef", "coach", "pastor", "rabbi",
                       "father", "sister", "brother", "lord", "lady", "sheikh", "president",
                       "messrs", "mme", "mlle", "herr", "frau", "atty", "supt", "officer", "detective",
                       "sheriff", "chief", "commissioner", "councilman", "councilwoman",
                       "councilmember", "congressman", "congresswoman", "secretary", "ambassador",
                       "attorney", "general", "director", "deputy", "acting", "assistant", "agent",
                       "special", "inspector", "trooper", "sergeant", "lieutenant", "captain",
                       "corporal", "private", "admiral", "colonel", "major", "u.s"};
    return in(s, w);
}

bool is_postnominal(std::string_view w) {
    static const Set s{"md", "m.d", "phd", "ph.d", "do", "d.o", "rn", "mph", "mba", "facs", "frcp",
                       "cpa", "esq", "jd", "j.d", "dds", "d.d.s", "dvm", "pharmd", "msn", "np", "pa",
                       "pa-c", "facc", "facp", "faan", "fache", "ms", "m.s", "ma", "m.a", "bsn",
                       "dnp", "lcsw", "lmft", "cfa", "cfp", "pe", "p.e", "pmp", "obe", "mbe", "cbe",
                       "frs", "dmd", "d.m.d", "od", "psyd", "edd", "ed.d", "llm", "ll.m", "mpa",
                       "msc", "bsc", "ba", "bs", "cissp", "cism", "shrm-scp", "sphr", "ret",
                       "faap", "faafp", "mhsa", "mha", "crna", "aprn", "fnp", "fnp-c", "dpt", "ot",
                       "otr", "ccc-slp"};
    return in(s, w);
}

bool is_name_suffix(std::string_view w) {
    static const Set s{"jr", "sr", "ii", "iii", "iv"};
    return in(s, w);
}

bool is_legal_suffix(std::string_view w) {
    static const Set s{"inc", "incorporated", "llc", "l.l.c", "ltd", "limited", "corp",
                       "corporation", "co", "plc", "ag", "gmbh", "s.a", "sa", "lp", "l.p", "llp",
                       "l.l.p", "pllc", "n.v", "nv", "b.v", "bv", "pty", "pte", "s.a.s", "sas",
                       "s.p.a", "spa", "oy", "ab", "asa", "a/s", "kg", "se", "pc", "p.c", "lllp",
                       "company", "n.a", "s.r.l", "srl", "sarl", "k.k", "bhd", "tbk"};
    return in(s, w);
}

bool is_org_head(std::string_view w) {
    static const Set s{
        "hospital", "hospitals", "university", "universities", "institute", "institutes",
        "institution", "foundation", "association", "associations", "department", "agency",
        "bureau", "office", "court", "group", "holdings", "technologies", "technology", "bank",
        "bancorp", "bancshares", "capital", "partners", "network", "networks", "council",
        "commission", "society", "center", "centre", "centers", "club", "college", "school",
        "schools", "academy", "ministry", "service", "services", "solutions", "labs",
        "laboratories", "laboratory", "systems", "company", "corporation", "enterprises",
        "industries", "ventures", "consulting", "consultants", "media", "studios", "studio",
        "pharmaceuticals", "pharma", "therapeutics", "biosciences", "bioscience", "biotech",
        "clinic", "clinics", "authority", "administration", "division", "section", "committee",
        "board", "federation", "alliance", "coalition", "union", "league", "trust", "fund",
        "funds", "insurance", "airlines", "airways", "motors", "museum", "library", "church",
        "police", "force", "army", "navy", "corps", "legislature", "senate", "parliament",
        "congress", "party", "organization", "organisation", "chamber", "cooperative",
        "co-op", "firm", "advisors", "advisers", "investments", "associates",
        "brands", "communications", "entertainment", "sports", "restaurant", "restaurants",
        "hotel", "hotels", "resorts", "health", "healthcare", "energy", "exchange", "magazine",
        "press", "publishing", "records", "realty", "properties", "logistics", "global",
        "international", "worldwide", "agencies", "management", "marketing", "software",
        "robotics", "dynamics", "analytics", "electronics", "pharmacy", "credit", "lab",
        "nation", "tribe", "institutes", "conservancy", "guild", "collective",
        "studios", "productions", "pictures", "films", "games", "airline", "railway",
        "railroad", "transit", "motors", "automotive", "aerospace", "manufacturing", "foods",
        "beverages", "apparel", "clothing", "collection", "outfitters", "mortgage", "lending",
        "financial", "finance", "wealth", "asset", "equity", "investors", "markets",
        "commission", "tribunal", "prosecutor", "prosecutors", "attorneys", "attorney's",
        "bar", "firm", "llp", "consortium", "project", "team", "squad", "fc",
        "f.c", "cooperative", "guard", "patrol", "sheriff's", "marshals",
        "inc", "llc", "ltd", "corp", "plc", "gmbh"};
    return in(s, w);
}

bool is_role_word(std::string_view w) {
    static const Set s{
        "president", "ceo", "cfo", "coo", "cto", "cmo", "cio", "cso", "cro", "cpo", "chro",
        "founder", "co-founder", "cofounder", "chairman", "chairwoman", "chair", "chairperson",
        "co-chair", "director", "directors", "officer", "manager", "partner", "principal", "head",
        "owner", "co-owner", "executive", "attorney", "general", "secretary", "administrator",
        "commissioner", "governor", "mayor", "senator", "representative", "spokesperson",
        "spokesman", "spokeswoman", "chief", "vp", "svp", "evp", "avp", "dean", "provost",
        "chancellor", "professor", "lecturer", "researcher", "scientist", "engineer", "analyst",
        "advisor", "adviser", "consultant", "strategist", "editor", "publisher", "author",
        "agent", "inspector", "superintendent", "supervisor", "coordinator", "lead", "leader",
        "associate", "assistant", "deputy", "acting", "interim", "vice", "senior", "junior",
        "executive", "managing", "general", "regional", "global", "national", "international",
        "chief", "physician", "surgeon", "pediatrician", "nurse", "doctor", "dentist",
        "orthodontist", "therapist", "pharmacist", "architect", "designer", "developer",
        "trustee", "member", "fellow", "ambassador", "minister", "judge", "justice", "sheriff",
        "chairmen", "treasurer", "controller", "comptroller", "auditor", "counsel", "lawyer",
        "prosecutor", "investigator", "detective", "sergeant", "captain", "lieutenant",
        "colonel", "commander", "admiral", "officer-in-charge", "mp", "congressman",
        "congresswoman", "councilman", "councilwoman", "councilmember", "legislator",
        "delegate", "clerk", "speaker", "whip", "marshal", "warden", "coach", "captain",
        "chef", "artist", "musician", "producer", "creator", "curator", "broker", "realtor",
        "agent", "specialist", "expert", "evangelist", "champion", "ceo's", "md", "gm",
        "entrepreneur", "investor", "co-ceo", "cofounders", "founders", "co-founders",
        "presidents", "executives", "operations", "strategy", "marketing", "sales", "product",
        "engineering", "technology", "finance", "development", "communications", "research",
        "business", "affairs", "relations", "programs", "policy", "staff", "board", "in",
        "charge", "emeritus", "elect", "designate", "u.s", "us", "district", "state",
        "county", "city", "federal", "special", "attorney's", "chairs", "pastor", "bishop",
        "rabbi", "imam", "economist", "historian", "psychologist", "psychiatrist",
        "veterinarian", "biologist", "chemist", "physicist", "teacher", "instructor",
        "principal", "student", "graduate", "resident", "citizen", "volunteer", "ceo-elect",
        "sr", "jr", "exec", "mgr", "dir", "evangelist", "host", "anchor", "correspondent",
        "reporter", "journalist", "columnist", "writer", "poet", "novelist", "photographer",
        "officer", "leadership", "operating", "information", "financial", "security",
        "revenue", "commercial", "medical", "scientific", "technical", "digital", "creative",
        "people", "growth", "customer", "partnerships", "partnership", "innovation",
        "administrative", "legal", "compliance", "risk", "investment", "investments",
        "portfolio", "fund", "account", "accounts", "brand", "content", "data", "talent",
        "human", "resources", "hr", "it", "transformation", "experience", "success",
        "advocacy", "outreach", "community", "public", "government", "governmental",
        "clinical", "nursing", "quality", "safety", "patient", "care", "services", "service",
        "program", "project", "platform", "solutions", "support", "training", "education",
        "learning", "academic", "faculty", "council", "committee", "commission", "department",
        "division", "group", "team", "unit", "office", "region", "americas", "emea", "apac",
        "north", "south", "east", "west", "america", "europe", "asia", "africa", "pacific",
        "media", "press", "and", "&", "of", "for", "the", "at", "to", "on"};
    // NB: this table answers "may this token belong to a job title" (used to peel titles
    // off names); is_role_core below is the narrower "is a title noun" test.
    return in(s, w);
}

bool is_leading_junk(std::string_view w) {
    static const Set s{
        "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "with", "by",
        "from", "to", "as", "and", "or", "but", "if", "when", "while", "after", "before",
        "since", "during", "today", "our", "its", "their", "his", "her", "my", "your", "about",
        "under", "through", "into", "between", "among", "across", "via", "per", "both", "each",
        "every", "all", "other", "such", "many", "most", "some", "any", "no", "not", "also",
        "then", "now", "including", "like", "unlike", "despite", "within", "without", "against",
        "upon", "beyond", "near", "around", "throughout", "according", "thanks", "contact",
        "visit", "follow", "click", "learn", "read", "join", "see", "said", "says", "dear", "hi",
        "hello", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "of", "here", "there", "we", "it", "they", "he",
        "she", "i", "you", "yesterday", "tomorrow", "recently", "currently", "meanwhile",
        "additionally", "furthermore", "moreover", "however", "finally", "together", "where",
        "what", "which", "who", "how", "why", "whether", "although", "though", "because", "once",
        "even", "just", "only", "mr", "mrs", "ms", "dr", "prof", "founded", "headquartered",
        "based", "located", "former", "formerly", "fellow", "both", "either", "neither", "yet"};
    return in(s, w);
}

bool is_strong_org_head(std::string_view w) {
    static const Set s{"hospital", "hospitals", "university", "institute", "foundation", "organization",
                       "organisation",
                       "association", "department", "agency", "bureau", "court", "council",
                       "commission", "society", "academy", "college", "school", "ministry",
                       "museum", "library", "church", "clinic", "federation", "union", "league",
                       "magazine", "inc", "llc", "ltd", "corp", "corporation", "plc", "gmbh",
                       "laboratories", "administration", "authority", "congress", "parliament",
                       "senate", "legislature", "police", "army", "navy", "corps", "division",
                       "section", "office", "conservancy", "chamber", "bancorp", "bank",
                       "airlines", "airways", "center", "centre", "centers", "fund", "party",
                       "coalition", "alliance", "guild", "consortium", "force"};
    return in(s, w);
}

bool is_known_agency(std::string_view w) {
    // Well-known public bodies usually written only as acronyms (U.S. federal agencies and
    // international organisations): a generic gazetteer, not tied to any release.
    static const Set s{"fbi", "dea", "irs", "epa", "sec", "tsa", "fda", "ftc", "fcc", "doj", "dhs",
                       "atf", "cia", "nsa", "nasa", "nih", "cdc", "usda", "hud", "fema", "usps",
                       "cftc", "finra", "ferc", "faa", "nhtsa", "osha", "nlrb", "eeoc", "fdic",
                       "occ", "cfpb", "usaid", "nrc", "doe", "dod", "dot", "hhs", "cms", "ssa",
                       "uscis", "cbp", "usms", "ofac", "fincen", "nato", "imf", "opec", "unesco",
                       "unicef", "oecd", "wto", "interpol", "europol"};
    return in(s, w);
}

bool is_role_core(std::string_view w) {
    static const Set s{
        "president", "ceo", "cfo", "coo", "cto", "cmo", "cio", "cso", "cro", "cpo", "chro",
        "founder", "co-founder", "cofounder", "chairman", "chairwoman", "chair", "chairperson",
        "co-chair", "director", "officer", "manager", "partner", "principal", "head", "owner",
        "co-owner", "executive", "attorney", "secretary", "administrator", "commissioner",
        "governor", "mayor", "senator", "representative", "spokesperson", "spokesman",
        "spokeswoman", "chief", "vp", "svp", "evp", "avp", "dean", "provost", "chancellor",
        "professor", "researcher", "scientist", "engineer", "analyst", "advisor", "adviser",
        "consultant", "strategist", "editor", "publisher", "author", "inspector",
        "superintendent", "supervisor", "coordinator", "lead", "leader", "physician", "surgeon",
        "pediatrician", "nurse", "doctor", "dentist", "orthodontist", "therapist", "pharmacist",
        "architect", "designer", "trustee", "ambassador", "minister", "judge", "sheriff",
        "treasurer", "controller", "comptroller", "counsel", "lawyer", "prosecutor",
        "investigator", "detective", "commander", "congressman", "congresswoman", "councilman",
        "councilwoman", "councilmember", "legislator", "delegate", "speaker", "coach", "chef",
        "producer", "creator", "curator", "broker", "realtor", "specialist", "expert",
        "evangelist", "co-ceo", "founders", "co-founders", "cofounders", "general", "deputy",
        "assistant", "associate", "vice", "acting", "interim", "senior", "economist", "host",
        "gm", "md", "entrepreneur", "investor", "member", "fellow", "agent", "owner/operator"};
    return in(s, w);
}

bool is_role_modifier(std::string_view w) {
    static const Set s{"vice", "senior", "sr", "executive", "acting", "deputy", "chief",
                       "assistant", "associate", "interim", "managing", "general", "principal",
                       "co", "lead", "head", "regional", "global", "special", "first", "second",
                       "former", "founding", "group", "corporate"};
    return in(s, w);
}

bool is_speech_verb(std::string_view w) {
    static const Set s{"said", "says", "added", "adds", "noted", "notes", "explained",
                       "explains", "stated", "states", "commented", "comments", "remarked",
                       "remarks", "announced", "told", "tells", "shared", "shares", "continued",
                       "continues", "emphasized", "emphasizes", "emphasised", "emphasises",
                       "highlighted", "highlights", "observed", "observes", "declared",
                       "declares", "concluded", "concludes", "acknowledged", "acknowledges",
                       "affirmed", "affirms", "asserted", "asserts", "stressed", "stresses",
                       "recalled", "recalls", "writes", "wrote", "insisted", "insists",
                       "predicted", "predicts", "urged", "urges", "cautioned", "cautions",
                       "warned", "warns", "replied", "replies", "responded", "responds",
                       "revealed", "reveals", "underscored", "underscores", "mentioned",
                       "mentions", "confirmed", "confirms", "reflected", "reflects", "quipped",
                       "joked", "exclaimed", "elaborated", "elaborates", "reiterated",
                       "reiterates", "argued", "argues", "pointed", "summarized", "summarizes",
                       "opined", "enthused", "adding", "noting", "explaining", "saying"};
    return w.size() < 20 && s.count(w) != 0;
}

bool is_unnamed_plural(std::string_view w) {
    static const Set s{"representatives", "members", "officials", "leaders", "employees", "staff",
                       "volunteers", "students", "residents", "experts", "organizers",
                       "organisers", "analysts", "researchers", "executives", "investigators",
                       "prosecutors", "authorities", "officers", "agents", "parents", "customers",
                       "users", "attendees", "participants", "speakers", "panelists", "partners",
                       "sources", "critics", "advocates", "scientists", "doctors", "teachers",
                       "lawmakers", "legislators", "leadership", "spokespeople", "observers", "fellows",
                       "republicans", "democrats", "voters", "fans", "families", "patients",
                       "survivors", "veterans", "owners", "founders", "trustees", "alumni"};
    return in(s, w);
}

namespace {

// The system word list (Debian package wamerican, /usr/share/dict/words), read once:
// lower-case entries are ordinary words, capitalised ones proper nouns (places, people,
// brands). When the file is missing both sets are empty and every look-up answers false.
// Hashes strings and string views alike, so that a look-up needs no string of its own.
struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;

struct WordList {
    StringSet common;
    StringSet proper; // folded
};

bool in_folded(const StringSet& s, std::string_view w) {
    constexpr std::size_t longest = 40;
    if (w.size() > longest || s.empty()) return false;
    char folded[longest];
    return s.contains(std::string_view(folded, fold_word_into(w, folded)));
}

const WordList& word_list() {
    static const WordList list = [] {
        WordList out;
        for (const char* path : {"/usr/share/dict/words", "/usr/share/dict/american-english"}) {
            std::ifstream in(path);
            if (!in) continue;
            std::string line;
            while (std::getline(in, line)) {
                if (line.empty() || line.find('\'') != std::string::npos) continue;
                if (line[0] >= 'a' && line[0] <= 'z') out.common.insert(line);
                else if (line[0] >= 'A' && line[0] <= 'Z') out.proper.insert(fold_word(line));
            }
            if (!out.common.empty()) break;
        }
        return out;
    }();
    return list;
}

} // namespace

bool is_common_word(std::string_view w) { return in_folded(word_list().common, w); }

bool is_dictionary_proper(std::string_view w) { return in_folded(word_list().proper, w); }

bool is_pronoun_subject(std::string_view w) {
    return w == "he" || w == "she" || w == "He" || w == "She";
}

bool is_given_name(std::string_view w) {
    static const Set s{
#include "indexer/extract/given_names.inc"
        "Ashley", "Madeline", "Levi", "Kelsey", "Melissa", "Nicole", "Ryan", "Chad", "Hannah",
        "Olivia", "Sophia", "Chloe", "Logan", "Noah", "Aiden", "Jayden", "Priya", "Wei",
        "Mohammed", "Muhammad", "Ali", "Brittany", "Courtney", "Lindsey", "Kayla", "Amber",
        "Tiffany", "Crystal", "Danielle", "Megan", "Jasmine", "Destiny", "Brianna", "Kaitlyn",
        "Taylor", "Madison", "Morgan", "Jordan", "Cameron", "Austin", "Tanner", "Colton",
        "Hunter", "Garrett", "Brett", "Trent", "Shane", "Corey", "Casey", "Tracy", "Stacy",
        "Kristen", "Kristin", "Lindsay", "Erin", "Shannon", "Kelly", "Heidi", "Tara", "Jenna",
        "Ahmad", "Omar", "Hassan", "Fatima", "Aisha", "Rahul", "Amit", "Anil", "Sanjay",
        "Vijay", "Ravi", "Deepak", "Suresh", "Ramesh", "Anand", "Arjun", "Rohit", "Li", "Zhang",
        "Chen", "Yan", "Ming", "Hiroshi", "Takashi", "Kenji", "Yuki", "Seung", "Min", "Ji",
        "Javier", "Alejandro", "Diego", "Miguel", "Pablo", "Sergio", "Andrés", "Luis", "Jorge"};
    return w.size() < 20 && s.count(w) != 0;
}

bool is_function_word(std::string_view w) {
    static const Set s{
        "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "with",
        "by", "from", "to", "of", "as", "and", "or", "but", "if", "when", "while", "after",
        "before", "since", "during", "today", "yesterday", "tomorrow", "now", "then", "also",
        "it", "its", "we", "our", "us", "they", "their", "he", "she", "his", "her", "i", "my",
        "you", "your", "there", "here", "what", "which", "who", "whom", "whose", "how", "why",
        "where", "all", "each", "every", "both", "some", "any", "many", "more", "most", "other",
        "such", "no", "not", "one", "two", "three", "new", "according", "about", "under",
        "over", "through", "into", "between", "among", "across", "per", "via", "so", "because",
        "although", "though", "however", "moreover", "furthermore", "additionally", "meanwhile",
        "finally", "first", "last", "next", "together", "overall", "recently", "currently",
        "previously", "earlier", "later", "founded", "based", "located", "headquartered",
        "click", "visit", "learn", "read", "contact", "media", "source", "photo", "image",
        "video", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "said", "says", "mr", "mrs", "ms", "dr", "prof",
        "company", "companies", "team", "customers", "users", "people", "everyone", "nobody",
        "someone", "anyone", "let", "let's", "don't", "it's", "we're", "i'm", "yes", "please",
        "thank", "thanks", "dear", "hi", "hello", "note", "notes", "editor", "editors",
        "forward-looking", "statements", "safe", "harbor", "disclaimer", "investor",
        "investors", "follow", "join", "get", "see", "find", "use", "make", "take", "give",
        "whether", "unlike", "like", "despite", "within", "without", "against", "toward",
        "towards", "upon", "beyond", "near", "around", "throughout", "once", "even", "just",
        "only", "still", "yet", "again", "already", "always", "never", "often", "currently",
        "fellow", "former", "federal", "state", "local", "national", "global"};
    return in(s, w);
}

bool is_connector(std::string_view w) {
    return w == "of" || w == "for" || w == "and" || w == "&" || w == "the" || w == "de" ||
           w == "du" || w == "des" || w == "la" || w == "le" || w == "del" || w == "von" ||
           w == "van" || w == "der" || w == "y" || w == "on" || w == "in" || w == "at";
}

bool is_non_org_tail(std::string_view w) {
    static const Set s{"act", "acts", "law", "laws", "award", "awards", "program", "programme",
                       "programs", "plan", "day", "days", "week", "month", "year", "conference",
                       "summit", "report", "index", "protocol", "standard", "standards", "rule",
                       "rules", "certificate", "certification", "test", "score", "expo", "show",
                       "festival", "fair", "tour", "series", "season", "cup", "championship",
                       "championships", "games", "prize", "medal", "street", "avenue", "road",
                       "boulevard", "drive", "lane", "way", "highway", "park", "square", "plaza",
                       "building", "tower", "hall", "bridge", "river", "lake", "mountain",
                       "island", "county", "city", "town", "village", "state", "province",
                       "region", "area", "valley", "beach", "coast", "bay", "airport", "station",
                       "app", "platform", "edition", "version", "model", "podcast", "episode",
                       "book", "novel", "album", "film", "movie", "event", "webinar", "challenge",
                       "competition", "campaign", "month", "era", "war", "agreement", "treaty",
                       "order", "bill", "amendment", "code", "regulation", "regulations",
                       "guidelines", "framework", "strategy", "policy", "model", "method",
                       "syndrome", "disease", "virus", "cancer", "tool", "tools", "suite",
                       "feature", "features", "update", "release", "collection", "line",
                       "system", "engine", "card", "cards", "account", "accounts", "token",
                       "coin", "chain", "protocol", "mainnet", "testnet", "wallet", "pool",
                       "contact", "information", "relations", "statements", "harbor", "rd", "ave", "blvd",
                       "ste", "suite", "hwy", "pkwy", "ln", "floor", "fl", "stadium", "arena", "theatre",
                       "theater", "field", "dome", "pavilion", "amphitheater", "auditorium",
                       "venue", "ballpark", "speedway", "terminal", "scholarship", "scholarships",
                       "fellowship", "fellowships"};
    return in(s, w);
}

bool is_org_noun(std::string_view w) {
    static const Set s{"company", "provider", "leader", "firm", "platform", "developer",
                       "manufacturer", "maker", "agency", "organization", "organisation",
                       "nonprofit", "non-profit", "startup", "start-up", "bank", "supplier",
                       "distributor", "retailer", "operator", "producer", "publisher",
                       "innovator", "pioneer", "brand", "group", "consultancy", "lender",
                       "insurer", "network", "marketplace", "exchange", "institution",
                       "university", "hospital", "charity", "foundation", "association",
                       "subsidiary", "division", "unit", "business", "enterprise", "studio",
                       "fund", "investor", "partner", "vendor", "specialist", "integrator",
                       "designer", "creator", "builder", "owner", "cooperative", "co-op",
                       "firm's", "corporation", "conglomerate", "label", "school", "college",
                       "academy", "club", "team", "practice", "clinic", "center", "centre",
                       "service", "solution", "solutions", "services", "software", "utility",
                       "airline", "carrier", "reit", "trust", "restaurant", "chain", "franchise",
                       "broker", "brokerage", "dealer", "dealership", "manufacturer's",
                       "biotech", "biotechnology", "pharmaceutical", "technology", "fintech",
                       "healthtech", "edtech", "medtech", "agritech", "proptech", "insurtech"};
    return in(s, w);
}

bool is_place_word(std::string_view w) {
    static const Set s{"america", "american", "americans", "united", "states", "u.s", "usa", "uk",
                       "china", "chinese", "canada", "europe", "european", "asia", "africa",
                       "india", "japan", "germany", "france", "australia", "mexico", "texas",
                       "california", "florida", "new", "york", "washington", "london", "north",
                       "south", "east", "west", "county", "city", "internet", "covid-19", "ai",
                       "nasdaq", "nyse", "otc", "otcqb", "otcqx", "tsx", "asx", "lse", "etf",
                       "ipo", "q1", "q2", "q3", "q4", "fy", "gmt", "utc", "est", "pst", "edt", "san", "los",
                       "las", "santa", "fort", "saint", "hong", "kong", "abu", "dhabi", "tel",
                       "aviv", "buenos", "aires", "rio", "sao", "kuala", "lumpur", "el", "la", "county",
                       "counties", "district", "province", "region"};
    return in(s, w);
}

} // namespace pressdex::extract::detail
