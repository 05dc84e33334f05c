//! Closed word lists used to recognise names, titles, verbs and clause structure.
//!
//! All lists are lowercase ASCII. They are merged once into one table from word to a
//! bit set of lists ([`flags`]), so a token is looked up once (tokens carry their
//! flags, see `tokens::Token::lex`) and every membership test is a bit test. The lists
//! for clause analysis live in `clause_words` and are re-exported here.

use std::sync::OnceLock;

/// rustc-hash's Fx: fast for short keys; the table is fixed, so no DoS concern.
type Table = rustc_hash::FxHashMap<&'static [u8], u32>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table::default();
        for (list, flag) in LISTS {
            for w in *list {
                *t.entry(w.as_bytes()).or_insert(0) |= flag;
            }
        }
        t
    })
}

/// The lists (bit set of flags below) that contain `w`, ignoring ASCII case.
pub(crate) fn flags(w: &str) -> u32 {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 32 {
        return 0;
    }
    let mut buf = [0u8; 32];
    let (mut i, mut len) = (0, 0);
    while i < b.len() {
        buf[len] = match b[i] {
            c if c.is_ascii() => c.to_ascii_lowercase(),
            // The lists spell apostrophes straight; news text often curls them (`I’m`).
            0xE2 if b[i..].starts_with("\u{2019}".as_bytes()) => {
                i += 2;
                b'\''
            }
            _ => return 0,
        };
        i += 1;
        len += 1;
    }
    let word = &buf[..len];
    if let Some(&f) = table().get(word) {
        return f;
    }
    // `Minister-designate`, `Governor-elect`: a title still to be taken up is a title.
    [&b"-elect"[..], b"-designate"]
        .iter()
        .find_map(|suffix| word.strip_suffix(*suffix))
        .and_then(|stem| table().get(stem))
        .map_or(0, |f| f & TITLE)
}

macro_rules! list {
    ($(#[$doc:meta])* $flag:ident = $bit:literal, $name:ident, $fn:ident, [$($w:literal),* $(,)?]) => {
        $(#[$doc])*
        pub(crate) const $name: &[&str] = &[$($w),*];
        pub(crate) const $flag: u32 = 1 << $bit;
        #[allow(dead_code)]
        pub(crate) fn $fn(w: &str) -> bool {
            flags(w) & $flag != 0
        }
    };
}
pub(super) use list;

pub(crate) use super::clause_words::*;

list!(
    /// Words that keep their trailing period (`Mr.`, `Inc.`).
    ABBREVIATION = 0, ABBREVIATIONS, is_abbreviation, [
    "adm", "adv", "apr", "aug", "brig", "bros", "capt", "cmdr", "co", "col", "corp", "dec", "dept", "dr", "feb",
    "gen", "gov", "govt", "inc", "jan", "jr", "lt", "ltd", "maj", "messrs", "mr", "mrs", "ms",
    "mt", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st"
]);

list!(
    /// `al` in `al-Assad`: lowercase prefixes of capitalised names.
    ARTICLE_PREFIX = 1, ARTICLE_PREFIXES, is_article_prefix, [
    "ad", "al", "an", "ar", "as", "ash", "at", "az", "ed", "el", "ul"
]);

list!(
    /// Lowercase words allowed between capitalised words of one name (`and`, `for`, `on`,
    /// `to` only inside organisation names: `Council on Foreign Relations`).
    CONNECTOR = 2, CONNECTORS, is_connector_lower, [
    "al", "and", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "des", "di",
    "do", "dos", "du", "el", "for", "ibn", "la", "le", "of", "on", "ould", "ter", "to", "van", "von",
    "y", "zu"
]);

list!(
    /// Capitalised sentence starters that are not names.
    STOPWORD = 3, STOPWORDS, is_stopword, [
    "a", "about", "above", "according", "across", "activists", "additionally", "advertisement",
    "after", "afterwards", "again", "against", "ago", "ahead", "all", "almost", "along",
    "already", "also", "although", "always", "amid", "among", "an", "analysts", "and",
    "another", "any", "anyone", "anything", "are", "around", "as", "asked", "at", "authorities",
    "back", "because", "before", "behind", "being", "below", "besides", "between", "beyond",
    "both", "breaking", "but", "by", "can", "certainly", "citizens", "clearly", "consequently",
    "could", "critics", "currently", "despite", "did", "diplomats", "do", "does", "doing",
    "during", "each", "earlier", "eight", "either", "else", "elsewhere", "especially", "even",
    "eventually", "ever", "every", "everyone", "everything", "experts", "few", "finally",
    "first", "five", "following", "for", "four", "from", "further", "furthermore", "given",
    "had", "has", "have", "he", "hence", "her", "here", "hers", "herself", "him", "himself",
    "his", "how", "however", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "including", "indeed", "inside", "instead",
    "into", "investors", "is", "it", "its", "itself", "journalists", "just", "last", "lately",
    "later", "lawmakers", "leaders", "let", "like", "many", "meanwhile", "members", "might",
    "more", "moreover", "most", "much", "must", "my", "near", "nearly", "neither", "never",
    "nevertheless", "next", "nine", "no", "none", "nonetheless", "nor", "not", "nothing", "now",
    "observers", "of", "officials", "often", "on", "once", "one", "only", "or", "other",
    "others", "otherwise", "our", "out", "outside", "over", "overall", "people", "perhaps",
    "photo", "please", "police", "previously", "protesters", "rather", "read", "rebels",
    "recently", "related", "reporters", "reports", "researchers", "residents", "second",
    "separately", "seven", "several", "she", "should", "since", "six", "so", "soldiers", "some",
    "someone", "something", "sometimes", "soon", "sources", "still", "such", "ten", "than",
    "thanks", "that", "the", "their", "them", "themselves", "then", "there", "therefore",
    "these", "they", "third", "this", "those", "though", "three", "through", "throughout",
    "thus", "to", "today", "together", "tomorrow", "tonight", "too", "toward", "towards",
    "troops", "two", "under", "unless", "unlike", "until", "up", "update", "upon", "very",
    "via", "video", "voters", "was", "watch", "we", "well", "were", "what", "whatever", "when",
    "whenever", "where", "whereas", "whether", "which", "while", "who", "whoever", "whom",
    "whose", "why", "will", "with", "within", "without", "witnesses", "would", "yes",
    "yesterday", "yet", "you", "your"
]);

list!(
    /// Never part of a name: months (except `may`) also without the full stop (not `Jan`,
    /// `Jun`, `Mar`, which are given names too), weekdays, `I`, time zones, and web-page
    /// furniture (`SEE ALSO`, `Image copyright`, `Story Continued Below`).
    NEVER_NAME = 4, NEVER_NAMES, is_never_name, [
    "a.m.", "also", "apr", "apr.", "april", "aug", "aug.", "august", "below", "bst", "caption",
    "cet", "continued", "copyright", "dec", "dec.", "december", "edt", "est", "feb", "feb.",
    "february", "former", "friday", "gmt", "he", "her", "his", "i", "image", "it", "its", "jan.",
    "january", "jul", "jul.", "july", "jun.", "june", "mar.", "march", "monday", "my", "nov",
    "nov.", "november", "oct", "oct.", "october", "our", "p.m.", "saturday", "see", "sep",
    "sep.", "sept", "sept.", "september", "she", "sunday", "their", "they", "thursday",
    "tuesday", "utc", "we", "wednesday", "you", "your"
]);

list!(
    /// Not an actor on their own (adjectives, religions, generic nouns).
    SINGLE_NOT_NAME = 5, NEVER_SINGLE, is_never_single, [
    "aboriginal", "administration", "african", "arab", "asian", "balkan", "baltic", "caribbean",
    "central", "christian", "christians", "congressional", "copy", "district", "eastern",
    "federal", "foreign", "global", "god", "government", "indigenous", "international",
    "internet", "islamic", "jewish",
    "jews", "jr.", "media", "muslim", "muslims", "nordic", "northern", "ok", "pm", "private",
    "public", "regional", "scandinavian", "shia", "shiite", "shiites", "southern", "sr.",
    "sunni", "sunnis", "super", "tv", "web", "week", "western", "world"
]);

list!(
    /// Person titles, matched after any number of [`TITLE_MODIFIERS`].
    TITLE = 6, TITLE_CORE, is_title_core, [
    "adm", "adm.", "admiral", "adv.", "adviser", "advisor", "ambassador", "archbishop", "ayatollah",
    "bishop", "candidate", "capt", "capt.", "captain", "cardinal", "ceo", "cfo", "chair",
    "chairman", "chairperson", "chairwoman", "chancellor", "chief", "col", "col.", "colonel",
    "commander", "commissioner", "congressman", "congresswoman", "constable", "councillor",
    "councilor", "counsel", "dame", "detective", "dictator", "director", "director-general",
    "dr", "dr.", "emir", "envoy", "gen", "gen.", "general", "gov", "gov.", "governor", "head",
    "imam", "inspector-general", "judge", "justice", "king", "lawmaker", "leader",
    "lieutenant", "lord", "lt", "lt.", "madam", "madame", "magistrate", "maj.", "mayor",
    "minister", "mister", "mme", "mme.", "monsieur", "mp", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "nominee", "officer", "pope", "premier",
    "president", "president-elect", "prince", "princess", "prof", "prof.", "professor",
    "prosecutor", "queen", "rapporteur", "rep.", "representative", "rev.", "secretary",
    "secretary-general", "sen.", "senator", "sergeant", "sgt", "sgt.", "sheikh", "sheriff",
    "sir", "speaker", "spokesman", "spokesperson", "spokeswoman", "strongman", "sultan",
    "superintendent"
]);

list!(
    /// Words that form a title only before a [`TITLE_CORE`] word (`Foreign` Minister).
    TITLE_MODIFIER = 7, TITLE_MODIFIERS, is_title_modifier, [
    "acting", "agriculture", "assistant", "attorney", "chief", "climate", "commerce",
    "communications", "crown", "culture", "defence", "defense", "deputy", "digital", "economy",
    "education", "energy", "environment", "ex", "executive", "finance", "first", "fisheries",
    "foreign", "former", "grand", "health", "home", "house", "housing", "immigration",
    "information", "infrastructure", "intelligence", "interim", "interior", "justice", "late",
    "majority", "managing", "military", "mining", "minority", "national", "oil", "opposition",
    "party", "police", "policy", "press", "prime", "rebel", "science", "security", "senate",
    "senior", "special", "sport", "sports", "state", "supreme", "technology", "top", "tourism",
    "trade", "transport", "vice", "water", "youth"
]);

list!(
    /// `Secretary of ...`, `Minister of ...` portfolios.
    PORTFOLIO = 8, PORTFOLIOS, is_portfolio, [
    "agriculture", "commerce", "defence", "defense", "education", "energy", "finance",
    "foreign", "health", "homeland", "interior", "justice", "labor", "labour", "oil", "state",
    "trade",
    "transport", "transportation", "treasury", "war"
]);

list!(
    /// Last words of organisation names.
    ORG_SUFFIX = 9, ORG_SUFFIXES, is_org_suffix, [
    "ab", "academy", "advisory", "aerospace", "afc", "ag", "agency", "air", "airlines",
    "airways", "albion", "alliance", "analytics", "apparel", "army", "asa", "assembly",
    "association", "athletic", "authority", "automotive", "bank", "beverages", "bhd",
    "biologics", "biotech", "board", "brands", "brewing", "brigade", "brigades", "brotherhood",
    "bureau", "cabinet", "capital", "cargo", "center", "centre", "cf", "chemicals", "clinic", "club",
    "co.", "coalition", "college", "commission", "committee", "communications", "company",
    "confederation", "congress", "consulting", "copper", "corp", "corp.", "corporation",
    "corps", "cosmetics", "council", "court", "department", "diagnostics", "directorate",
    "dynamics", "electric", "electronics", "energia", "energy", "engineering", "entertainment",
    "fashion", "fc", "federation", "financial", "foods", "force", "forces", "foundation",
    "front", "fund", "garments", "gmbh", "gold", "group", "guard", "guards", "guild", "herald",
    "holdings", "holidays", "hospital", "hotels", "hotspur", "inc", "inc.", "industries",
    "infirmary", "institute", "insurance", "international", "journal", "kinetics",
    "laboratories", "labs", "league", "lines", "llc", "logistics", "ltd", "ltd.", "maritime",
    "media", "metals", "minerals", "mining", "ministry", "mobile", "motors", "movement",
    "museum", "net", "network", "networks", "news", "nv", "office", "oil", "organisation",
    "organization", "oyj", "parliament", "partners", "pay", "payments", "petroleum", "pharma",
    "pharmaceuticals", "plc", "police", "post", "press", "radio", "research",
    "resorts", "resources", "retail", "robotics", "rovers", "sa", "sc", "securities",
    "semiconductor", "semiconductors", "senate", "service", "services", "shipping", "society",
    "software", "solutions", "spa", "sports", "steel", "syndicate", "systems", "tbk", "tech", "technologies",
    "telecom", "telecoms", "telegraph", "textiles", "therapeutics", "times", "tribunal",
    "tribune", "trust", "union", "unions", "unit", "united", "university", "ventures", "wanderers",
    "watch", "wireless"
]);

list!(
    /// First words of organisation names of the form `X of Y` (`Bank of England`).
    ORG_HEAD = 10, ORG_HEADS, is_org_head, [
    "academy", "agency", "alliance", "army", "association", "authority", "bank", "board",
    "bureau", "campaign", "center", "centre", "chamber", "church", "coalition", "college",
    "commission", "committee", "confederation", "coordination", "council", "court", "department",
    "directorate",
    "federation", "forum", "foundation", "friends", "front", "fund", "house", "institute",
    "institution", "league", "ministry", "movement", "office", "organisation", "organization",
    "party", "society", "tribunal", "union", "university"
]);

list!(
    /// First words after `and` inside an organisation name (`Department of Health and Human
    /// Services`, `Organization for Security and Co-operation`).
    ORG_AND = 26, ORG_AND_WORDS, is_org_and, [
    "affairs", "agriculture", "arts", "asylum", "aviation", "banking", "border", "budgetary",
    "citizenship", "climate", "co-operation", "commerce", "communications", "competition",
    "constitutional", "construction", "consumer", "consumers", "cooperation", "crafts",
    "criminal", "cultural", "culture", "defence", "defense", "democracy", "development",
    "drug", "drugs", "economic", "education", "employment", "energy", "enforcement",
    "enterprise", "enterprises", "environment", "environmental", "equality", "ethics",
    "exports", "family", "finance", "financial", "fiscal", "fisheries", "food", "forestry",
    "freedom", "growth", "health", "healthcare", "heritage", "housing", "human",
    "immigration", "industry", "information", "infrastructure", "innovation", "insurance",
    "integration", "international", "investigation", "investment", "judicial", "justice",
    "labor", "labour", "land", "legal", "manufacturing", "markets", "medical", "medicine",
    "medicines", "metals", "migrants", "migration", "minerals", "mines", "mining", "monetary",
    "natural", "navigation", "parliamentary", "peace", "planning", "production", "progress",
    "prosecution", "public", "reconciliation", "reconstruction", "recovery", "reform",
    "refugees", "regional", "research", "rural", "safety", "science", "scientific",
    "security", "services", "shipping", "social", "solidarity", "sport", "sports",
    "standards", "statistics", "strategic", "technical", "technology", "tourism", "trade",
    "training", "transport", "urban", "water", "welfare", "wildlife", "women", "youth"
]);

list!(
    /// Common given names in international news: evidence that a name is a person.
    GIVEN_NAME = 11, GIVEN_NAMES, is_given_name, [
    "abdel", "abdul", "abdullah", "abu", "ahmad", "ahmed", "ahmet", "alex", "alexander",
    "alexei", "alexis", "ali", "andrzej", "angela", "anthony", "antonio", "antony", "anwar",
    "ariel", "ashraf", "ashton", "ayman", "barack", "bashar", "ben", "benjamin", "benny",
    "bernie", "bill", "boris", "carlos", "catherine", "chad", "charles", "chris", "christine",
    "christopher", "chuck", "colin", "condoleezza", "cristina", "daniel", "david", "dick",
    "dmitri", "dmitry", "donald", "ehud", "elizabeth", "emmanuel", "enrique", "eric", "evo",
    "federica", "fidel", "frank", "fumio", "george", "georgia", "gerhard", "giuseppe", "gordon", "hamad",
    "hamid", "harry", "hassan", "helmut", "hillary", "hosni", "hugo", "ibrahim", "imran",
    "ismail", "israel", "ivan", "jacinda", "jacob", "jacques", "jair", "jake", "james", "janet", "javad",
    "jean", "jeb", "jens", "jeremy", "jim", "jimmy", "joe", "john", "jordan", "jose", "joseph", "juan",
    "julia", "justin", "kamala", "keir", "kevin", "khaled", "kim", "kofi", "lee", "lindsey",
    "liz", "lloyd", "luiz", "mahmoud", "malcolm", "margaret", "mario", "mark", "martin", "mary",
    "masoud", "massoud", "matteo", "michael", "michel", "mike", "mitch", "mitt", "moammar",
    "mohamed", "mohammad", "mohammed", "muammar", "muhammad", "naftali", "nancy", "narendra",
    "nawaz", "nicola", "nicolas", "nigel", "nikki", "nikolai", "nouri", "olaf", "omar", "osama",
    "paul", "pedro", "pete", "peter", "petro", "pierre", "rahul", "raul", "recep", "rex",
    "richard", "rishi", "robert", "rodrigo", "romano", "ron", "ronald", "sadiq", "salman",
    "sam", "samantha", "sarah", "scott", "sergei", "sergey", "shimon", "shinzo", "silvio",
    "sonia", "stephen", "steve", "steven", "susan", "tamim", "ted", "theresa", "thomas", "tim",
    "tony", "ursula", "valerie", "viktor", "vladimir", "william", "wolfgang", "xi", "yasser",
    "yitzhak", "yulia", "yuri"
]);

list!(
    /// Participles that make a compound adjective after a hyphen (`Miami-based`,
    /// `Saudi-led`, `Kremlin-linked`, also `state-run`): the tokenizer ends the word before
    /// the hyphen, so a name there is found as one.
    COMPOUND_PARTICIPLE = 28, COMPOUND_PARTICIPLES, is_compound_participle, [
    "affiliated", "aligned", "allied", "backed", "based", "born", "brokered", "controlled",
    "educated", "funded", "headquartered", "held", "leaning", "led", "linked", "listed",
    "made", "occupied", "owned", "registered", "run", "sponsored", "style", "trained"
]);

list!(
    /// Geographic nouns that follow a place name (`Jordan Valley`): the word before them is
    /// the place, not a given name, and alone they are not a name.
    GEO_HEAD = 29, GEO_HEADS, is_geo_head, [
    "basin", "border", "coast", "desert", "garden", "gardens", "heights", "highlands", "lake",
    "mountains", "plain", "plateau", "region", "river", "sea", "square", "strait", "valley"
]);

list!(
    /// Last words of a state's own bodies (`Foreign Ministry`, `Armed Forces`, `Embassy`):
    /// after a country (`Iran's Foreign Ministry`) the body speaks for that country, as
    /// the gazetteer's `Pentagon` does for the United States.
    STATE_BODY = 30, STATE_BODIES, is_state_body, [
    "army", "cabinet", "consulate", "embassy", "force", "forces", "government", "military",
    "ministry", "navy", "office", "parliament", "presidency", "senate"
]);

list!(
    /// Words before a [`STATE_BODIES`] word besides the portfolios (`Armed Forces`, `Air
    /// Force`, `Foreign Affairs Ministry`).
    STATE_BODY_QUALIFIER = 31, STATE_BODY_QUALIFIERS, is_state_body_qualifier, [
    "affairs", "air", "armed", "home", "security"
]);

const LISTS: &[(&[&str], u32)] = &[
    (ABBREVIATIONS, ABBREVIATION),
    (ARTICLE_PREFIXES, ARTICLE_PREFIX),
    (CONNECTORS, CONNECTOR),
    (STOPWORDS, STOPWORD),
    (NEVER_NAMES, NEVER_NAME),
    (NEVER_SINGLE, SINGLE_NOT_NAME),
    (TITLE_CORE, TITLE),
    (TITLE_MODIFIERS, TITLE_MODIFIER),
    (PORTFOLIOS, PORTFOLIO),
    (ORG_SUFFIXES, ORG_SUFFIX),
    (ORG_HEADS, ORG_HEAD),
    (ORG_AND_WORDS, ORG_AND),
    (GIVEN_NAMES, GIVEN_NAME),
    (STANCE_VERBS, STANCE_VERB),
    (REPORTING_VERBS, REPORTING_VERB),
    (OTHER_VERBS, OTHER_VERB),
    (HE_SHE_WORDS, HE_SHE),
    (OTHER_PRONOUNS, OTHER_PRONOUN),
    (CLAUSE_WORDS, CLAUSE_WORD),
    (BARRIERS, BARRIER),
    (PREPOSITIONS, PREPOSITION),
    (SKIPPABLE_WORDS, SKIPPABLE),
    (BE_WORDS, BE),
    (RELATIVES, RELATIVE),
    (COORDINATORS, COORDINATOR),
    (ARTICLES, ARTICLE),
    (CLAUSE_TAILS, CLAUSE_TAIL),
    (ROLES, ROLE),
    (COMPOUND_PARTICIPLES, COMPOUND_PARTICIPLE),
    (GEO_HEADS, GEO_HEAD),
    (STATE_BODIES, STATE_BODY),
    (STATE_BODY_QUALIFIERS, STATE_BODY_QUALIFIER),
];

/// `word` (in any case: `Police in Porto`) is in `sorted`, a sorted list of lowercase
/// words; a binary search, as these lists are asked about for most words.
pub(crate) fn sorted_has(sorted: &[&str], word: &str) -> bool {
    if !word.bytes().any(|c| c.is_ascii_uppercase()) {
        return sorted.binary_search(&word).is_ok();
    }
    // Lowercased on the stack, not in a new String: most words asked about are capitalised.
    let mut buf = [0u8; 32];
    match buf.get_mut(..word.len()) {
        Some(lower) => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).is_ok_and(|w| sorted.binary_search(&w).is_ok())
        }
        None => sorted
            .binary_search(&word.to_ascii_lowercase().as_str())
            .is_ok(),
    }
}

/// `spokesman`, `spokeswoman`, `spokesperson`, `spokespeople`: who speaks for a body.
pub(crate) fn is_spokes(word: &str) -> bool {
    matches!(
        word,
        "spokesman" | "spokeswoman" | "spokesperson" | "spokespeople"
    )
}

/// `European`, `Russian`, `Chinese`, `British`, `French`, `Iraqi`: a word that ends like a
/// people's or country's adjective.
pub(crate) fn ends_like_demonym(w: &str) -> bool {
    ["an", "ese", "ish", "ch", "i", "ine", "ot", "eek"]
        .iter()
        .any(|e| w.ends_with(e))
}

pub(crate) use endings::*;

mod endings;

#[cfg(test)]
mod tests;
