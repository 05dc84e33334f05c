//! Closed word lists for clause analysis: verbs, pronouns, clause words and the
//! role nouns of appositives. Part of the table in [`super::lexicon`].

use super::lexicon::{flags, list};

list!(
    /// Verbs whose subject holds a stance toward what follows (reporting, cognition, evaluation).
    STANCE_VERB = 12, STANCE_VERBS, is_stance_verb, [
    "accepted", "accepts", "accuse", "accused", "accuses", "acknowledged", "acquitted", "added",
    "adds", "admires", "admitted", "agree", "agreed", "agrees", "alleged", "alleges",
    "announced", "applauded", "applauds", "argue", "argued", "argues", "arrested", "assailed",
    "asserted", "attacked", "back", "backed", "backs", "banned", "believe", "believed",
    "believes", "berated", "blacklisted", "blame", "blamed", "blames", "blasted", "blasts",
    "blocked", "blocks", "boycotted", "branded", "call", "called", "calls", "castigated",
    "celebrated", "censured", "challenged", "charged", "chided", "claim", "claimed", "claims",
    "cleared", "commended", "complained", "conceded", "condemn", "condemned", "condemns",
    "confirmed", "confirms", "congratulated", "considers", "contested", "convicted", "credited",
    "criticise", "criticised", "criticises", "criticize", "criticized", "criticizes", "decried",
    "defended", "defends", "demanded", "demands", "denied", "denies", "denounced", "denounces",
    "deplored", "derided", "described", "detained", "disclosed", "discloses", "dismissed",
    "dismisses", "disputed", "distrusts", "doubted", "doubts", "embraced", "emphasised",
    "emphasized", "endorsed", "endorses", "estimate", "estimates", "expects", "expelled",
    "expels", "explained", "faulted", "fear", "feared", "fears", "fined", "fines", "fired",
    "fires", "hailed", "hails", "hate", "hates", "hope", "hoped", "hopes", "impose", "imposed",
    "imposes", "indicted", "insisted", "insists", "insulted", "investigated", "investigates",
    "lambasted", "lauded", "lauds", "like", "likes", "love", "loves", "mocked", "mocks",
    "noted", "object", "objected", "oppose", "opposed", "opposes", "ordered", "orders",
    "ousted", "ousts", "overturned", "penalised", "penalized", "praise", "praised", "praises",
    "promised", "promises", "protested", "punished", "questioned", "rebuffed", "rebuked",
    "rebukes", "rebutted", "refuted", "regards", "rejected", "rejects", "replied", "reported",
    "reprimanded", "revealed", "reveals", "ridiculed", "sack", "sacked", "sacks", "said",
    "sanctioned", "saw", "say", "says", "scolded", "see", "seeing", "sees", "sentenced",
    "sided", "slammed", "slams", "slapped", "slaps", "snubbed", "snubs", "stated", "stressed",
    "sued", "sues", "suggested", "summoned", "support", "supported", "supports", "suspended",
    "suspends", "targeted", "tell", "tells", "testified", "thanked", "think", "thinks",
    "thought", "threaten", "threatened", "threatens", "told", "trust", "trusts", "tweeted",
    "upheld", "upholds", "urge", "urged", "urges", "vetoed", "vetoes", "views", "vowed", "vows",
    "warn", "warned", "warns", "welcome", "welcomed", "welcomes", "wrote"
]);

list!(
    /// Verbs of saying: their subject, after a comma (`..., X said`), holds what came before.
    REPORTING_VERB = 13, REPORTING_VERBS, is_reporting_verb, [
    "added", "adds", "alleged", "announced", "argued", "argues", "asserted", "claimed",
    "claims", "conceded", "confirmed", "confirms", "disclosed", "discloses", "explained",
    "insisted", "insists", "noted", "replied", "reported", "revealed", "reveals", "said",
    "says", "stated", "stressed", "suggested", "tells", "testified", "told", "tweeted",
    "warned", "warns", "wrote"
]);

/// Verbs of speech acts besides saying (`Beijing rejected the call`, `Oxfam criticised the
/// pledge`, `The EU urged all sides`): their subject speaks whether or not what it
/// judges is an actor (sorted).
#[rustfmt::skip]
pub(crate) const SPEECH_ACTS: &[&str] = &[
    "accuse", "accused", "accuses", "applauded", "applauds", "blame", "blamed", "blames", "call",
    "called", "calls", "commended", "complained", "condemn", "condemned", "condemns",
    "congratulated", "criticise", "criticised", "criticises", "criticize", "criticized",
    "criticizes", "decried", "defended", "defends", "demanded", "demands", "denied", "denies",
    "denounced", "denounces", "deplored", "described", "dismissed", "dismisses", "hailed", "hails",
    "lauded", "lauds", "objected", "ordered", "orders", "praise", "praised", "praises", "promised",
    "promises", "protested", "questioned", "rebuked", "rejected", "rejects", "thanked", "urge",
    "urged", "urges", "vowed", "vows", "welcome", "welcomed", "welcomes",
];

/// Verbs of saying that newspapers and organisations take as often as people (`Politico
/// reported`, `the ministry confirmed`), and that have other senses (`reported for
/// training`, `reported a loss`): no sign of a person, and no verb of saying before `for`,
/// `to`, an article, a possessive, `by` or a number (see `Ctx::events`).
pub(crate) fn reports_a_fact(w: &str) -> bool {
    matches!(
        w,
        "reported" | "revealed" | "reveals" | "confirmed" | "confirms" | "disclosed" | "discloses"
    )
}

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
    /// Words that start a subordinate clause: a verb's subject is looked for in its own
    /// clause first (`but` is also a coordinator).
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
    "across", "against", "among", "around", "at", "between", "by", "during", "for", "from", "in", "inside",
    "into", "near", "of", "on", "outside", "over", "throughout", "to", "toward", "towards", "under", "with",
    "without"
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

/// Possessive determiners: `its support`, `their criticism` (a verb's form is a noun).
pub(crate) const POSSESSIVE_DETERMINERS: &[&str] =
    &["its", "their", "his", "her", "our", "my", "your"];

/// `w` (any case) opens a noun phrase: an article, a possessive or a demonstrative
/// determiner, or `whose`.
pub(crate) fn is_determiner(w: &str) -> bool {
    ARTICLES
        .iter()
        .chain(POSSESSIVE_DETERMINERS)
        .chain(&["this", "that", "these", "those", "whose"])
        .any(|d| w.eq_ignore_ascii_case(d))
}

list!(
    /// Words after an inverted subject that still end its clause: `…, said X, adding …`.
    CLAUSE_TAIL = 25, CLAUSE_TAILS, is_clause_tail, ["adding", "as", "when", "while"]
);

list!(
    /// Nouns naming what a person is or does, in appositives: `X, a researcher at Y,`.
    ROLE = 27, ROLES, is_role, [
    "activist", "actor", "actress", "aide", "analyst", "artist", "athlete", "author",
    "banker", "billionaire", "blogger", "boxer", "businessman", "businesswoman",
    "campaigner", "challenger", "champion", "cleric", "co-founder", "coach", "columnist", "commentator",
    "consultant", "coordinator", "correspondent", "customer", "cyclist", "defender",
    "delegate", "deputy", "diplomat", "doctor", "driver", "economist", "editor",
    "editor-in-chief", "employee", "engineer", "entrepreneur", "executive", "expert",
    "farmer", "fellow", "footballer", "founder", "goalkeeper", "historian", "homeowner",
    "hostage", "incumbent", "investor", "journalist", "laureate", "lawmaker", "lawyer", "lecturer",
    "legislator", "manager", "medalist", "medallist", "mediator", "member", "midfielder",
    "negotiator", "novelist", "nurse", "official", "organiser", "organizer", "owner",
    "partner", "pensioner", "physician", "pilot", "player", "poet", "politician", "priest",
    "rabbi", "reporter", "researcher", "resident", "retiree", "runner", "scholar",
    "scientist", "shopkeeper", "singer", "soldier", "sprinter", "strategist", "striker",
    "student", "survivor", "swimmer", "teacher", "tenant", "trader", "vendor", "veteran",
    "volunteer", "voter", "whistleblower", "winger", "witness", "worker", "writer"
]);
