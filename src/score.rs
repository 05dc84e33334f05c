//! Scoring an article: sentences -> actors -> holders -> features -> model -> report.

use crate::actors::{
    find_holders_and_references, ActorFinder, ActorKind, ArticleActors, ArticleHolders,
    ArticleTokens, Holders, Mention,
};
use crate::features::Buffers;
use crate::model::Model;
use crate::report::{
    polarity_labels, ActorSummary, ArticleReport, MeanProbs, MentionReport, Relation,
    SentenceReport, Stance,
};
use crate::text::{split_sentences, Sentence};
use std::collections::BTreeMap;

mod blame;
mod lean;

/// What to score and report.
#[derive(Debug, Clone, Default)]
pub struct ScoreOptions {
    /// Report only these actors (canonical name or any alias seen, case-insensitive);
    /// empty means all.
    pub targets: Vec<String>,
}

thread_local! {
    static BUFFERS: std::cell::RefCell<Buffers> = std::cell::RefCell::new(Buffers::default());
}

impl Model {
    /// Scores an article with the built-in actor gazetteer.
    ///
    /// ```
    /// let model = stance::Model::builtin().unwrap();
    /// let text = "U.S. President Barack Obama is also seeing Russia's decisions in a positive light.";
    /// let report = model.score_article(text);
    /// let russia = report.sentences[0].stances.iter().find(|s| s.target == "Russia").unwrap();
    /// assert_eq!(russia.holder.as_deref(), Some("Barack Obama"));
    /// ```
    pub fn score_article(&self, text: &str) -> ArticleReport {
        self.score_article_with(text, ActorFinder::builtin(), &ScoreOptions::default())
    }

    /// Scores an article with a given actor finder (e.g. the gazetteer extended with a
    /// user's actors) and options.
    pub fn score_article_with(
        &self,
        text: &str,
        finder: &ActorFinder,
        options: &ScoreOptions,
    ) -> ArticleReport {
        let sentences = split_sentences(text);
        // Actor and holder finding read the same tokens: tokenized once here.
        let article = ArticleTokens::new(text, &sentences);
        let mut found = finder.find_in(text, &article);
        let holders = find_holders_and_references(text, &article, &found, true);
        // Reported as organisations; holders and references were found with the kinds
        // the names gave, and `it` looked these up itself.
        for &a in &holders.organisations {
            found.actors[a].kind = ActorKind::Organisation;
        }
        let wanted = wanted_actors(&found, &options.targets);
        // Buffers (and the stem cache inside) live as long as the thread, so a stream of
        // articles does not stem the same words again for each one.
        BUFFERS.with_borrow_mut(|buf| {
            self.score_sentences(text, &sentences, &found, &holders, &wanted, buf)
        })
    }

    /// Scores the sentences of one article, its actors and holders already found.
    fn score_sentences(
        &self,
        text: &str,
        sentences: &[Sentence],
        found: &ArticleActors,
        holders: &ArticleHolders,
        wanted: &[bool],
        buf: &mut Buffers,
    ) -> ArticleReport {
        let labels = self.labels().to_vec();
        let polarity = polarity_labels(&labels);
        let no_stance = lean::no_stance(labels.len(), polarity);

        let mut per_actor = vec![MeanProbs::default(); found.actors.len()];
        let mut relations: BTreeMap<(usize, usize), (MeanProbs, Vec<usize>)> = BTreeMap::new();
        let mut probs = vec![0.0; labels.len()];
        let mut reports = Vec::with_capacity(sentences.len());
        let mut next_mention = 0;
        let mut next_reference = 0;
        let references = &holders.references;
        let holders = &holders.names;
        let mut items: Vec<Item> = Vec::new();
        for (index, sentence) in sentences.iter().enumerate() {
            // This sentence's name mentions and pronouns, in text order.
            items.clear();
            while next_mention < found.mentions.len()
                && found.mentions[next_mention].sentence == index
            {
                let (mention, holders) = (found.mentions[next_mention], &holders[next_mention]);
                items.push(Item {
                    mention,
                    holders,
                    via: false,
                });
                next_mention += 1;
            }
            while next_reference < references.len()
                && references[next_reference].mention.sentence <= index
            {
                let p = &references[next_reference];
                if p.mention.sentence == index {
                    items.push(Item {
                        mention: p.mention,
                        holders: &p.holders,
                        via: true,
                    });
                }
                next_reference += 1;
            }
            items.sort_by_key(|it| it.mention.start);
            let sentence_text = &text[sentence.start..sentence.end];
            let mut report = SentenceReport {
                index,
                start: sentence.start,
                end: sentence.end,
                text: sentence_text.to_owned(),
                mentions: Vec::new(),
                stances: Vec::new(),
            };
            if !items.is_empty() {
                self.featurizer().analyze(sentence_text, buf);
            }
            let mut done: Vec<usize> = Vec::new();
            for (k, item) in items.iter().enumerate() {
                let m = item.mention;
                if !wanted[m.actor] {
                    continue;
                }
                let name = &found.actors[m.actor].name;
                let surface = &text[m.start..m.end];
                report.mentions.push(MentionReport {
                    actor: name.clone(),
                    text: surface.to_owned(),
                    start: m.start,
                    end: m.end,
                    pronoun: item.via,
                });
                // `Chilean President Gabriel Boric`: Chile gets no stance from this mention.
                if done.contains(&m.actor) || item.holders.affiliation {
                    continue;
                }
                done.push(m.actor);
                // The actor's first mention in the sentence carries its stance; its holder
                // is the first one any of its mentions here has.
                let holder = items[k..]
                    .iter()
                    .find(|other| other.mention.actor == m.actor && other.holders.main.is_some())
                    .map(|other| other.holders);
                self.predict_analyzed_into(
                    m.start - sentence.start..m.end - sentence.start,
                    buf,
                    &mut probs,
                );
                if let Some((_, negative)) = polarity {
                    if blame::follows_blame(&text[sentence.start..m.start]) {
                        lean::lean(&mut probs, negative, lean::BLAME);
                    }
                }
                let speaker = is_speaker(m.actor, &items);
                if let Some(none) = no_stance.filter(|_| speaker) {
                    lean::lean(&mut probs, none, lean::SPEAKER);
                }
                if !speaker {
                    per_actor[m.actor].add(&probs);
                }
                for &h in holder.iter().flat_map(|h| h.main.iter().chain(&h.joint)) {
                    let entry = relations.entry((h, m.actor)).or_default();
                    entry.0.add(&probs);
                    entry.1.push(index);
                }
                let prediction = self.prediction(&probs);
                report.stances.push(Stance {
                    target: name.clone(),
                    holder: holder
                        .and_then(|h| h.main)
                        .map(|h| found.actors[h].name.clone()),
                    joint_holders: holder.map_or_else(Vec::new, |h| {
                        h.joint
                            .iter()
                            .map(|&a| found.actors[a].name.clone())
                            .collect()
                    }),
                    speaker,
                    via: item.via.then(|| surface.to_owned()),
                    label: prediction.label,
                    score: polarity.map(|(p, n)| probs[p] - probs[n]),
                    probabilities: prediction.probabilities,
                });
            }
            reports.push(report);
        }

        let mut mention_counts = vec![0usize; found.actors.len()];
        for m in &found.mentions {
            mention_counts[m.actor] += 1;
        }
        let actors = found
            .actors
            .iter()
            .enumerate()
            .filter(|(i, _)| wanted[*i])
            .map(|(i, actor)| {
                let summary = per_actor[i].summary(polarity);
                ActorSummary {
                    actor: actor.name.clone(),
                    kind: actor.kind,
                    aliases: actor.aliases.clone(),
                    mentions: mention_counts[i],
                    score: summary.and_then(|s| s.1),
                    label: summary.map(|s| labels[s.0].clone()),
                }
            })
            .collect();
        let relations = relations
            .into_iter()
            .filter(|(_, (probs, _))| !probs.is_empty())
            .map(|((h, t), (probs, sentences))| {
                let (best, score) = probs.summary(polarity).expect("non-empty");
                Relation {
                    holder: found.actors[h].name.clone(),
                    target: found.actors[t].name.clone(),
                    label: labels[best].clone(),
                    score,
                    sentences,
                }
            })
            .collect();
        ArticleReport {
            model: self.meta().name.clone(),
            labels,
            sentences: reports,
            actors,
            relations,
        }
    }
}

/// A target in one sentence: a name mention, or a pronoun or description (`via`) that
/// refers to an actor the sentence does not name.
struct Item<'a> {
    mention: Mention,
    holders: &'a Holders,
    via: bool,
}

/// Whether `actor` only speaks in this sentence: it holds the stance toward another
/// actor's mention (`Popa accused Radu of lying`) or is the subject of a verb of saying
/// (`Radu said …`), and no one holds one toward it. The model still reads how the sentence portrays it, but that is not a
/// stance toward it.
fn is_speaker(actor: usize, items: &[Item]) -> bool {
    let mut speaks = false;
    for it in items {
        let h = it.holders;
        if it.mention.actor == actor {
            if h.main.is_some() {
                return false;
            }
            speaks |= h.speaks;
        } else if h.main == Some(actor) || h.joint.contains(&actor) {
            speaks = true;
        }
    }
    speaks
}

/// Which actors to report: all, or those matching `targets` by name or alias seen in the
/// article, compared case-insensitively (Unicode lowercase).
fn wanted_actors(found: &ArticleActors, targets: &[String]) -> Vec<bool> {
    let targets: Vec<String> = targets.iter().map(|t| t.trim().to_lowercase()).collect();
    found
        .actors
        .iter()
        .map(|a| targets.is_empty() || a.forms().any(|n| targets.contains(&n.to_lowercase())))
        .collect()
}

#[cfg(test)]
mod tests;
