//! Output formats for `stance score`: a readable table, JSON, JSON lines and CSV.

use serde::Serialize;
use stance::ArticleReport;
use std::io::{self, Write};

fn signed(score: Option<f64>) -> String {
    score.map_or_else(|| "    -".to_string(), |s| format!("{s:+.2}"))
}

/// A readable report: sentences with their stances, then actors and relations.
pub fn table(out: &mut impl Write, name: &str, r: &ArticleReport) -> io::Result<()> {
    writeln!(
        out,
        "{name}: {} sentences, {} actors, {} relations (model {})",
        r.sentences.len(),
        r.actors.len(),
        r.relations.len(),
        r.model
    )?;
    if r.actors.is_empty() {
        writeln!(out, "\nno actors found in this text")?;
        return Ok(());
    }
    // Column widths follow the longest actor name, within reason.
    let name_width = r
        .actors
        .iter()
        .map(|a| a.actor.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(12, 40);
    let pair_width = r
        .relations
        .iter()
        .map(|rel| rel.holder.chars().count() + rel.target.chars().count() + 4)
        .max()
        .unwrap_or(0)
        .clamp(20, 64);
    for s in r.sentences.iter().filter(|s| !s.stances.is_empty()) {
        let text: String = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
        writeln!(out, "\n[{}] {}", s.index, text)?;
        for st in &s.stances {
            let mut notes = Vec::new();
            if let Some(pronoun) = &st.via {
                notes.push(format!("as \"{pronoun}\""));
            }
            match (&st.holder, st.joint_holders.as_slice()) {
                (None, _) if st.speaker => notes.push("speaker".to_string()),
                (None, _) => {}
                (Some(h), []) => notes.push(format!("holder: {h}")),
                (Some(h), joint) => notes.push(format!("holders: {h}, {}", joint.join(", "))),
            }
            let holder = if notes.is_empty() {
                String::new()
            } else {
                format!("  ({})", notes.join("; "))
            };
            writeln!(
                out,
                "    {:<name_width$} {:<9} {}{}",
                st.target,
                st.label,
                signed(st.score),
                holder
            )?;
        }
    }
    writeln!(out, "\nActors")?;
    writeln!(
        out,
        "    {:<name_width$} {:<13} {:>8}  {:>5}  label",
        "actor", "kind", "mentions", "score"
    )?;
    for a in &r.actors {
        writeln!(
            out,
            "    {:<name_width$} {:<13} {:>8}  {}  {}",
            a.actor,
            a.kind.as_str(),
            a.mentions,
            signed(a.score),
            a.label.as_deref().unwrap_or("-")
        )?;
    }
    if !r.relations.is_empty() {
        writeln!(out, "\nRelations (holder -> target)")?;
        for rel in &r.relations {
            let sentences: Vec<String> = rel.sentences.iter().map(usize::to_string).collect();
            writeln!(
                out,
                "    {:<pair_width$} {:<9} {}  sentences {}",
                format!("{} -> {}", rel.holder, rel.target),
                rel.label,
                signed(rel.score),
                sentences.join(", ")
            )?;
        }
    }
    writeln!(out)
}

/// The report as one pretty JSON document.
pub fn json(out: &mut impl Write, r: &ArticleReport) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, r)?;
    writeln!(out)
}

/// One JSON object per sentence, each with the document it came from.
pub fn jsonl(out: &mut impl Write, name: &str, r: &ArticleReport) -> io::Result<()> {
    #[derive(Serialize)]
    struct Line<'a> {
        document: &'a str,
        #[serde(flatten)]
        sentence: &'a stance::report::SentenceReport,
    }
    for s in &r.sentences {
        serde_json::to_writer(
            &mut *out,
            &Line {
                document: name,
                sentence: s,
            },
        )?;
        writeln!(out)?;
    }
    Ok(())
}

/// One CSV row per (sentence, target), with a probability column per label.
pub fn csv(
    out: &mut impl Write,
    name: &str,
    r: &ArticleReport,
    header_done: &mut bool,
) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    if !*header_done {
        let mut header = vec![
            "document",
            "sentence",
            "start",
            "end",
            "target",
            "holder",
            "joint_holders",
            "speaker",
            "via",
            "label",
            "score",
        ]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
        header.extend(r.labels.iter().map(|l| format!("p_{l}")));
        header.push("text".into());
        w.write_record(&header)?;
        *header_done = true;
    }
    for s in &r.sentences {
        for st in &s.stances {
            let mut row = vec![
                name.to_string(),
                s.index.to_string(),
                s.start.to_string(),
                s.end.to_string(),
                st.target.clone(),
                st.holder.clone().unwrap_or_default(),
                st.joint_holders.join("; "),
                st.speaker.to_string(),
                st.via.clone().unwrap_or_default(),
                st.label.clone(),
                st.score.map(|v| format!("{v:.4}")).unwrap_or_default(),
            ];
            row.extend(
                r.labels
                    .iter()
                    .map(|l| format!("{:.4}", st.probabilities.get(l).copied().unwrap_or(0.0))),
            );
            row.push(s.text.clone());
            w.write_record(&row)?;
        }
    }
    w.flush()
}
