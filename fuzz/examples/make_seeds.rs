//! Writes the seed corpora to `fuzz/corpus/<target>/` (git-ignored): the example articles in
//! `data/examples/`, a few hand-written texts and CSVs, a tiny trained model, and a few edit
//! lists for `model_mutate`. Run from anywhere:
//!
//!     cargo run --manifest-path fuzz/Cargo.toml --example make_seeds
use stance::model::format;
use stance::{Example, Model, TrainParams};
use std::fs;
use std::path::{Path, PathBuf};

const TEXTS: &[&str] = &[
    "",
    "Mr. Smith went to Washington. He said: “We are ready.”",
    "The U.S. Senate met. The U.S. The company said so… Then he left.",
    "“Why?” Smith asked. “Because,” she said, “we can't.”",
    "Russia's leader can\u{2019}t agree; O'Brien didn't either — not at all.",
    "grew 2.5 percent to 10,000 in 2023 vs. 1,999.5 e.g. in the U.K.",
    "Ünïcödé names: Zelenskyy’s “plan” 😀 works.\n\nA new paragraph.\r\n\r\nAnd another",
    "According to the EU, Iran and Germany praised NATO, said Barack Obama.",
    "a.b.c.d.e.f. U.S.A. e.g. i.e. Inc. Corp. Jr. Sr. Dr. Prof. Gen.",
    "'\"«»„“”-- - — – ... … ! ? ; : ,",
];

const CSVS: &[&str] = &[
    "text,target,label\nParis won.,Paris,positive\n",
    "label,extra,target,text\npositive,x,Paris,Paris won.\n",
    "text,target,label,target_start\nIran and Iran,Iran,neutral,9\n",
    "text,target,label,holder\n\"Rome, said Oslo.\",Rome,negative,Oslo\n",
    "\u{feff}text,target,label\r\n\"Paris\nwon.\",Paris,positive\r\n",
    "text,target,label\nA fine day.,Paris,positive\nParis won.,Paris\n",
    "text,target\nÜber Zürich,Zürich\n",
    "text,target,text,label\n",
    "text,label\nx,y\n",
    "",
];

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join(name), bytes).unwrap();
}

fn tiny_model() -> Model {
    let rows: Vec<Example> = [
        (
            "Critics condemned Paris for the failure.",
            "Paris",
            "negative",
        ),
        (
            "Observers praised Rome for its generous aid.",
            "Rome",
            "positive",
        ),
        ("Officials met Oslo on Monday.", "Oslo", "neutral"),
        (
            "Leaders welcomed Lima and its bold reforms.",
            "Lima",
            "positive",
        ),
    ]
    .iter()
    .map(|(text, target, label)| Example::new(*text, target, Some(label)).unwrap())
    .collect();
    let mut params = TrainParams::default().min_df(1);
    params.features.lexicon = false;
    Model::train(&rows, &params).unwrap()
}

fn main() {
    let fuzz = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = fuzz.join("corpus");
    let examples = fuzz.join("../data/examples");

    let mut texts: Vec<(String, Vec<u8>)> = TEXTS
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("hand-{i}.txt"), t.as_bytes().to_vec()))
        .collect();
    let mut csvs: Vec<(String, Vec<u8>)> = CSVS
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("hand-{i}.csv"), t.as_bytes().to_vec()))
        .collect();
    let mut entries: Vec<_> = fs::read_dir(&examples)
        .expect("data/examples exists")
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = fs::read(&path).unwrap();
        if name.ends_with(".txt") {
            texts.push((name, bytes));
        } else if name.ends_with(".csv") {
            csvs.push((name, bytes));
        }
    }

    for target in ["sentences", "tokenize", "score_article"] {
        for (name, bytes) in &texts {
            write(&corpus.join(target), name, bytes);
        }
    }
    for (name, bytes) in &texts {
        // Mode 0: the splitter's sentences.
        write(&corpus.join("actors"), name, &[&[0u8][..], bytes].concat());
    }
    // Mode 1: explicit spans (count in the mode byte's upper bits).
    let spans = [0x31u8, 0x22, 0xf0, 0x5a];
    let mode = 1 | (spans.len() as u8) << 1;
    write(
        &corpus.join("actors"),
        "spans.bin",
        &[&[mode][..], &spans[..], TEXTS[7].as_bytes()].concat(),
    );
    for (name, bytes) in &csvs {
        write(&corpus.join("csv_reader"), name, bytes);
    }

    let file = tiny_model().to_bytes();
    let payload = format::decode(&file, "tiny").unwrap();
    // model_load wraps its input in a valid header: this seed must load that way.
    Model::from_bytes(&format::encode(payload), "tiny").expect("the tiny seed loads");
    write(&corpus.join("model_load"), "tiny-payload.bin", payload);
    write(&corpus.join("model_load"), "tiny-file.stance", &file);
    write(&corpus.join("model_load"), "magic-only.bin", format::MAGIC);

    // [op, pos0, pos1, pos2, value]: see model_mutate.rs.
    let edits: &[&[u8]] = &[
        &[0x40, 0, 0, 0, 1],
        &[0x40, 40, 0, 0, 0x80],
        &[0x41, 100, 0, 0, 0xff],
        &[0x80, 50, 0, 0, 1],
        &[0x81, 90, 0, 0, 0],
        &[0x82, 80, 0, 0, 0],
        &[0x03, 0x10, 0x27, 0, 7],
        &[0x04, 0x20, 0x4e, 0, 200],
        &[0x45, 8, 0, 0, 0],
        &[0x00, 0xff, 0xff, 0xff, 0x55],
    ];
    for (i, e) in edits.iter().enumerate() {
        write(&corpus.join("model_mutate"), &format!("edit-{i}.bin"), e);
    }
    println!("seed corpora written under {}", corpus.display());
}
