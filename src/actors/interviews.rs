//! Interviews set out as questions and answers (`Q: …` / `A: …` paragraphs): what an
//! answer says is the interviewee's, as a quotation is its speaker's.

use super::clauses::{Ctx, Subj};
use super::ActorKind;

/// How many sentences back an answer's `A:` may open its paragraph.
const LONGEST_ANSWER: usize = 40;

impl Ctx<'_> {
    /// The source of sentence `si` outside its verbs: `according to X`, else in an
    /// interview's answer the interviewee.
    pub(super) fn source(&self, si: usize) -> Option<Subj> {
        self.according(si).or_else(|| {
            let answer = self.paragraph_opener(si) == Some('A');
            answer
                .then(|| self.interviewee())
                .flatten()
                .map(|actor| Subj {
                    actor,
                    mention: None,
                })
        })
    }

    /// The letter (`Q` or `A`) before a colon that opens the line of sentence `si`.
    fn paragraph_opener(&self, si: usize) -> Option<char> {
        let first = (si.saturating_sub(LONGEST_ANSWER)..=si)
            .rev()
            .find(|&s| self.opens_line(s))?;
        let (a, b) = self.ranges[first];
        let letter = match self.word(a) {
            "Q" => 'Q',
            "A" => 'A',
            _ => return None,
        };
        (a + 1 < b && self.is_punct(a + 1, &[':'])).then_some(letter)
    }

    /// Sentence `si` starts a line.
    fn opens_line(&self, si: usize) -> bool {
        let before = &self.text[..self.sents.sents[si].start];
        let gap = before.trim_end_matches([' ', '\t', '\r']);
        gap.is_empty() || gap.ends_with('\n')
    }

    /// In an article with question and answer paragraphs, the person named most often
    /// before the first question (the first named of equals): the one the introduction
    /// presents.
    pub(super) fn find_interviewee(&self) -> Option<usize> {
        let mut question = None;
        let mut answers = false;
        for si in 0..self.ranges.len() {
            match self.paragraph_opener(si) {
                Some('Q') if question.is_none() => question = Some(si),
                Some('A') => answers = true,
                _ => {}
            }
        }
        let first_question = self.ranges[question.filter(|_| answers)?].0;
        let before = self.tokens[first_question].start;
        let mut counts: Vec<(usize, u32)> = Vec::new();
        for p in 0..self.order.len() {
            let m = self.mention(p);
            if m.start >= before {
                break;
            }
            if self.actors.actors[m.actor].kind != ActorKind::Person {
                continue;
            }
            match counts.iter_mut().find(|(a, _)| *a == m.actor) {
                Some((_, n)) => *n += 1,
                None => counts.push((m.actor, 1)),
            }
        }
        let most = counts.iter().map(|&(_, n)| n).max()?;
        counts.iter().find(|&&(_, n)| n == most).map(|&(a, _)| a)
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
        // Without answers, no interview.
        expect(
            "Rina Wulandari spoke.\n\nQ: Is Iran a partner?\n\nTurkey is another matter.",
            &[("Rina Wulandari", None), ("Iran", None), ("Turkey", None)],
        );
    }
}
