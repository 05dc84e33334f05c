//! Interviews set out as questions and answers (`Q: …` / `A: …` paragraphs): what an
//! answer says is the interviewee's, as a quotation is its speaker's.

use super::clauses::{Ctx, Subj};
use super::datelines::opens_line;
use super::ActorKind;

/// What the article's question and answer lines say, worked out once.
pub(super) struct Interview {
    /// Per sentence: the letter (`Q` or `A`) and colon that open its line, if any.
    openers: Vec<Option<char>>,
    /// The person who answers, where the article is an interview.
    interviewee: Option<usize>,
}

/// Words of an introduction that present an interview (`spoke to`, `in an interview`).
const INTERVIEW_CUES: &[&str] = &[
    "interview",
    "spoke to",
    "spoke with",
    "sat down with",
    "talked to",
];

impl Ctx<'_> {
    /// The source of sentence `si` outside its verbs: `according to X`, else in an
    /// interview's answer the interviewee.
    pub(super) fn source(&self, si: usize) -> Option<Subj> {
        self.according(si).or_else(|| {
            let interview = self.interview();
            let answer = interview.openers.get(si) == Some(&Some('A'));
            answer
                .then_some(interview.interviewee)
                .flatten()
                .map(|actor| Subj {
                    actor,
                    mention: None,
                })
        })
    }

    /// The letter (`Q` or `A`) and colon that open sentence `si`.
    fn opener(&self, si: usize) -> Option<char> {
        let (a, b) = self.ranges[si];
        if a + 1 >= b {
            return None;
        }
        let letter = match self.word(a) {
            "Q" => 'Q',
            "A" => 'A',
            _ => return None,
        };
        self.is_punct(a + 1, &[':']).then_some(letter)
    }

    /// Each sentence's line opener (carried over the sentences of its line), and the
    /// interviewee: in an article with question and answer lines whose introduction
    /// presents an interview (`spoke to`, `interview`), the person named most often before
    /// the first question (the first named of equals).
    pub(super) fn find_interview(&self) -> Interview {
        let mut openers = Vec::with_capacity(self.ranges.len());
        let mut current = None;
        let mut first_question = None;
        let mut answers = false;
        for si in 0..self.ranges.len() {
            let start = self.sents.sents[si].start;
            if si == 0 || opens_line(self.text, start) {
                current = self.opener(si);
            }
            match current {
                Some('Q') if first_question.is_none() => first_question = Some(start),
                Some('A') => answers = true,
                _ => {}
            }
            openers.push(current);
        }
        let interviewee = first_question
            .filter(|_| answers)
            .filter(|&q| {
                let intro = self.text[..q].to_lowercase();
                INTERVIEW_CUES.iter().any(|c| intro.contains(c))
            })
            .and_then(|q| self.most_named_person_before(q));
        Interview {
            openers,
            interviewee,
        }
    }

    /// The person named most often before byte `end` (the first named of equals).
    fn most_named_person_before(&self, end: usize) -> Option<usize> {
        let mut counts = vec![0u32; self.actors.actors.len()];
        let mut first_named = Vec::new();
        for p in 0..self.order.len() {
            let m = self.mention(p);
            if m.start >= end {
                break;
            }
            if self.actors.actors[m.actor].kind == ActorKind::Person {
                if counts[m.actor] == 0 {
                    first_named.push(m.actor);
                }
                counts[m.actor] += 1;
            }
        }
        let most = first_named.iter().map(|&a| counts[a]).max()?;
        first_named.into_iter().find(|&a| counts[a] == most)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::expect;

    #[test]
    fn an_answer_is_the_interviewees() {
        let text = "Trade Minister Rina Wulandari spoke to us. Wulandari took office in May.\n\n\
                    Q: Is Iran a partner?\n\nA: We trust Iran. Turkey is another matter.\n\n\
                    Q: And Russia?\n\nA: No comment.";
        const RINA: Option<&str> = Some("Rina Wulandari");
        expect(
            text,
            &[
                ("Rina Wulandari", None),
                ("Wulandari", None),
                ("Iran", None),
                ("Iran", RINA),
                ("Turkey", RINA),
                ("Russia", None),
            ],
        );
        // No interview presented: an explainer's or quiz's answers are nobody's.
        expect(
            "Rina Wulandari wrote this guide.\n\nQ: Is Iran a partner?\n\nA: We trust Iran.",
            &[("Rina Wulandari", None), ("Iran", None), ("Iran", None)],
        );
        // Without answers, no interview.
        expect(
            "Rina Wulandari spoke.\n\nQ: Is Iran a partner?\n\nTurkey is another matter.",
            &[("Rina Wulandari", None), ("Iran", None), ("Turkey", None)],
        );
    }
}
