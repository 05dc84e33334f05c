//! Speed of each pipeline stage. `cargo bench --bench pipeline`; the NewsMTSC training bench
//! runs only when ../shared/data/newsmtsc is present (it says so when skipped).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use stance::features::Buffers;
use stance::text::{split_sentences, Analyzed, Analyzer, TextSettings};
use stance::{dataset, Model, TrainParams};
use std::hint::black_box;
use std::path::Path;

fn article() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples");
    ["summit", "sanctions", "ceasefire", "trade"]
        .iter()
        .map(|n| std::fs::read_to_string(dir.join(format!("{n}.txt"))).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn stages(c: &mut Criterion) {
    let model = Model::builtin().unwrap();
    let text = article();
    let sentence =
        "U.S. President Barack Obama is also seeing Russia's decisions in a positive light.";

    c.bench_function("model_load_default", |b| {
        b.iter(|| Model::builtin().unwrap())
    });

    let analyzer = Analyzer::new(TextSettings::default());
    let mut analyzed = Analyzed::default();
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("tokenize_stem_article", |b| {
        b.iter(|| analyzer.analyze(black_box(&text), &mut analyzed))
    });
    g.bench_function("split_sentences_article", |b| {
        b.iter(|| split_sentences(black_box(&text)))
    });
    g.finish();

    let mut buf = Buffers::default();
    c.bench_function("features_one_pair", |b| {
        b.iter(|| {
            model
                .featurizer()
                .transform(black_box(sentence), 43..49, &mut buf)
                .len()
        })
    });
    let mut probs = vec![0.0; model.labels().len()];
    c.bench_function("predict_one_pair", |b| {
        b.iter(|| model.predict_into(black_box(sentence), 43..49, &mut buf, &mut probs))
    });

    let mut g = c.benchmark_group("score");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("score_article_examples", |b| {
        b.iter(|| model.score_article(black_box(&text)))
    });
    g.finish();
}

fn training(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/newsmtsc/train.csv");
    if !path.exists() {
        eprintln!("skipping train_newsmtsc: {} not found", path.display());
        return;
    }
    let rows: Vec<_> = dataset::open(
        &path,
        dataset::ReadOptions {
            require_label: true,
            ..Default::default()
        },
    )
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap();
    let mut g = c.benchmark_group("train");
    g.sample_size(10);
    g.bench_function("train_newsmtsc", |b| {
        b.iter(|| Model::train(&rows, &TrainParams::default()).unwrap())
    });
    g.finish();
}

criterion_group!(benches, stages, training);
criterion_main!(benches);
