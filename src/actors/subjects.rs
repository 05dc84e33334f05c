//! Subjects of verbs: the nearest mention before the verb in its clause, skipping
//! parenthetical phrases (relative clauses, participles, appositives), and the shared
//! subject of coordinated verbs (`S praised X and accused Y`).

mod coordinated;

use super::clauses::{Ctx, Subj, CLAUSE_MARKS};
use super::lexicon as lx;
use super::tokens::HYPHENS;
use super::ActorKind;

/// Past participles that do not end in `-ed` (`a fund run by X`, `a party led by X`).
#[rustfmt::skip]
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "bought", "brought", "built", "chosen", "drawn", "given", "held", "known", "led", "made",
    "paid", "run", "sold", "taken", "won", "written",
];

/// People who are somewhere without standing for it (`Diplomats in Nairobi said`).
#[rustfmt::skip]
const VISITORS: &[&str] = &[
    "analysts", "correspondents", "diplomats", "economists", "experts", "investors",
    "journalists", "observers", "reporters", "traders",
];

impl Ctx<'_> {
    /// Token `who` (in a clause from `lo`) is `who` right after a lowercase noun that names
    /// no one (`savers who`, `a schoolteacher who`; not a title, which may: `the minister
    /// who`).
    pub(in crate::actors) fn who_after_unnamed_noun(&self, who: usize, lo: usize) -> bool {
        who > lo
            && self.word(who) == "who"
            && self.tokens[who - 1].is_word()
            && !self.tokens[who - 1].cap
            && !self.has(who - 1, lx::TITLE)
            && self.mention_at(who - 1).is_none()
    }

    /// `by` at token `by` is the agent's of a participle after a noun (`a fund backed by
    /// Qatar`, `a party led by X`): the agent acts in that reduced relative, so it is not
    /// the subject of the verb after it, not even as the fallback (`A fund backed by Qatar
    /// criticised Germany`). `A statement by the ministry said` keeps its fallback.
    fn agent_of_participle(&self, by: usize, lo: usize) -> bool {
        by > lo + 1 && self.word(by) == "by" && {
            let w = self.word(by - 1);
            (w.ends_with("ed") && w.len() > 4) || IRREGULAR_PARTICIPLES.contains(&w)
        }
    }

    /// The subject of the verb at token `k`: nearest actor mention before it in its clause.
    pub(super) fn subject_before(
        &self,
        k: usize,
        lo: usize,
        rel: &[(usize, usize)],
        pronoun: &dyn Fn(usize) -> Option<Subj>,
    ) -> Option<Subj> {
        let mut fallback = None;
        // First token of the fallback mention, for `X in Y` adjacency.
        let mut fallback_tok = usize::MAX;
        let mut j = k;
        while j > lo {
            j -= 1;
            if !self.tokens[j].is_word() {
                if let Some(open) = self.bracket_after_name(j, lo) {
                    // `The World Health Organization (WHO) said`, `Sen. Ted Cruz (R-Texas)
                    // said`: the name before the brackets.
                    j = open;
                    continue;
                }
                if self.is_punct(j, CLAUSE_MARKS) {
                    return fallback;
                }
                if let Some(&(open, _)) = rel.iter().find(|r| r.1 == j && !(r.0 < k && k < r.1)) {
                    j = open;
                } else if self.noun_phrase_after_comma(j, k) {
                    // `…, diplomats said`, `…, a mediator said`: the subject is that noun
                    // phrase, no actor; the clause before the comma is another's.
                    return fallback;
                }
                continue;
            }
            // `elderly savers who said`: the subject is the unnamed noun `who` stands for
            // (not `a diplomat who attended the talks told`, whose `who` has its own verb).
            let own_who = || {
                k - j <= 4
                    && (j + 1..k).all(|t| {
                        self.tokens[t].is_word()
                            && !self.word(t).ends_with("ed")
                            && !self.has(t, lx::STANCE_VERB | lx::REPORTING_VERB | lx::OTHER_VERB)
                    })
            };
            if self.who_after_unnamed_noun(j, lo) && own_who() {
                return None;
            }
            // `called by Oxfam, which says …`, `by the Nurses' Syndicate (SNE), which says …`:
            // the name the relative clause is about, even after a preposition, when the
            // verb is the clause's own.
            if j >= lo + 2
                && self.word_in(j, &["who", "which"])
                && self.is_punct(j - 1, &[','])
                && own_who()
                // (Not `which Iran said`, `which he said`: a subject of its own.)
                && (j + 1..k).all(|t| {
                    self.mention_at(t).is_none() && !self.has(t, lx::HE_SHE | lx::OTHER_PRONOUN)
                })
            {
                let acronym =
                    j >= lo + 5 && self.is_punct(j - 2, &[')']) && self.is_punct(j - 4, &['(']);
                let name_end = if acronym { j - 5 } else { j - 2 };
                // `who` for a person, `which` for anything else (`the letter … to Comey,
                // which said` is the letter's).
                let fits = |p: usize| {
                    let actor = self.mention(p).actor;
                    let organisation = self.organisations().binary_search(&actor).is_ok();
                    match self.actors.actors[actor].kind {
                        ActorKind::Person => self.word(j) == "who",
                        // A name of unknown kind: a person unless shown to be a body.
                        ActorKind::Other => (self.word(j) == "who") != organisation,
                        _ => self.word(j) == "which",
                    }
                };
                // (`to Comey, which said`: then the clause is about something unnamed.)
                if let Some(p) = self.mention_at(name_end) {
                    if fits(p) {
                        return Some(self.subj(p));
                    }
                    // `April Ryan from American Urban Radio Networks, who had questioned`:
                    // the person before the body's preposition.
                    let first = self.token_from(self.mention(p).start);
                    let person = (first >= lo + 2
                        && self.word_in(first - 1, &["from", "of", "at"]))
                    .then(|| self.mention_at(first - 2))
                    .flatten()
                    .filter(|&q| self.word(j) == "who" && fits(q));
                    return person.map(|q| self.subj(q));
                }
            }
            // `The minister said`: the person the title names, or one the article does not.
            if let Some((first, _, subject)) = self.titled_subject_at(j, lo) {
                j = first;
                if self.close_to(j, lo) {
                    return None;
                }
                if j > lo && self.has(j - 1, lx::PREPOSITION) {
                    if fallback.is_none() {
                        fallback = subject;
                        fallback_tok = j;
                    }
                    continue;
                }
                return subject;
            }
            // `The regulator said`, like a name; `Shares in the company rose` only as the
            // fallback.
            if let Some(d) = self.description_at(j) {
                j = d.first;
                let subject = d.subject();
                if self.close_to(j, lo) {
                    return None;
                }
                if j > lo && self.has(j - 1, lx::PREPOSITION) {
                    if fallback.is_none() {
                        fallback = Some(subject);
                        fallback_tok = j;
                    }
                    continue;
                }
                return Some(subject);
            }
            if let Some(p) = self.mention_at(j) {
                // `the Portuguese coach said`: the coach speaks, not Portugal; `a
                // Nairobi-based research group, said`: the group, not Kenya.
                if self.says_where_the_subject_is(p) {
                    return fallback;
                }
                let country = self.actors.actors[self.mention(p).actor].kind == ActorKind::Country;
                let last = j;
                while j > lo && self.mention_at(j - 1) == Some(p) {
                    j -= 1;
                }
                // `The ministry in London said`: London is not the subject if something else is.
                // `analysts at X in Y`, `officials from X in Y`: X, their employer, when
                // `in Y` follows X directly.
                // `X of the Y Institute said`: the article does not hide the preposition.
                // `of the centre-left Y Alliance`: past a lowercase modifier to `the`.
                let mut h = j;
                while h > lo + 1
                    && j - h < 4
                    && ((self.tokens[h - 1].is_word()
                        && !self.tokens[h - 1].cap
                        && !self.has(h - 1, lx::STOPWORD | lx::PREPOSITION | lx::STANCE_VERB))
                        || self.is_punct(h - 1, &HYPHENS))
                {
                    h -= 1;
                }
                // `one, in the Presov region, called`, `in Seoul's Mapo district`: a place
                // is no one who acts (a capital may be, below).
                if !country && self.is_location(p) {
                    continue;
                }
                let head = if h > lo + 1 && self.word(h - 1) == "the" {
                    h - 1
                } else {
                    j
                };
                if self.close_to(head, lo) {
                    return None;
                }
                if head > lo && self.has(head - 1, lx::PREPOSITION) {
                    // `A court in Lyon convicted`, `Police in Hamburg said`, `Diplomats in
                    // Nairobi said`: a town after the subject's noun is where it is, not who
                    // acts (though `the embassy in Kyiv` may be its country's, so a capital
                    // is where it is only after visitors).
                    let visitors = head > lo + 1 && self.word_in(head - 2, VISITORS);
                    if self.place_after_noun(p, head - 1, lo)
                        || (visitors && self.is_location(p))
                        || self.agent_of_participle(head - 1, lo)
                    {
                        continue;
                    }
                    let employer = matches!(self.word(head - 1), "at" | "from")
                        && fallback_tok == last + 2
                        && self.has(last + 1, lx::PREPOSITION);
                    if employer || fallback.is_none() {
                        fallback = Some(self.subj(p));
                        fallback_tok = j;
                    }
                    continue;
                }
                return Some(self.subj(p));
            }
            // `pronoun` resolves `he`, `she` and `it`; `I`, `we`, `they` leave the fallback.
            if self.has(j, lx::HE_SHE | lx::OTHER_PRONOUN) {
                return pronoun(j).or(fallback);
            }
            // `Its foreign ministry said`: the body `it` names speaks through its own.
            if fallback.is_none() && self.word_in(j, &["its"]) {
                if let Some(body) = pronoun(j) {
                    return Some(body);
                }
            }
            if self.has(j, lx::CLAUSE_WORD) {
                return fallback;
            }
            // `The European Commission declined to comment, but a spokesperson said`: an
            // unnamed spokesperson right before the verb speaks for the body that opens
            // the sentence.
            if j + 1 == k
                && j > lo
                && self.word_in(j - 1, &["a", "an"])
                && lx::is_spokes(self.word(j))
            {
                let the = usize::from(self.word(lo).eq_ignore_ascii_case("the"));
                let body = self.mention_at(lo + the).filter(|&p| {
                    let kind = self.actors.actors[self.mention(p).actor].kind;
                    matches!(
                        kind,
                        ActorKind::Organisation | ActorKind::Country | ActorKind::Party
                    )
                });
                return body.map(|p| self.subj(p));
            }
        }
        fallback
    }

    /// `A source close to the federation said`, `people familiar with the minister's
    /// thinking`: the noun phrase at token `j` (its sentence opens at `lo`) only says whom
    /// the unnamed source knows; the source speaks, not it.
    fn close_to(&self, j: usize, lo: usize) -> bool {
        j >= lo + 2
            && self.word_in(j - 1, &["to", "with"])
            && self.word_in(j - 2, &["close", "closer", "familiar", "near"])
    }

    /// The words between the comma at token `comma` and the verb at `verb` are a short
    /// noun phrase that opens with a lowercase word (`diplomats`, `a mediator`, `two
    /// officials`), not an aside (`, for their part,`, `, however,`, `, too,`) and not the
    /// end of an appositive (`X, the deputy secretary, who …, said`).
    fn noun_phrase_after_comma(&self, comma: usize, verb: usize) -> bool {
        let first = comma + 1;
        let words_only = (first..verb).all(|j| self.tokens[j].is_word());
        if first >= verb || verb - first > 5 || !words_only || !self.is_punct(comma, &[',']) {
            return false;
        }
        let w = self.word(first);
        let not_a_noun = lx::PREPOSITION
            | lx::SKIPPABLE
            | lx::COORDINATOR
            | lx::CLAUSE_WORD
            | lx::RELATIVE
            | lx::STANCE_VERB
            | lx::REPORTING_VERB
            | lx::OTHER_VERB
            | lx::HE_SHE
            | lx::OTHER_PRONOUN;
        !self.tokens[first].cap
            && !self.has(first, not_a_noun)
            && !w.ends_with("ly")
            && !matches!(
                w,
                "however"
                    | "too"
                    | "though"
                    | "meanwhile"
                    | "instead"
                    | "then"
                    | "nonetheless"
                    | "nevertheless"
                    | "also"
                    | "still"
                    | "later"
                    | "again"
            )
    }

    /// Mention `p` names a town or other place (no country, body or person) after `in` at
    /// token `prep`, which follows a lowercase noun (`court`, `police`): the place only
    /// says where that noun is.
    pub(super) fn place_after_noun(&self, p: usize, prep: usize, lo: usize) -> bool {
        let kind = self.actors.actors[self.mention(p).actor].kind;
        let noun = |j: usize| {
            self.tokens[j].is_word()
                && !self.tokens[j].cap
                && !self.has(
                    j,
                    lx::STOPWORD | lx::PREPOSITION | lx::STANCE_VERB | lx::OTHER_VERB,
                )
        };
        matches!(kind, ActorKind::Place | ActorKind::Other)
            && self.word(prep) == "in"
            && prep > lo
            && (noun(prep - 1) || self.tokens[prep - 1].cap && prep - 1 == lo)
    }

    /// The opening bracket of a short aside (`(WHO)`, `(R-Texas)`) whose closing bracket is
    /// token `close`, when a name ends right before it (at or after token `lo`).
    fn bracket_after_name(&self, close: usize, lo: usize) -> Option<usize> {
        if !self.is_punct(close, &[')']) {
            return None;
        }
        let open = (close.saturating_sub(6).max(lo)..close)
            .rev()
            .take_while(|&j| !self.is_punct(j, &[')', ',', ';', ':', '"']))
            .find(|&j| self.is_punct(j, &['(']))?;
        (open > lo && self.mention_at(open - 1).is_some()).then_some(open)
    }
}
