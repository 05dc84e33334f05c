//! How well a description's noun fits an actor: by the words of its name, its gazetteer
//! forms, its kind, and the trade its name ends in.

use super::super::clauses::Ctx;
use super::super::lexicon as lx;
use super::super::{ActorKind, Gazetteer};
use super::nouns::Fits;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// Last words of investment firms' names, which `the fund` may be.
const INVESTORS: &[&str] = &[
    "Advisers",
    "Advisors",
    "Capital",
    "Holdings",
    "Investment",
    "Investments",
    "Management",
    "Partners",
    "Ventures",
];

/// Last words of the names of public bodies that `the regulator` or `the agency` may be.
pub(super) const REGULATOR_HEADS: &[&str] = &[
    "administration",
    "agency",
    "authority",
    "board",
    "bureau",
    "commission",
    "directorate",
    "inspectorate",
    "office",
    "ombudsman",
    "regulator",
    "service",
];

impl Ctx<'_> {
    /// How well the lowercase noun (of class `fits`) describes the actor, if at all: best
    /// as a head word of its name as written (`the organization`, `International
    /// Organization for Migration`), then of another of its gazetteer forms (`the agency`,
    /// `UNHCR` as `UN refugee agency`), then by class.
    pub(super) fn fit(&self, actor: usize, noun: &str, fits: Fits) -> Option<u8> {
        let a = &self.actors.actors[actor];
        if fits == Fits::Government {
            return (a.kind == ActorKind::Country).then_some(0);
        }
        // Fitted by where the actor was named (`Ctx::organisation_described`).
        if fits == Fits::Led {
            return None;
        }
        // Invented companies (`Ridgeback`) have no kind the finder can tell.
        if !matches!(
            a.kind,
            ActorKind::Organisation | ActorKind::Party | ActorKind::Group | ActorKind::Other
        ) {
            return None;
        }
        let words = || a.name.split_whitespace();
        let known = gazetteer_heads(&a.name);
        // `Banco Central de Chile` is `the bank`.
        // (`the coastguard` for `Libyan Coast Guard`: its last two words as one.)
        let last_two_joined = || {
            let mut rev = words().rev();
            let (Some(last), Some(before)) = (rev.next(), rev.next()) else {
                return false;
            };
            noun.len() == before.len() + last.len()
                && noun
                    .get(..before.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(before))
                && noun
                    .get(before.len()..)
                    .is_some_and(|w| w.eq_ignore_ascii_case(last))
        };
        let in_name = heads(&a.name).any(|w| w.eq_ignore_ascii_case(noun))
            || words().next().and_then(lx::foreign_opener_noun) == Some(noun)
            || last_two_joined();
        let organisation = matches!(a.kind, ActorKind::Organisation | ActorKind::Group);
        // `the union` of a story about a strike is the trade union, which fits by class
        // as well as a name with the word, and better than a union of states by its name
        // (`European Union`, `African Union`: news calls them `the EU`, `the bloc` more
        // often).
        let trade_union = noun == "union" && organisation && is_trade_association(&a.name);
        let in_name = in_name && !(noun == "union" && known.is_some());
        let in_forms = known.is_some_and(|k| k.contains(noun));
        // Its last word, or the word before `of` or `for` (`Authority for Working
        // Conditions`, `Office for National Statistics`).
        let regulator_head = || {
            let is_head = |w: &str| REGULATOR_HEADS.iter().any(|h| w.eq_ignore_ascii_case(h));
            let before_of = words()
                .zip(words().skip(1))
                .find(|&(_, next)| matches!(next, "of" | "for"))
                .map(|(w, _)| w);
            words().last().is_some_and(is_head) || before_of.is_some_and(is_head)
        };
        // `Redmoor United` is a club, not the company that sponsors it.
        let club = words().last().is_some_and(lx::is_club_suffix)
            || words().next().is_some_and(lx::is_club_prefix) && words().nth(1).is_some();
        let by_class = match fits {
            // `the party` for `the Sovereign Front`, a party by what was said of it; `the
            // union` for `Norwegian Airline Pilots Association`, a trade's association.
            Fits::Named => {
                (noun == "party" && a.kind == ActorKind::Party)
                    || trade_union
                    // `the federation` for `Athletics Kenya`.
                    || (noun == "federation"
                        && organisation
                        && words().count() == 2
                        && words().next().is_some_and(lx::is_sport))
                    // `the fund` for `Al Noor Sports Holdings`, `Ridgeway Capital`.
                    || (noun == "fund"
                        && organisation
                        && known.is_none()
                        && words().last().is_some_and(|w| INVESTORS.contains(&w)))
            }
            // `Fits::Government` returned above.
            Fits::Government | Fits::Led => false,
            Fits::CentralBank => {
                let has = |w: &str| words().any(|x| x.eq_ignore_ascii_case(w));
                let bank =
                    has("bank") || words().next().and_then(lx::foreign_opener_noun) == Some("bank");
                has("reserve")
                    || (bank
                        && (has("central")
                            || has("national")
                            || has("nacional")
                            || a.name.starts_with("Bank of")))
                    || a.name.starts_with("People's Bank")
            }
            Fits::Regulator => regulator_head(),
            // `the rebels` only for an armed group.
            Fits::Group => {
                organisation
                    && !regulator_head()
                    && (!super::nouns::is_armed_noun(noun) || self.armed_groups()[actor])
            }
            Fits::Company | Fits::Club => {
                // A company's name ends like one or has no organisation word at all
                // (`Quillstream`; not `Andes Watch` or `Data Protection Commission`).
                let last = words().last().unwrap_or_default();
                let body_word =
                    |w: &str| lx::flags(w) & (lx::ORG_HEAD | lx::ORG_SUFFIX | lx::STATE_BODY) != 0;
                let company_like = lx::is_company_suffix(last) || !words().any(body_word);
                let one_word = !a.name.contains(' ');
                let acronym = one_word
                    && a.name.chars().filter(|c| c.is_alphabetic()).count() <= 5
                    && a.name.chars().all(|c| !c.is_lowercase());
                // `Veridian`, `European` left as names: peoples, not companies.
                let demonym = one_word
                    && ["ian", "ean", "ese", "ish"]
                        .iter()
                        .any(|end| a.name.ends_with(end));
                // `East Africa`, `Blue Nile`, `Olympics`: a place or an event; not `Black
                // Sea Cargo Lines`, which ends like a company.
                let place_or_event = !lx::is_company_suffix(last)
                    && words().any(|w| {
                        lx::sorted_has(PLACE_OR_EVENT_WORDS, w) || lx::flags(w) & lx::GEO_HEAD != 0
                    });
                let kind =
                    matches!(a.kind, ActorKind::Organisation | ActorKind::Other) && !place_or_event;
                let company_like = match fits {
                    Fits::Club => company_like || club,
                    _ => company_like && !club,
                };
                kind && company_like
                    && !acronym
                    && !demonym
                    && known.is_none()
                    && !a.name.contains(|c: char| c.is_ascii_digit() || c == '+')
            }
        };
        if fits == Fits::CentralBank {
            // `Halvard Bank` has the noun but is no central bank.
            return by_class.then_some(0);
        }
        let last = words().last().unwrap_or_default();
        // A name ending in a club's word is a club as surely as one with the noun.
        if in_name
            || (fits == Fits::Club && club && by_class)
            || (fits == Fits::Named && trade_union)
        {
            Some(3)
        } else if in_forms || (by_class && trade_fits(noun, last)) {
            Some(2)
        } else if by_class && fits == Fits::Company && lx::is_company_suffix(last) {
            // `Andina Copper` ends like a company; `Cerro Alto` may be its mine.
            Some(1)
        } else {
            by_class.then_some(0)
        }
    }
}

/// `Norwegian Airline Pilots Association`, `Teachers' Federation`, `Panhellenic
/// Federation of Nursing Staff`, `National Nurses' Syndicate`: an association, federation
/// or syndicate of people of one trade.
fn is_trade_association(name: &str) -> bool {
    const TRADES: &[&str] = &[
        "attendants",
        "controllers",
        "doctors",
        "drivers",
        "employees",
        "engineers",
        "farmers",
        "firefighters",
        "journalists",
        "miners",
        "nurses",
        "officers",
        "pilots",
        "staff",
        "teachers",
        "workers",
    ];
    let trade = |w: &str| {
        let w = w.trim_end_matches(['\'', '\u{2019}']);
        TRADES.iter().any(|t| w.eq_ignore_ascii_case(t))
    };
    let head = |w: &str| matches!(w, "Association" | "Federation" | "Guild" | "Syndicate");
    let words: Vec<&str> = name.split(' ').collect();
    // `Teachers' Federation`, or `Federation of Nursing Staff`.
    let before_head = matches!(words.as_slice(), [.., t, h] if trade(t) && head(h));
    let of_trade = words
        .windows(2)
        .position(|w| head(w[0]) && w[1] == "of")
        .is_some_and(|i| words[i + 2..].iter().any(|w| trade(w)));
    before_head || of_trade
}

/// Words of a place's or an event's name, which no company is called by (sorted).
pub(super) const PLACE_OR_EVENT_WORDS: &[&str] = &[
    "africa",
    "america",
    "americas",
    "asia",
    "atlantic",
    "balkans",
    "caribbean",
    "championship",
    "championships",
    "cup",
    "europe",
    "festival",
    "games",
    "gulf",
    "marathon",
    "mediterranean",
    "nile",
    "olympics",
    "pacific",
    "paralympics",
    "tournament",
];

/// The company noun names the trade that the name's last word says (`the shipper`,
/// `Brannock Shipping`; `the steelmaker`, `Hollins Steel`).
pub(super) fn trade_fits(noun: &str, last: &str) -> bool {
    #[rustfmt::skip]
    const TRADES: &[(&[&str], &[&str])] = &[
        (&["shipper", "shipowner", "operator"], &["shipping", "maritime", "cargo", "lines", "logistics"]),
        (&["steelmaker"], &["steel"]),
        (&["grocer", "retailer"], &["retail", "foods", "stores", "markets"]),
        (&["chipmaker", "manufacturer", "supplier"], &["semiconductor", "semiconductors", "electronics"]),
        (&["carmaker", "automaker", "manufacturer"], &["motors", "automotive"]),
        (&["drugmaker"], &["pharma", "pharmaceuticals", "therapeutics", "biotech"]),
        (&["airline"], &["airlines", "airways", "air"]),
        (&["insurer"], &["insurance"]),
        (&["miner"], &["mining", "minerals", "resources"]),
        (&["broadcaster", "publisher"], &["media", "broadcasting"]),
        (&["utility"], &["energy", "power", "electric", "gas", "water", "utilities"]),
        (&["carrier"], &["airlines", "airways", "air", "telecom", "mobile", "communications"]),
    ];
    TRADES.iter().any(|(nouns, lasts)| {
        nouns.contains(&noun) && lasts.iter().any(|l| last.eq_ignore_ascii_case(l))
    })
}

/// The head words of an organisation's name: its last word, and a word before `of`,
/// `for` or `in` (`National Bank of Eskoria`, `International Organization for Migration`,
/// `UN Mission in South Sudan`); not `Airline` in `British Airline Pilots Association`.
pub(super) fn heads(name: &str) -> impl Iterator<Item = &str> {
    let mut words = name.split_whitespace().peekable();
    std::iter::from_fn(move || loop {
        let w = words.next()?;
        // `Merkur Bank AG`: the word before a legal form is a head too.
        if words
            .peek()
            .is_none_or(|next| matches!(*next, "of" | "for" | "in") || lx::is_legal_form(next))
        {
            return Some(w);
        }
    })
}

/// The head words (lowercased, [`heads`]) of every form of a built-in gazetteer
/// organisation, by its name: `UNHCR` is the `UN refugee agency`. None of them is a
/// company (`United Nations` has no word that says so).
pub(super) fn gazetteer_heads(name: &str) -> Option<&'static FxHashSet<String>> {
    static WORDS: OnceLock<FxHashMap<&'static str, FxHashSet<String>>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            Gazetteer::builtin()
                .actors()
                .iter()
                .filter(|a| a.kind == ActorKind::Organisation)
                .map(|a| {
                    let words = a
                        .forms()
                        .flat_map(|f| heads(f))
                        .map(str::to_ascii_lowercase)
                        .collect();
                    (a.name.as_str(), words)
                })
                .collect()
        })
        .get(name)
}

/// Words that call a body armed (`the rebel National Salvation Front`, `NAS, a rebel
/// movement`).
const ARMED_WORDS: &[&str] = &[
    "guerrilla",
    "guerrillas",
    "insurgent",
    "insurgents",
    "jihadist",
    "jihadists",
    "militant",
    "militants",
    "militia",
    "militias",
    "paramilitary",
    "rebel",
    "rebels",
];

impl Ctx<'_> {
    /// Per actor: an armed group by its kind, or by an armed word at most three words
    /// before one of its names or in the aside right after it (`NAS, a rebel movement,`).
    pub(in crate::actors) fn find_armed_groups(&self) -> Vec<bool> {
        let mut armed: Vec<bool> = self
            .actors
            .actors
            .iter()
            .map(|a| a.kind == ActorKind::Group)
            .collect();
        let n = self.tokens.len();
        let is_armed = |j: usize| self.tokens[j].is_word() && self.word_in(j, ARMED_WORDS);
        // (`p` is a position in `order`, as `mention` takes.)
        for p in 0..self.order.len() {
            let m = self.mention(p);
            let (k, e) = (self.token_from(m.start), self.token_from(m.end));
            let before = (k.saturating_sub(3)..k).any(is_armed);
            let aside = e < n && self.is_punct(e, &[',']) && (e + 1..n.min(e + 5)).any(is_armed);
            armed[m.actor] |= before || aside;
        }
        armed
    }
}
