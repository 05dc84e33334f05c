//! From runs of capitalised words to name spans: sentence-initial ordinary words are
//! trimmed, gazetteer matches inside organisation names give way to the whole name
//! (`Bank of England`), a gazetteer person takes its first name (`Bashar` al-Assad),
//! and each name gets a kind hint (organisation, party) and person evidence.

mod emit;
mod gazetteer_inside;
mod opening_subject;

use super::lexicon as lx;
use super::names::{Finder, NameSpan, Seg};
use super::tokens::is_all_caps;
use super::ActorKind;

/// First words of geographic names (`Mount Kenya`, `Gulf of Aden`, `Lake Chad`).
pub(super) fn is_geo_opener(w: &str) -> bool {
    ["Bay", "Cape", "Gulf", "Lake", "Mount", "Sea", "Strait"].contains(&w)
}

impl Finder<'_> {
    pub(super) fn resolve(
        &self,
        seg: Seg,
        out: &mut Vec<NameSpan>,
        drops: &mut Vec<usize>,
        ext: &mut Vec<(usize, usize)>,
    ) {
        let Seg {
            mut a,
            b,
            mut title,
        } = seg;
        if self.info[a].initial && self.info[a].gaz.is_none() {
            let w = self.word(a);
            let stop = self.has(a, lx::STOPWORD)
                && !(is_all_caps(w) && w.len() > 1)
                && !self.is_surname_he(a, b);
            let verbal = w.len() > 4
                && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly"))
                && !self.is_given_name(a)
                && !self.mid_cap(w);
            // `Drugmaker Veltris`, `Regulator Ofcom`: the noun of what the body is.
            // (Also `Opposition New Democratic Party`: what a party is in parliament.)
            let noun = b > a + 1
                && self.tokens[a + 1].cap
                && !self.is_connector(a + 1)
                && (super::org_cues::is_noun_of_kind(w)
                    || matches!(w, "Opposition" | "Ruling" | "Governing"));
            // `Utility sued after …`, `Hospital managers said`: a word the article also
            // writes in lowercase, and never capitalised within a sentence. (Asked last:
            // the first question gathers the article's lowercase words.)
            let common = || {
                b == a + 1
                    && title.is_none()
                    && !self.is_given_name(a)
                    && !is_all_caps(w)
                    && self.written_lowercase(w)
            };
            if stop || (verbal && b > a + 1) || noun || common() {
                a += 1;
                title = None;
            }
        }
        while a < b && self.is_connector(a) {
            a += 1;
        }
        if a >= b {
            return;
        }
        let hits: Vec<usize> = {
            let mut v: Vec<usize> = (a..b).filter_map(|k| self.info[k].gaz).collect();
            v.dedup();
            v
        };
        // `Nobel Peace Prize`, `European Leadership Awards`, `Peace prize`, `Commonwealth
        // Games`: an award or a contest is no actor, nor any name inside it.
        // Also cycling's tours (`Tour de France`, `the Tour`, `Giro d'Italia`).
        let tour = matches!(self.word(a), "Giro" | "Vuelta")
            || (self.word(a) == "Tour" && (b == a + 1 || self.word(a + 1) == "de"));
        let award = tour
            || is_award(self.word(b - 1))
            || (b < self.tokens.len() && matches!(self.word(b), "prize" | "prizes"));
        if award {
            drops.extend(&hits);
            return;
        }
        // `Paris Agreement`, `Electoral Act`, `General Data Protection Regulation (GDPR)`:
        // a treaty or a law is no actor, nor a town or body in its name, nor its short
        // name; a country stays (`the Iran Nuclear Agreement` is about Iran).
        if is_instrument(self.word(b - 1)) || (b > a + 1 && is_law(self.word(b - 1))) {
            drops.extend(hits.iter().filter(|&&h| {
                let hit = &self.hits[h];
                let actor = &self.gaz[hit.actor];
                actor.kind != ActorKind::Country
                    || super::group::is_city_form(&self.text[hit.start..hit.end], &actor.name)
            }));
            if let Some(acronym) = self.bracketed(b).filter(|w| w.len() > 1 && is_all_caps(w)) {
                self.instrument_acronyms.borrow_mut().push(acronym);
            }
            return;
        }
        if hits.is_empty() {
            self.emit(a, b, title, false, out);
            return;
        }
        let plain = (a..b).any(|k| self.info[k].gaz.is_none() && !self.is_connector(k));
        let kind = |h: usize| self.gaz[self.hits[h].actor].kind;
        // `European` (the EU's adjective) in `European Space Agency` is a place's word too.
        let places = hits.iter().all(|&h| {
            let hit = &self.hits[h];
            let surface = &self.text[hit.start..hit.end];
            matches!(
                kind(h),
                ActorKind::Country | ActorKind::Place | ActorKind::Other
            ) || (!surface.contains(' ') && lx::ends_like_demonym(surface))
        });
        // `Australian Energy Regulator (AER)`: the acronym spells the whole run, so the
        // known name inside is a word of the body's name.
        let spelled = b < self.tokens.len()
            && self.tokens[b].newlines_before == 0
            && self.spelled_before(a, b);
        if spelled && plain && places {
            drops.extend(&hits);
            self.emit(a, b, title, false, out);
            return;
        }
        // `Iranian Foreign Ministry`: the demonym stays the country, and group.rs gives the
        // body to it; so does `AU Commission` to the organisation.
        let body = (a..b).find(|&k| self.info[k].gaz.is_none()).filter(|&k| {
            let name = &self.text[self.tokens[k].start..self.tokens[b - 1].end];
            hits.len() == 1
                && k > a
                && (k..b).all(|j| self.info[j].gaz.is_none())
                && (k..b).len() <= 3
                && match kind(hits[0]) {
                    ActorKind::Country => super::group::is_state_body(name),
                    ActorKind::Organisation => super::group::is_organ(name),
                    _ => false,
                }
        });
        if let Some(k) = body {
            self.emit(k, b, None, false, out);
            return;
        }
        // `South China Sea`, `Indian Ocean`, `Persian Gulf`: a place's name around a
        // country's is a sea's or a coast's.
        let feature = self.has(b - 1, lx::GEO_HEAD)
            || matches!(
                self.word(b - 1),
                "Bay" | "Channel" | "Gulf" | "Islands" | "Ocean"
            );
        if plain && places && feature {
            drops.extend(&hits);
            self.emit(a, b, title, false, out);
            return;
        }
        if plain && places && self.org_like(a, b) {
            drops.extend(&hits);
            self.emit(a, b, title, false, out);
            return;
        }
        let longer = |h: usize| {
            self.known_body_ends_longer_name(a, b, h) || self.known_body_opens_longer_name(a, b, h)
        };
        if hits.len() == 1 && longer(hits[0]) {
            drops.push(hits[0]);
            self.emit(a, b, title, false, out);
            return;
        }
        if let Some(country) = self.national_branch(a, b, &hits) {
            drops.push(country);
            if hits.len() == 1 {
                self.emit(a, b, title, false, out);
                if let Some(n) = out.last_mut().filter(|n| n.hint == ActorKind::Other) {
                    n.hint = ActorKind::Organisation;
                }
            }
            return;
        }
        if hits.len() == 1 && self.place_in_person_name(a, b, kind(hits[0]), title.is_some()) {
            drops.push(hits[0]);
            self.emit(a, b, title, true, out);
            return;
        }
        let mut k = a;
        let mut first = true;
        while k < b {
            let s = k;
            while k < b && self.info[k].gaz.is_none() {
                k += 1;
            }
            let t = if first { title } else { None };
            first = false;
            if s < k {
                match self.info.get(k).and_then(|i| i.gaz).filter(|_| k < b) {
                    Some(h) if kind(h) == ActorKind::Person && k - s <= 3 => {
                        let known = self.first_name_matches(s, h);
                        if known {
                            ext.push((h, self.tokens[s].start));
                        } else {
                            // `Michelle Obama` is not the gazetteer's `Barack Obama`.
                            drops.push(h);
                            let mut e = k;
                            while e < b && self.info[e].gaz == Some(h) {
                                e += 1;
                            }
                            self.emit(s, e, t, true, out);
                            k = e;
                            continue;
                        }
                    }
                    _ => self.emit(s, k, t, false, out),
                }
            }
            while k < b && self.info[k].gaz.is_some() {
                k += 1;
            }
        }
    }

    /// Token `k` is a capital initial with its period (`W.` in `George W. Bush`).
    fn is_initial(&self, k: usize) -> bool {
        let w = self.word(k);
        w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase())
    }

    /// The word at `s` starts the canonical name (or a multi-word alias) of hit `h`'s actor.
    fn first_name_matches(&self, s: usize, h: usize) -> bool {
        let w = self.word(s);
        let actor = &self.gaz[self.hits[h].actor];
        actor
            .forms()
            .any(|n| n.split_whitespace().next() == Some(w) && n.contains(' '))
    }
}

/// The last words of awards' and contests' names (`Nobel Peace Prize`, `Australian Open`).
fn is_award(word: &str) -> bool {
    const AWARDS: &[&str] = &[
        "Award",
        "Awards",
        "Championship",
        "Championships",
        "Cup",
        "Games",
        "Medal",
        "Olympics",
        "Open",
        "Paralympics",
        "Prix",
        "Prize",
        "Prizes",
        "Trophy",
    ];
    AWARDS.contains(&word)
}

/// The last words of laws' names (`Electoral Act`, `Deforestation Regulation`), after
/// at least one other word (`Bill` alone is a man).
fn is_law(word: &str) -> bool {
    const LAWS: &[&str] = &[
        "Act",
        "Acts",
        "Amendment",
        "Bill",
        "Code",
        "Directive",
        "Ordinance",
        "Regulation",
        "Regulations",
    ];
    LAWS.contains(&word)
}

/// The last words of treaties' and agreements' names (`Paris Agreement`).
fn is_instrument(word: &str) -> bool {
    const INSTRUMENTS: &[&str] = &[
        "Accord",
        "Accords",
        "Agreement",
        "Agreements",
        "Charter",
        "Convention",
        "Conventions",
        "Declaration",
        "Pact",
        "Protocol",
        "Statute",
        "Treaty",
    ];
    INSTRUMENTS.contains(&word)
}

#[cfg(test)]
mod tests;
