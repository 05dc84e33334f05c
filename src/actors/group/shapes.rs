//! What a name's shape says: acronyms and initials, missions, state bodies, organs, and a
//! country's mention that reads like a city.

use crate::actors::lexicon;

/// `FTC` for `US Federal Trade Commission`, `CFA` for `Consumer Federation of America`:
/// two to six capitals, all of them among the name's capitalised initials in order, the
/// last one the name's last.
pub(crate) fn is_initialism(acronym: &str, name: &str) -> bool {
    if !is_capitals(acronym) {
        return false;
    }
    let letters: Vec<char> = acronym.chars().collect();
    let initials: Vec<char> = initials(name, false).collect();
    let mut rest = initials.iter();
    initials.last() == letters.last() && letters.iter().all(|c| rest.any(|i| i == c))
}

/// `CBP` for `Customs and Border Protection`, `DOJ` for `Department of Justice`: the
/// acronym is exactly the initials of the name's capitalised words (with `of` or
/// without), a stricter test than [`is_initialism`], for joining words the finder would
/// split. Three letters at least: two names and their initials (`Cruz and Kasich (CK)`)
/// stay two. An acronym of four letters or more may leave out one word after the first
/// (`HIRA` for `Health Insurance Review and Assessment Service`).
pub(crate) fn spells(acronym: &str, name: &str) -> bool {
    is_capitals(acronym)
        && acronym.len() >= 3
        && [false, true].into_iter().any(|of| {
            let initials: Vec<char> = initials(name, of).collect();
            let letters = acronym.as_bytes();
            let all = initials
                .iter()
                .map(|&c| c as u8)
                .eq(letters.iter().copied());
            all || (letters.len() >= 4
                && initials.len() == letters.len() + 1
                && (1..initials.len()).any(|skip| {
                    let kept = initials.iter().enumerate().filter(|&(i, _)| i != skip);
                    kept.map(|(_, &c)| c as u8).eq(letters.iter().copied())
                }))
        })
}

/// `UOKiK`, `BfArM`: an acronym in another language with a lowercase letter or two (of
/// its short words): three to eight ASCII letters, an initial capital, at least three
/// capitals and at most two lowercase letters.
pub(crate) fn is_mixed_acronym(acronym: &str) -> bool {
    let upper = acronym.bytes().filter(u8::is_ascii_uppercase).count();
    let lower = acronym.bytes().filter(u8::is_ascii_lowercase).count();
    (3..=8).contains(&acronym.len())
        && acronym.bytes().all(|c| c.is_ascii_alphabetic())
        && acronym.starts_with(|c: char| c.is_ascii_uppercase())
        && upper >= 3
        && (1..=2).contains(&lower)
}

/// `SØIK`, `Økokrim`, `Ofcom`: one word of letters in any script, three to sixteen of
/// them, the first a capital; the shape of a short name a body gives itself.
pub(crate) fn is_short_form(word: &str) -> bool {
    (3..=16).contains(&word.chars().count())
        && word.chars().all(char::is_alphabetic)
        && word.starts_with(char::is_uppercase)
}

/// Two to six ASCII capitals: an acronym's shape.
pub(super) fn is_capitals(acronym: &str) -> bool {
    (2..=6).contains(&acronym.len()) && acronym.bytes().all(|c| c.is_ascii_uppercase())
}

/// The initials of a name's capitalised words, and with `of` as `O` if `of` is set
/// (`DOJ` for `Department of Justice`).
pub(super) fn initials(name: &str, of: bool) -> impl Iterator<Item = char> + '_ {
    name.split([' ', '-'])
        .filter_map(move |w| match w.chars().next() {
            Some(c) if c.is_ascii_uppercase() => Some(c),
            _ if of && w == "of" => Some('O'),
            _ => None,
        })
}

/// `Embassy`, `Consulate`: after a capital's name (`the Baghdad Embassy`) they are another
/// country's mission in that city.
pub(super) fn is_mission(body: &str) -> bool {
    let last = body.rsplit(' ').next().unwrap_or(body);
    last.eq_ignore_ascii_case("embassy") || last.eq_ignore_ascii_case("consulate")
}

/// A country's mention that reads like a city (`Baghdad`, `Tehran`), not like its name or
/// adjective (`Iraq`, `Iraqi`, `Chinese`, `British`, `French`, `American`, `Swiss`, `U.S.`,
/// `UK`).
pub(crate) fn is_city_form(surface: &str, country: &str) -> bool {
    let stem = |s: &str| s.chars().take(4).collect::<String>();
    let adjective = ["ian", "ean", "ese", "ish", "ch", "can", "ss"]
        .iter()
        .any(|e| surface.ends_with(e));
    // Short names of countries, not cities (`in Britain`, `in Burma`).
    let short_name = ["Britain", "Great Britain", "America", "Holland", "Burma"];
    !(adjective
        || short_name.contains(&surface)
        || stem(surface) == stem(country)
        || surface.contains('.')
        || surface.chars().all(|c| !c.is_lowercase()))
}

/// A state body's name: up to three words, the last a [`lexicon::STATE_BODIES`] word, the
/// others portfolios or qualifiers (`Foreign Ministry`, `Armed Forces`, `Embassy`).
pub(crate) fn is_state_body(name: &str) -> bool {
    let mut words = name.split_whitespace().rev();
    let Some(last) = words.next() else {
        return false;
    };
    let before = lexicon::PORTFOLIO | lexicon::STATE_BODY_QUALIFIER;
    lexicon::flags(last) & lexicon::STATE_BODY != 0
        && name.split_whitespace().count() <= 3
        && words.all(|w| lexicon::flags(w) & before != 0)
}

/// An organisation's organ named after its short form: `Commission`, `Secretariat`.
pub(crate) fn is_organ(name: &str) -> bool {
    ["Assembly", "Commission", "Council", "Secretariat"].contains(&name)
}

/// What joins a body's name to another name it goes by (`X, known as Y`).
pub(super) const ALSO_NAMED: &[&str] = &[
    ", known as ",
    ", also known as ",
    ", now known as ",
    ", formerly known as ",
    ", now rebranded as ",
    ", rebranded as ",
    " (known as ",
    " (also known as ",
    " (formerly known as ",
];
