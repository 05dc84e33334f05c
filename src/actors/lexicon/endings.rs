//! How organisations' names end: companies' and clubs' last words and legal forms, and the
//! suffixes that end people's names.

use super::sorted_has;

/// Last words of companies' names.
#[rustfmt::skip]
pub(crate) const COMPANY_SUFFIXES: &[&str] = &[
    "ab", "advisory", "aerospace", "ag", "air", "airlines", "airways", "analytics", "apparel",
    "asa", "automotive", "bank", "beverages", "bhd", "biologics", "biotech", "brands",
    "brewing", "capital", "cargo", "chemicals", "co.", "communications", "company",
    "consulting", "copper", "corp", "corp.", "corporation", "cosmetics", "diagnostics",
    "dynamics", "electric", "electronics", "energia", "energy", "engineering", "entertainment",
    "fashion", "financial", "foods", "garments", "gmbh", "gold", "group", "holdings",
    "holidays", "hotels", "inc", "inc.", "industries", "insurance", "kinetics", "laboratories",
    "labs", "lines", "llc", "logistics", "ltd", "ltd.", "maritime", "media", "metals",
    "minerals", "mining", "mobile", "motors", "net", "networks", "nv", "oil", "oyj", "partners", "pay",
    "payments", "petroleum", "pharma", "pharmaceuticals", "plc", "research", "resorts",
    "resources", "retail", "robotics", "sa", "securities", "semiconductor", "semiconductors",
    "shipping", "software", "solutions", "spa", "sports", "steel", "systems", "tbk", "tech",
    "technologies", "telecom", "telecoms", "textiles", "therapeutics", "ventures", "wireless",
];

/// `w` (any case) ends companies' names ([`COMPANY_SUFFIXES`]): the word before it is the
/// company's short name (`Harlow` of `Harlow Biotech`).
pub(crate) fn is_company_suffix(w: &str) -> bool {
    sorted_has(COMPANY_SUFFIXES, w)
}

/// `w` ends companies' names and is no body's head or a place's word: `Systems`,
/// `Holdings`, not `Bank` (`National Bank of Greece`). Before `of` and a known place it
/// ends the name (`Kestrel Systems of Dublin`).
pub(crate) fn is_company_ending_only(w: &str) -> bool {
    is_company_suffix(w) && super::flags(w) & (super::ORG_HEAD | super::GEO_HEAD) == 0
}

/// Last words of sports clubs' names (`Redmoor United`, `Ferencz Athletic`), and `club`,
/// which also ends insurers' (`Skagen Mutual P&I Club`) and lobbies' names. All but
/// `city`, `county`, `town` (which also end places' names: `Kansas City`) and `rangers`
/// are [`ORG_SUFFIXES`] too.
#[rustfmt::skip]
pub(crate) const CLUB_SUFFIXES: &[&str] = &[
    "afc", "albion", "athletic", "cf", "city", "club", "county", "fc", "hotspur", "rangers", "rovers",
    "sc", "town", "united", "wanderers",
];

/// `w` (any case) ends sports clubs' names ([`CLUB_SUFFIXES`]).
pub(crate) fn is_club_suffix(w: &str) -> bool {
    CLUB_SUFFIXES.iter().any(|s| w.eq_ignore_ascii_case(s))
}

/// Companies' and clubs' legal forms (`SA`, `AG`, `plc`, `FC`): each also ends a company's
/// or a club's name ([`COMPANY_SUFFIXES`], [`CLUB_SUFFIXES`]).
pub(super) const LEGAL_FORMS: &[&str] = &[
    "ab", "afc", "ag", "asa", "bhd", "cf", "co.", "corp", "corp.", "fc", "gmbh", "inc", "inc.",
    "llc", "ltd", "ltd.", "nv", "oyj", "plc", "sa", "sc", "spa", "tbk",
];

/// A company's or club's legal form closing its name (`SA`, `AG`, `plc`, `FC`).
pub(crate) fn is_legal_form(w: &str) -> bool {
    LEGAL_FORMS.iter().any(|f| w.eq_ignore_ascii_case(f))
}

/// A legal form that opens a company's name (`PT BioNusa Farma`, `PJSC Gazprom Neft`).
pub(crate) fn is_legal_form_prefix(w: &str) -> bool {
    ["JSC", "OAO", "OOO", "PJSC", "PT", "ZAO"].contains(&w)
}

/// Abbreviations that open sports clubs' names (`FC Porto`, `SC Freiburg`, `AS Roma`,
/// `VfB Stuttgart`); not `US` (`US Sassuolo`), the country's more often.
const CLUB_PREFIXES: &[&str] = &[
    "AC", "AFC", "AJ", "AS", "CD", "CF", "FC", "FK", "HNK", "NK", "OGC", "RC", "RCD", "SC", "SK",
    "SL", "SSC", "SV", "TSG", "VfB", "VfL",
];

/// Words that open football clubs' names before their town (`Real Madrid`, `Atlético
/// Madrid`, `Sporting Lisbon`, `Dynamo Kyiv`), as written.
const CLUB_OPENERS: &[&str] = &[
    "Athletic",
    "Atletico",
    "Atlético",
    "Borussia",
    "Deportivo",
    "Dinamo",
    "Dynamo",
    "Inter",
    "Olympique",
    "Racing",
    "Real",
    "Sporting",
];

/// A word that opens a football club's name before its town ([`CLUB_OPENERS`]).
pub(crate) fn is_club_opener(w: &str) -> bool {
    CLUB_OPENERS.contains(&w)
}

/// A club's abbreviation opening its name ([`CLUB_PREFIXES`], as written).
pub(crate) fn is_club_prefix(w: &str) -> bool {
    CLUB_PREFIXES.contains(&w)
}

/// The English noun for the first word of a body's name in another language (`Banco
/// Central de Chile` is `the bank`, `Grupo Andes` `the group`).
pub(crate) fn foreign_opener_noun(first: &str) -> Option<&'static str> {
    Some(match first {
        "Banca" | "Banco" | "Banque" => "bank",
        "Grupo" | "Groupe" => "group",
        "Compagnie" | "Compañía" | "Société" => "company",
        "Institut" | "Instituto" => "institute",
        "Ministerio" | "Ministère" | "Ministero" => "ministry",
        "Universidad" | "Universidade" | "Université" | "Università" => "university",
        _ => return None,
    })
}

/// `w` ends a company's or a sports club's name: the word before it may be the short
/// name (`Harlow` of `Harlow Biotech`, `Thornbury` of `Thornbury United`).
pub(crate) fn is_company_or_club_suffix(w: &str) -> bool {
    is_company_suffix(w) || is_club_suffix(w)
}

/// A name that ends in one of these is an organisation or party, not a person.
pub(crate) fn is_name_suffix(w: &str) -> bool {
    matches!(w, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV")
}

/// Sports whose national federations are named `<Sport> <Country>` (`Athletics Kenya`).
#[rustfmt::skip]
const SPORTS: &[&str] = &[
    "Archery", "Athletics", "Badminton", "Basketball", "Boxing", "Canoe", "Cricket", "Cycling",
    "Equestrian", "Fencing", "Football", "Golf", "Gymnastics", "Hockey", "Judo", "Netball",
    "Rowing", "Rugby", "Sailing", "Skiing", "Swimming", "Taekwondo", "Tennis", "Triathlon",
    "Volleyball", "Weightlifting", "Wrestling",
];

/// `Athletics`, `Rugby` (as written): a sport whose national federation is named
/// `<Sport> <Country>` (`Athletics Kenya`).
pub(crate) fn is_sport(w: &str) -> bool {
    SPORTS.contains(&w)
}
