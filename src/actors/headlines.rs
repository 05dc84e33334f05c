//! Headlines capitalise every word, so there a capitalised run is no evidence of a name
//! (`Ukraine and Poland Agree on Grain Corridor as Russia Warns of Escalation`: `Agree`,
//! `Grain Corridor`, `Warns`). Gazetteer names count anywhere; another name in a headline
//! counts only if the article's other sentences name it too (`Kuleba` after `Dmytro
//! Kuleba`, matched by the last word). A text that is all headlines keeps its names.
//!
//! `names` already keeps names from starting on a line in capitals, or in title case with
//! a capitalised verb it knows (`Obama Sees Russia's Moves In Positive Light`); this pass
//! catches the headlines that test misses (`… as Russia Warns of Escalation`) after the
//! spans are found, with the rest of the article as the evidence.

use super::names::NameSpan;
use super::tokens::ArticleTokens;
use super::ActorKind;
use crate::text::sentences::is_headline;
use rustc_hash::FxHashSet;

pub(super) fn drop_headline_only_names(
    text: &str,
    article: &ArticleTokens,
    names: &mut Vec<NameSpan>,
) {
    let sents = &article.sents.sents;
    let mut headline = vec![false; sents.iter().map(|s| s.index + 1).max().unwrap_or(0)];
    let mut count = 0;
    for s in sents.iter().filter(|s| is_headline(&text[s.start..s.end])) {
        headline[s.index] = true;
        count += 1;
    }
    // A text of headlines only (a list of them, a title scored alone) has no body to
    // confirm its names: they stand as found.
    if count == 0 || count == sents.len() {
        return;
    }
    let last_word = |n: &NameSpan| &text[n.last.0..n.last.1];
    let in_headline = |n: &NameSpan| headline.get(n.sentence).copied().unwrap_or(false);
    let body = || names.iter().filter(|n| !in_headline(n));
    let whole: FxHashSet<&str> = body().map(|n| &text[n.start..n.end]).collect();
    let last: FxHashSet<&str> = body().map(last_word).collect();
    names.retain_mut(|n| {
        if !in_headline(n) || whole.contains(&text[n.start..n.end]) {
            return true;
        }
        if !last.contains(last_word(n)) {
            return false;
        }
        // `Iran Hails Kuleba`: the run took the headline's capitalised verb along; the
        // name is the word the body knows.
        *n = NameSpan {
            start: n.last.0,
            first: n.last,
            words: 1,
            title: false,
            regnal: false,
            hint: ActorKind::Other,
            person_hint: false,
            org_hint: false,
            ..*n
        };
        true
    });
}

#[cfg(test)]
mod tests {
    use super::super::test_support::find;

    fn actor_names(text: &str) -> Vec<String> {
        let a = find(text);
        a.actors.iter().map(|x| x.name.clone()).collect()
    }

    #[test]
    fn headline_words_are_no_actors_unless_the_body_names_them() {
        let text = "Ukraine and Iran Agree on Grain Corridor as Russia Warns of Escalation\n\n\
                    Dmytro Kuleba spoke in Kyiv.";
        assert_eq!(
            actor_names(text),
            ["Ukraine", "Iran", "Russia", "Dmytro Kuleba"]
        );
        let text = "Iran Hails Kuleba\n\nDmytro Kuleba spoke.";
        assert_eq!(actor_names(text), ["Iran", "Dmytro Kuleba"]);
        // Photo credits look like headlines too.
        let text = "Alex Wong/Getty Images\n\nIran protested.";
        assert_eq!(actor_names(text), ["Iran"]);
        // The same words in a body sentence are names.
        let body = "He met Grain Corridor Partners in Kyiv.";
        assert_eq!(actor_names(body), ["Grain Corridor Partners", "Ukraine"]);
    }
}
