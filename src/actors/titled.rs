//! References by title alone: `the president`, `the foreign minister`, `, the former
//! justice minister,` after a name. A pronoun may refer back through them (`The general
//! said … I trust him`), so coreference counts them among the candidates: as the person
//! the article introduced with that title (`President William Ruto`, `Marta Quintela,
//! governor of …`), as the name they are set off after, or as someone unknown. Those that
//! name a known person are also targets themselves (`"The governor is wrong," Pires said`).

use super::clauses::{Ctx, Subj};
use super::lexicon as lx;
use super::quotes::quote_containing;
use super::{ActorKind, Mention};
use crate::text::tokenize::APOSTROPHES;
use std::collections::HashMap;

/// One reference by title; offsets of the title's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TitledRef {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Index of its sentence (as `Mention::sentence`).
    pub(super) sentence: usize,
    /// The person it names, where the article shows it.
    pub(super) actor: Option<usize>,
    /// It opens its sentence (`The minister said …`), so an unknown one is likely the
    /// subject later pronouns refer to.
    pub(super) opens: bool,
    pub(super) quote: Option<usize>,
}

impl Ctx<'_> {
    /// The article's references by title, in text order.
    pub(super) fn find_titled_refs(&self) -> Vec<TitledRef> {
        let mut out = Vec::new();
        let titled = self.titled_persons();
        for (si, &(a, b)) in self.ranges.iter().enumerate() {
            for j in a..b {
                if !self.word(j).eq_ignore_ascii_case("the") {
                    continue;
                }
                // `The 61-year-old said`, `the 58-year-old diplomat`: an age refers back to
                // someone the article named.
                let age = age_at(self, j + 1, b);
                let age_end = age.map(|_| j + 2);
                let mut t = age_end.unwrap_or(j + 1);
                while t < b && self.has(t, lx::TITLE_MODIFIER) && !self.has(t, lx::TITLE) {
                    t += 1;
                }
                let aged = || age.and_then(|age| self.person_named_before(j, age));
                let title =
                    t < b && self.has(t, lx::TITLE | lx::ROLE) && self.mention_at(t).is_none();
                if let (Some(e), false) = (age_end, title) {
                    let lone = e >= b || !(self.tokens[e].cap || self.tokens[e].is_word());
                    if let (true, Some(actor)) = (
                        lone || self.has(
                            e,
                            lx::STANCE_VERB | lx::REPORTING_VERB | lx::BE | lx::SKIPPABLE,
                        ),
                        aged(),
                    ) {
                        out.push(TitledRef {
                            start: self.tokens[j].start,
                            end: self.tokens[e - 1].end,
                            sentence: self.sents.sents[si].index,
                            actor: Some(actor),
                            opens: j == a || (j == a + 1 && !self.tokens[a].is_word()),
                            quote: quote_containing(
                                &self.quotes,
                                self.tokens[j].start,
                                self.tokens[e - 1].end,
                            ),
                        });
                    }
                    continue;
                }
                // A name or an office's `of` after the title: `the President Joe Biden`,
                // `the president of France` are not references back (`the 61-year-old
                // former mayor of Medellín` is, by its age).
                // (Nor is `the former mayor of Medellín` after `Former mayor Andrés
                // Caicedo`: a town's office is rarely another's.)
                let town = || {
                    self.mention_at(t + 2).is_some_and(|q| {
                        let kind = self.actors.actors[self.mention(q).actor].kind;
                        matches!(kind, ActorKind::Place | ActorKind::Other)
                            && self.only_person_titled(&titled, j + 1, t).is_some()
                    })
                };
                let office = || age_end.is_none() && self.office_of(t + 1, b) && !town();
                let bare = t + 1 >= b || !(self.tokens[t + 1].cap || office());
                if !title || !bare {
                    continue;
                }
                let (start, end) = (self.tokens[j].start, self.tokens[t].end);
                let actor = self
                    .apposed_to(j, a)
                    .or_else(|| self.only_person_titled(&titled, j + 1, t))
                    // (`the 30-year-old nurse who treated him` introduces someone.)
                    .or_else(|| aged().filter(|_| !(t + 1 < b && self.has(t + 1, lx::RELATIVE))));
                // A role (`the manager`, `the owner`) only as the person introduced with it:
                // most are anyone's (`the official`, `the analyst`); and not before a noun
                // it describes (`the student union`).
                let modifier = t + 1 < b
                    && self.tokens[t + 1].is_word()
                    && self.has(t + 1, lx::ORG_HEAD | lx::ORG_SUFFIX | lx::ROLE | lx::TITLE);
                if !self.has(t, lx::TITLE) && (actor.is_none() || modifier) {
                    continue;
                }
                let opens = j == a || (j == a + 1 && !self.tokens[a].is_word());
                out.push(TitledRef {
                    start,
                    end,
                    sentence: self.sents.sents[si].index,
                    actor,
                    opens,
                    quote: quote_containing(&self.quotes, start, end),
                });
            }
        }
        // `Ghana's finance minister`: see `country_offices`.
        let offices = self.country_office_refs();
        if !offices.is_empty() {
            out.extend(offices);
            out.sort_by_key(|t| t.start);
        }
        out
    }

    /// `The minister said`, `“…,” the governor said`: the reference by title whose words
    /// include token `k`, as a subject: its first and last tokens and the person it names
    /// (`None`: one the article does not name). Not one set off after a name (`X, the
    /// minister, said`), where the name is the subject; `lo`: the clause's first token.
    pub(super) fn titled_subject_at(
        &self,
        k: usize,
        lo: usize,
    ) -> Option<(usize, usize, Option<Subj>)> {
        let refs = self.titled_refs();
        let start = self.tokens.get(k)?.start;
        let t = refs[..refs.partition_point(|t| t.start <= start)].last()?;
        if start >= t.end {
            return None;
        }
        let (first, last) = (self.token_from(t.start), self.token_from(t.end) - 1);
        if self.apposed_to(first, lo).is_some() {
            return None;
        }
        let subject = t.actor.map(|actor| Subj {
            actor,
            mention: None,
        });
        Some((first, last, subject))
    }

    /// `of` at token `k` names an office (`the president of France`, `of the union`, `of
    /// finance`), not what a title was accused of (`accused the minister of lying`).
    pub(super) fn office_of(&self, k: usize, b: usize) -> bool {
        if !self.word(k).eq_ignore_ascii_case("of") {
            return false;
        }
        let Some(next) = (k + 1 < b).then(|| self.word(k + 1)) else {
            return true;
        };
        self.tokens[k + 1].cap
            || self.has(k + 1, lx::PORTFOLIO)
            || lx::is_determiner(next)
            || ["both", "each", "several", "all"]
                .iter()
                .any(|d| next.eq_ignore_ascii_case(d))
    }

    /// `Martha Karua, the former justice minister`: the person named right before the
    /// comma before token `j`.
    pub(super) fn apposed_to(&self, j: usize, a: usize) -> Option<usize> {
        if j < a + 2 || !self.is_punct(j - 1, &[',']) {
            return None;
        }
        let p = self.mention_at(j - 2)?;
        let actor = self.mention(p).actor;
        self.is_person(actor).then_some(actor)
    }

    /// For each title (word and ranks, lowercased) that some person is named after in
    /// its sentence (`President William Ruto`): the first such person and where, and where
    /// a second person is first named after it.
    fn titled_persons(&self) -> HashMap<(String, Vec<String>), Titled> {
        let mut out: HashMap<(String, Vec<String>), Titled> = HashMap::new();
        for &i in &self.order {
            let m = self.actors.mentions[i];
            if !self.is_person(m.actor) {
                continue;
            }
            let Some((si, t)) = self.title_of_named(&m) else {
                continue;
            };
            let key = (
                self.word(t).to_ascii_lowercase(),
                self.ranks(t.saturating_sub(2), t),
            );
            let entry = out.entry(key).or_insert(Titled {
                at: t,
                actor: m.actor,
                second: None,
            });
            // `another Nigerian sprinter, Tunde Alade`: someone else holds the role too.
            let another = (t.saturating_sub(3).max(self.ranges[si].0)..t)
                .any(|j| self.word(j).eq_ignore_ascii_case("another"));
            if (entry.actor != m.actor || another) && entry.second.is_none() {
                entry.second = Some(t);
            }
        }
        out
    }

    /// The sentence of person mention `m` (its position in `sents`) and the token of the
    /// title it is named with: right before it (`President William Ruto`), set off after
    /// it, or an office set off before it.
    pub(super) fn title_of_named(&self, m: &Mention) -> Option<(usize, usize)> {
        let si = self.sents.locate(m.start)?;
        let k = self.token_from(m.start);
        let lo = self.ranges[si].0.max(k.saturating_sub(3));
        // Not across a verb: `The minister said Anna Kowalska …` names no minister.
        let verb = lx::STANCE_VERB | lx::REPORTING_VERB | lx::OTHER_VERB | lx::BE;
        let before = (lo..k)
            .rev()
            .take_while(|&j| !self.has(j, verb))
            .find(|&j| self.has(j, lx::TITLE | lx::ROLE));
        before
            .or_else(|| self.title_set_off_after(m.end, self.ranges[si].1))
            .or_else(|| self.title_of_office_before(k, self.ranges[si].0))
            .map(|t| (si, t))
    }

    /// `Marta Quintela, governor of the Bank of Aurelia`, `X, the prime minister,`: the
    /// title set off by a comma right after a name that ends at `end` (tokens up to `b`).
    fn title_set_off_after(&self, end: usize, b: usize) -> Option<usize> {
        let comma = self.token_from(end);
        if comma + 1 >= b || !self.is_punct(comma, &[',']) {
            return None;
        }
        let mut j = comma + 1;
        if self.has(j, lx::ARTICLE) {
            j += 1;
        }
        while j < b && self.has(j, lx::TITLE_MODIFIER) && !self.has(j, lx::TITLE) {
            j += 1;
        }
        (j < b && self.has(j, lx::TITLE) && self.mention_at(j).is_none()).then_some(j)
    }

    /// `the mayor of the Portuguese city of Porto Real, Joaquim Ferraz`: a title with its
    /// office's `of` phrase, set off by a comma right before the name at token `k` (the
    /// sentence starts at `lo`); no verb or other comma in between.
    pub(super) fn title_of_office_before(&self, k: usize, lo: usize) -> Option<usize> {
        if k < lo + 4 || !self.is_punct(k - 1, &[',']) {
            return None;
        }
        let verb = lx::STANCE_VERB | lx::REPORTING_VERB | lx::OTHER_VERB | lx::BE;
        (k.saturating_sub(12).max(lo + 1)..k - 2)
            .rev()
            .take_while(|&j| {
                (self.tokens[j].is_word() || self.is_punct(j, &APOSTROPHES)) && !self.has(j, verb)
            })
            .find(|&t| {
                self.has(t, lx::TITLE)
                    && !self.tokens[t].cap
                    // (`the regional president of …`: past one modifier.)
                    && (self.word(t - 1).eq_ignore_ascii_case("the")
                        || (t > 1
                            && !self.tokens[t - 1].cap
                            && self.word(t - 2).eq_ignore_ascii_case("the")))
                    && self.office_of(t + 1, k - 1)
            })
    }

    /// The person named last before the sentence of token `j` (in the
    /// [`super::clauses::FARTHEST_ANTECEDENT`] before it), unless someone else is described
    /// by another age (`Montoya, 47,`): whom `the 61-year-old` at token `j` (`age` years
    /// old) refers to.
    fn person_named_before(&self, j: usize, age: &str) -> Option<usize> {
        let start = self.tokens[j].start;
        let sentence = self.sents.sents[self.sents.locate(start)?].index;
        let n = self
            .order
            .partition_point(|&i| self.actors.mentions[i].start < start);
        (0..n)
            .rev()
            .map(|p| (p, self.mention(p)))
            .take_while(|(_, m)| m.sentence + super::clauses::FARTHEST_ANTECEDENT >= sentence)
            // (Not someone named in its own sentence: `Sorokin praised the 58-year-old`.)
            .filter(|(_, m)| m.sentence < sentence && self.is_person(m.actor))
            .find(|&(p, _)| self.stated_age(p).is_none_or(|a| a == age))
            .map(|(_, m)| m.actor)
    }

    /// `Montoya, 47,`: the age set off after person mention `p`.
    fn stated_age(&self, p: usize) -> Option<&str> {
        let k = self.token_from(self.mention(p).end);
        (k + 2 < self.tokens.len()
            && self.is_punct(k, &[','])
            && self.word(k + 1).bytes().all(|c| c.is_ascii_digit())
            && self.is_punct(k + 2, &[',']))
        .then(|| self.word(k + 1))
    }

    /// The rank modifiers among tokens `a..b`, lowercased.
    fn ranks(&self, a: usize, b: usize) -> Vec<String> {
        (a..b)
            .map(|k| self.word(k).to_ascii_lowercase())
            .filter(|w| RANKS.contains(&w.as_str()))
            .collect()
    }

    /// The one person named before token `first` after the title of tokens
    /// `first..=title` (`President William Ruto` for `the president`), of the same rank
    /// (`Deputy President Kithure Kindiki` is not `the president`).
    fn only_person_titled(
        &self,
        titled: &HashMap<(String, Vec<String>), Titled>,
        first: usize,
        title: usize,
    ) -> Option<usize> {
        let key = (
            self.word(title).to_ascii_lowercase(),
            self.ranks(first, title),
        );
        let entry = titled.get(&key)?;
        (entry.at < first && entry.second.is_none_or(|t| t > first)).then_some(entry.actor)
    }
}

/// `61-year-old` at token `k` (of a sentence that ends at token `b`): its years (`61`).
fn age_at<'t>(ctx: &Ctx<'t>, k: usize, b: usize) -> Option<&'t str> {
    let w = (k < b).then(|| ctx.word(k))?;
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let rest = w[digits..].strip_prefix(&crate::actors::tokens::HYPHENS[..])?;
    let rest = rest.strip_prefix("year")?;
    let old = rest.strip_prefix(&crate::actors::tokens::HYPHENS[..])? == "old";
    (digits > 0 && old).then_some(&w[..digits])
}

/// The first person named after a title, and where a second one is.
struct Titled {
    at: usize,
    actor: usize,
    second: Option<usize>,
}

/// Modifiers that make a different office of a title (`Deputy President`, `Prime
/// Minister`), unlike portfolios (`Foreign Minister` is still `the minister`).
pub(super) const RANKS: &[&str] = &[
    "assistant",
    "deputy",
    "ex",
    "former",
    "late",
    "prime",
    "vice",
];
