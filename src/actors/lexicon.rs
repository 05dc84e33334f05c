//! Closed word lists used to recognise names, titles, verbs and clause structure.
//!
//! All lists are lowercase ASCII. They are merged once into one table from word to a
//! bit set of lists ([`flags`]), so a token is looked up once (tokens carry their
//! flags, see `tokens::Token::lex`) and every membership test is a bit test.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FxHash: fast hashing for short keys.
#[derive(Default, Clone, Copy)]
struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Table = HashMap<&'static [u8], u32, BuildHasherDefault<Fx>>;

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
    for (d, &s) in buf.iter_mut().zip(b) {
        if !s.is_ascii() {
            return 0;
        }
        *d = s.to_ascii_lowercase();
    }
    table().get(&buf[..b.len()]).copied().unwrap_or(0)
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

list!(
    /// Words that keep their trailing period (`Mr.`, `Inc.`).
    ABBREVIATION = 0, ABBREVIATIONS, is_abbreviation, [
    "adm", "brig", "bros", "capt", "cmdr", "co", "col", "corp", "dec", "dept", "dr", "feb",
    "gen", "gov", "govt", "inc", "jan", "jr", "lt", "ltd", "maj", "messrs", "mr", "mrs", "ms",
    "mt", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st"
]);

list!(
    /// `al` in `al-Assad`: lowercase prefixes of capitalised names.
    ARTICLE_PREFIX = 1, ARTICLE_PREFIXES, is_article_prefix, [
    "ad", "al", "an", "ar", "as", "ash", "at", "az", "ed", "el", "ul"
]);

list!(
    /// Lowercase words allowed between capitalised words of one name.
    CONNECTOR = 2, CONNECTORS, is_connector_lower, [
    "al", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "des", "di", "do",
    "dos", "du", "el", "ibn", "la", "le", "of", "ter", "van", "von", "y", "zu"
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
    "his", "how", "however", "i", "if", "in", "including", "indeed", "inside", "instead",
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
    /// Never part of a name: months (except `may`), weekdays, `I`, time zones.
    NEVER_NAME = 4, NEVER_NAMES, is_never_name, [
    "a.m.", "apr.", "april", "aug.", "august", "bst", "cet", "dec.", "december", "edt", "est",
    "feb.", "february", "friday", "gmt", "he", "her", "his", "i", "it", "its", "jan.",
    "january", "jul.", "july", "jun.", "june", "mar.", "march", "monday", "my", "nov.",
    "november", "oct.", "october", "our", "p.m.", "saturday", "sep.", "sept.", "september",
    "she", "sunday", "their", "they", "thursday", "tuesday", "utc", "we", "wednesday", "you",
    "your"
]);

list!(
    /// Not an actor on their own (adjectives, religions, generic nouns).
    SINGLE_NOT_NAME = 5, NEVER_SINGLE, is_never_single, [
    "administration", "arab", "christian", "christians", "eastern", "god", "government",
    "internet", "islamic", "jewish", "jews", "jr.", "muslim", "muslims", "northern", "ok",
    "shia", "shiite", "shiites", "southern", "sr.", "sunni", "sunnis", "tv", "web", "western"
]);

list!(
    /// Person titles, matched after any number of [`TITLE_MODIFIERS`].
    TITLE = 6, TITLE_CORE, is_title_core, [
    "adm", "adm.", "admiral", "adviser", "advisor", "ambassador", "archbishop", "ayatollah",
    "bishop", "candidate", "capt", "capt.", "captain", "cardinal", "ceo", "cfo", "chairman",
    "chairwoman", "chancellor", "chief", "col", "col.", "colonel", "commander", "commissioner",
    "congressman", "congresswoman", "dame", "dictator", "director", "dr", "dr.", "emir",
    "envoy", "gen", "gen.", "general", "gov", "gov.", "governor", "head", "imam", "judge",
    "king", "lawmaker", "leader", "lieutenant", "lord", "lt", "lt.", "maj.", "mayor",
    "minister", "mp", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "nominee", "officer", "pope",
    "premier", "president", "president-elect", "prince", "princess", "prof", "prof.",
    "professor", "prosecutor", "queen", "rep.", "representative", "rev.", "secretary",
    "secretary-general", "sen.", "senator", "sergeant", "sgt", "sgt.", "sheikh", "sir",
    "speaker", "spokesman", "spokesperson", "spokeswoman", "strongman", "sultan"
]);

list!(
    /// Words that form a title only before a [`TITLE_CORE`] word (`Foreign` Minister).
    TITLE_MODIFIER = 7, TITLE_MODIFIERS, is_title_modifier, [
    "acting", "agriculture", "assistant", "attorney", "chief", "commerce", "crown", "culture",
    "defence", "defense", "deputy", "economy", "education", "energy", "environment", "ex",
    "executive", "finance", "first", "foreign", "former", "grand", "health", "home", "house",
    "information", "intelligence", "interim", "interior", "justice", "late", "majority",
    "military", "minority", "national", "opposition", "party", "police", "policy", "press",
    "prime", "rebel", "security", "senate", "senior", "state", "supreme", "top", "trade",
    "transport", "vice"
]);

list!(
    /// `Secretary of ...`, `Minister of ...` portfolios.
    PORTFOLIO = 8, PORTFOLIOS, is_portfolio, [
    "agriculture", "commerce", "defence", "defense", "education", "energy", "finance",
    "foreign", "health", "homeland", "interior", "justice", "labor", "labour", "state", "trade",
    "transport", "transportation", "treasury", "war"
]);

list!(
    /// Last words of organisation names.
    ORG_SUFFIX = 9, ORG_SUFFIXES, is_org_suffix, [
    "agency", "airlines", "airways", "alliance", "army", "assembly", "association", "authority",
    "bank", "board", "brigade", "brigades", "brotherhood", "bureau", "cabinet", "center",
    "centre", "co.", "coalition", "commission", "committee", "company", "congress", "corp.",
    "corporation", "corps", "council", "court", "department", "directorate", "dynamics",
    "electric", "federation", "force", "forces", "foundation", "front", "fund", "group",
    "guard", "guards", "herald", "holdings", "inc.", "industries", "institute", "international",
    "journal", "league", "ltd.", "ministry", "motors", "movement", "network", "news", "office",
    "organisation", "organization", "parliament", "partners", "police", "post", "press",
    "service", "services", "society", "systems", "technologies", "telegraph", "times",
    "tribune", "union", "university", "watch"
]);

list!(
    /// First words of organisation names of the form `X of Y` (`Bank of England`).
    ORG_HEAD = 10, ORG_HEADS, is_org_head, [
    "academy", "army", "association", "bank", "board", "bureau", "chamber", "church", "college",
    "commission", "committee", "council", "court", "department", "federation", "friends",
    "institute", "league", "ministry", "office", "organisation", "organization", "party",
    "union", "university"
]);

list!(
    /// Common given names in international news: evidence that a name is a person.
    GIVEN_NAME = 11, GIVEN_NAMES, is_given_name, [
    "abdel", "abdul", "abdullah", "abu", "ahmad", "ahmed", "ahmet", "alex", "alexander",
    "alexei", "alexis", "ali", "andrzej", "angela", "anthony", "antonio", "antony", "anwar",
    "ariel", "ashraf", "ashton", "ayman", "barack", "bashar", "ben", "benjamin", "benny",
    "bernie", "bill", "boris", "carlos", "catherine", "charles", "chris", "christine",
    "christopher", "chuck", "colin", "condoleezza", "cristina", "daniel", "david", "dick",
    "dmitri", "dmitry", "donald", "ehud", "elizabeth", "emmanuel", "enrique", "eric", "evo",
    "federica", "fidel", "frank", "fumio", "george", "gerhard", "giuseppe", "gordon", "hamad",
    "hamid", "harry", "hassan", "helmut", "hillary", "hosni", "hugo", "ibrahim", "imran",
    "ismail", "ivan", "jacinda", "jacob", "jacques", "jair", "jake", "james", "janet", "javad",
    "jean", "jeb", "jens", "jeremy", "jim", "jimmy", "joe", "john", "jose", "joseph", "juan",
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
    /// Verbs whose subject holds a stance toward what follows (reporting, cognition, evaluation).
    STANCE_VERB = 12, STANCE_VERBS, is_stance_verb, [
    "accepted", "accepts", "accuse", "accused", "accuses", "acknowledged", "added", "adds",
    "admires", "admitted", "agree", "agreed", "agrees", "alleged", "alleges", "announced",
    "applauded", "argue", "argued", "argues", "asserted", "attacked", "back", "backed", "backs",
    "believe", "believed", "believes", "berated", "blame", "blamed", "blames", "blasted",
    "branded", "call", "called", "calls", "castigated", "celebrated", "charged", "chided",
    "claim", "claimed", "claims", "commended", "complained", "condemn", "condemned", "condemns",
    "congratulated", "considers", "criticise", "criticised", "criticises", "criticize",
    "criticized", "criticizes", "decried", "demanded", "demands", "denied", "denies",
    "denounced", "deplored", "described", "dismissed", "distrusts", "doubted", "doubts",
    "embraced", "emphasised", "emphasized", "endorsed", "endorses", "expects", "explained",
    "fear", "feared", "fears", "hailed", "hails", "hate", "hates", "hope", "hoped", "hopes",
    "insisted", "insists", "lambasted", "lauded", "like", "likes", "love", "loves", "mocked",
    "noted", "object", "objected", "oppose", "opposed", "opposes", "praise", "praised",
    "praises", "protested", "questioned", "rebuked", "regards", "rejected", "rejects",
    "ridiculed", "said", "saw", "say", "says", "see", "seeing", "sees", "slammed", "slams",
    "stated", "stressed", "suggested", "support", "supported", "supports", "tell", "tells",
    "thanked", "think", "thinks", "thought", "threaten", "threatened", "threatens", "told",
    "trust", "trusts", "tweeted", "urge", "urged", "urges", "views", "vowed", "vows", "warn",
    "warned", "warns", "welcome", "welcomed", "welcomes", "wrote"
]);

list!(
    /// Verbs of saying: their subject, after a comma (`..., X said`), holds what came before.
    REPORTING_VERB = 13, REPORTING_VERBS, is_reporting_verb, [
    "added", "adds", "alleged", "announced", "argued", "argues", "asserted", "claimed",
    "claims", "explained", "insisted", "insists", "noted", "said", "says", "stated", "stressed",
    "suggested", "tells", "told", "tweeted", "warned", "warns", "wrote"
]);

list!(
    /// Non-stance verbs, recognised only to carry a subject into `... and said`.
    OTHER_VERB = 14, OTHER_VERBS, is_other_verb, [
    "arrived", "came", "gave", "held", "hosted", "left", "made", "meets", "met", "phoned",
    "returned", "signed", "speaks", "spoke", "took", "traveled", "travelled", "visited",
    "visits", "went"
]);

list!(
    /// `he`, `she`: resolved to a person.
    HE_SHE = 15, HE_SHE_WORDS, is_he_she, ["he", "she"]
);

list!(
    /// Subject pronouns that are not resolved.
    OTHER_PRONOUN = 16, OTHER_PRONOUNS, is_other_pronoun, ["i", "it", "they", "we", "you"]
);

list!(
    /// Words that start a subordinate clause: a subject is not looked for beyond them.
    CLAUSE_WORD = 17, CLAUSE_WORDS, is_clause_word, [
    "after", "although", "as", "because", "before", "but", "if", "since", "that", "though", "unless", "when",
    "whereas", "while"
]);

list!(
    /// Words that start a clause not reported by an earlier verb.
    BARRIER = 18, BARRIERS, is_barrier, [
    "although", "as", "because", "but", "if", "since", "though", "unless", "when", "whereas", "while"
]);

list!(
    /// Prepositions: a mention after one is not a subject when another candidate exists.
    PREPOSITION = 19, PREPOSITIONS, is_preposition, [
    "across", "against", "among", "at", "between", "by", "during", "for", "from", "in", "inside", "into", "near",
    "of", "on", "outside", "over", "to", "toward", "towards", "under", "with", "without"
]);

list!(
    /// Auxiliaries and adverbs skipped between a subject and its verb.
    SKIPPABLE = 20, SKIPPABLE_WORDS, is_skippable, [
    "again", "already", "also", "are", "be", "been", "being", "can", "could", "did", "does", "had", "has", "have",
    "is", "later", "may", "might", "must", "never", "not", "now", "once", "previously", "publicly", "recently",
    "repeatedly", "reportedly", "should", "still", "strongly", "then", "today", "was", "were", "will", "would",
    "yesterday"
]);

list!(
    /// Forms of `be`/`get` before a passive participle.
    BE = 21, BE_WORDS, is_be, ["are", "be", "been", "being", "get", "got", "is", "was", "were"]
);

list!(
    /// Relative pronouns after a comma: `, who …,`.
    RELATIVE = 22, RELATIVES, is_relative, ["which", "who", "whom", "whose"]
);

list!(
    /// Coordinators before a verb with an elided subject: `… and praised Y`.
    COORDINATOR = 23, COORDINATORS, is_coordinator, ["and", "but", "or", "then"]
);

list!(
    /// Articles: `the support` is a noun.
    ARTICLE = 24, ARTICLES, is_article, ["a", "an", "the"]
);

list!(
    /// Words after an inverted subject that still end its clause: `…, said X, adding …`.
    CLAUSE_TAIL = 25, CLAUSE_TAILS, is_clause_tail, ["adding", "as", "when", "while"]
);

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
];

/// A name that ends in one of these is an organisation or party, not a person.
pub(crate) fn is_name_suffix(w: &str) -> bool {
    matches!(w, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_lowercase_ascii_with_distinct_flags() {
        let mut seen = 0u32;
        for (list, flag) in LISTS {
            assert_eq!(flag.count_ones(), 1);
            assert_eq!(seen & flag, 0, "flag used twice");
            seen |= flag;
            for w in *list {
                assert!(
                    w.is_ascii() && w.len() <= 32 && *w == w.to_lowercase(),
                    "{w}"
                );
                assert!(flags(w) & flag != 0, "{w}");
            }
        }
        for v in REPORTING_VERBS {
            assert!(is_stance_verb(v), "{v}");
        }
    }

    #[test]
    fn lookups_ignore_case() {
        assert!(is_stopword("However") && is_stopword("THE") && !is_stopword("Obama"));
        assert!(is_title_core("President") && is_title_core("Gen."));
        assert!(!is_never_name("May") && is_never_name("Monday"));
        assert!(!is_given_name("Zoë"));
    }
}
