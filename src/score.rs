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
                let speaker = is_speaker(m.actor, &items);
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
mod tests {
    use super::*;
    use crate::actors::find_holders_in;

    const ARTICLE: &str = "U.S. President Barack Obama is also seeing Russia's decisions in a positive light.\n\n\
        “We condemn the attack,” said Foreign Minister Elena Varga. Critics in Brussels praised Moscow.";

    #[test]
    fn joint_holders_share_the_stance_and_its_relation() {
        let model = Model::builtin().unwrap();
        let report = model.score_article("Moscow and Beijing criticised Washington.");
        let us = &report.sentences[0].stances[2];
        assert_eq!(us.target, "United States");
        assert_eq!(us.holder.as_deref(), Some("China"));
        assert_eq!(us.joint_holders, ["Russia"]);
        let held: Vec<(&str, &str)> = report
            .relations
            .iter()
            .map(|r| (r.holder.as_str(), r.target.as_str()))
            .collect();
        assert_eq!(
            held,
            [("Russia", "United States"), ("China", "United States")]
        );
    }

    #[test]
    fn a_speaker_is_flagged_and_left_out_of_its_summary() {
        let model = Model::builtin().unwrap();
        let report = model.score_article(
            "Senator Dana Holt accused Iran of lying. Iran rejected the claim. \
             Later, Russia criticised Holt and Holt attacked Russia.",
        );
        let flags: Vec<Vec<(&str, bool)>> = report
            .sentences
            .iter()
            .map(|s| {
                s.stances
                    .iter()
                    .map(|st| (st.target.as_str(), st.speaker))
                    .collect()
            })
            .collect();
        // Holt only speaks in the first sentence; in the third Holt and Russia each hold a
        // stance toward the other, so neither only speaks; Iran alone holds nothing.
        assert_eq!(
            flags,
            [
                vec![("Dana Holt", true), ("Iran", false)],
                vec![("Iran", false)],
                vec![("Russia", false), ("Dana Holt", false)],
            ]
        );
        let holt = &report.actors[0];
        assert_eq!((holt.actor.as_str(), holt.mentions), ("Dana Holt", 3));
        let third = report.sentences[2]
            .stances
            .iter()
            .find(|s| s.target == "Dana Holt");
        assert_eq!(
            holt.score,
            third.unwrap().score,
            "the summary is the third row alone"
        );

        let only_speaks = model.score_article("Senator Dana Holt accused Iran of lying.");
        assert_eq!(only_speaks.actors[0].score, None);
        assert_eq!(only_speaks.actors[0].label, None);

        // The subject of a verb of saying speaks too, whatever it says; the subject of
        // another verb is portrayed by the sentence and keeps its row in the summary.
        let flags = |text: &str| -> Vec<(String, bool)> {
            let report = model.score_article(text);
            let s = &report.sentences[0];
            s.stances
                .iter()
                .map(|st| (st.target.clone(), st.speaker))
                .collect()
        };
        assert_eq!(
            flags("Senator Dana Holt said the plan would fail."),
            [("Dana Holt".to_string(), true)]
        );
        assert_eq!(
            flags("Senator Dana Holt's office said the plan would fail."),
            [("Dana Holt".to_string(), false)]
        );
        assert_eq!(
            flags("Senator Dana Holt wrecked the plan."),
            [("Dana Holt".to_string(), false)]
        );
        assert_eq!(
            flags("The plan will fail, according to Senator Dana Holt."),
            [("Dana Holt".to_string(), true)]
        );
        // A person a title names after the verb speaks, not the title's owner.
        assert_eq!(
            flags("The plan will fail, said Nigeria's oil minister, Ada Obi."),
            [("Ada Obi".to_string(), true)]
        );
        assert_eq!(
            flags("Iran lied, said its director, Ada Obi."),
            [("Iran".to_string(), false), ("Ada Obi".to_string(), true)]
        );
        // One who speaks for their country or employer does not judge it: it speaks.
        assert_eq!(
            flags("Russia's ambassador, Ada Obi, said Moscow would not yield."),
            [("Ada Obi".to_string(), true), ("Russia".to_string(), true)]
        );
        assert_eq!(
            flags(
                "Ada Obi, the chief executive of Veltris Pharma, said Veltris Pharma would appeal."
            ),
            [
                ("Ada Obi".to_string(), true),
                ("Veltris Pharma".to_string(), true)
            ]
        );
        // A description that is the `according to` source speaks too.
        let report = model.score_article(
            "The Food and Drug Administration fined Veltris Pharma. According to the \
             regulator, Veltris Pharma hid the data.",
        );
        let second: Vec<(&str, bool)> = report.sentences[1]
            .stances
            .iter()
            .map(|st| (st.target.as_str(), st.speaker))
            .collect();
        assert_eq!(
            second,
            [
                ("Food and Drug Administration", true),
                ("Veltris Pharma", false)
            ]
        );
        // A possessive ending the text after the speaker's name (no panic looking past it).
        assert_eq!(
            flags("Moscow lied, said Ada Obi, Russia's"),
            [("Russia".to_string(), false), ("Ada Obi".to_string(), true)]
        );
        // A country speaks through its own ministry.
        assert_eq!(
            flags("Iraq's oil ministry said the plan would fail."),
            [("Iraq".to_string(), true)]
        );
    }

    #[test]
    fn obama_holds_the_stance_toward_russia() {
        let model = Model::builtin().unwrap();
        let report = model.score_article(ARTICLE);
        let s0 = &report.sentences[0];
        let russia = s0.stances.iter().find(|s| s.target == "Russia").unwrap();
        assert_eq!(russia.holder.as_deref(), Some("Barack Obama"));
        let rel = report
            .relations
            .iter()
            .find(|r| r.holder == "Barack Obama" && r.target == "Russia")
            .unwrap();
        assert_eq!(rel.sentences, vec![0]);
        assert!(report
            .actors
            .iter()
            .any(|a| a.actor == "Russia" && a.mentions == 2));
    }

    #[test]
    fn shared_tokens_find_what_the_public_functions_find() {
        // score_article_with tokenizes once for both steps; the public `find` and
        // `find_holders` tokenize on their own. Both routes must agree.
        let sentences = split_sentences(ARTICLE);
        let finder = ActorFinder::builtin();
        let article = ArticleTokens::new(ARTICLE, &sentences);
        let shared = finder.find_in(ARTICLE, &article);
        let public = finder.find(ARTICLE, &sentences);
        assert_eq!(format!("{shared:?}"), format!("{public:?}"));
        assert!(shared.mentions.len() >= 5);
        let holders: Vec<Option<usize>> = find_holders_in(ARTICLE, &article, &shared)
            .into_iter()
            .map(|h| h.main)
            .collect();
        assert_eq!(
            holders,
            crate::actors::find_holders(ARTICLE, &sentences, &public)
        );
        assert!(holders.iter().any(Option::is_some));
    }

    #[test]
    fn offsets_slice_the_input() {
        let model = Model::builtin().unwrap();
        let report = model.score_article(ARTICLE);
        for s in &report.sentences {
            assert_eq!(&ARTICLE[s.start..s.end], s.text);
            for m in &s.mentions {
                assert_eq!(&ARTICLE[m.start..m.end], m.text);
            }
            for st in &s.stances {
                assert!((st.probabilities.values().sum::<f64>() - 1.0).abs() < 1e-9);
                assert_ne!(st.holder.as_deref(), Some(st.target.as_str()));
            }
        }
    }

    #[test]
    fn targets_filter_the_report() {
        let model = Model::builtin().unwrap();
        let options = ScoreOptions {
            targets: vec!["russia".into()],
        };
        let report = model.score_article_with(ARTICLE, ActorFinder::builtin(), &options);
        assert!(report.actors.iter().all(|a| a.actor == "Russia"));
        assert!(report
            .sentences
            .iter()
            .flat_map(|s| &s.stances)
            .all(|s| s.target == "Russia"));
    }

    #[test]
    fn empty_and_actorless_text() {
        let model = Model::builtin().unwrap();
        assert!(model.score_article("").sentences.is_empty());
        let report = model.score_article("it rained all day and nobody came.");
        assert_eq!(report.sentences.len(), 1);
        assert!(report.actors.is_empty());
    }
}
