//! The built-in model's payload, damaged as the fuzz input says, then wrapped in a valid
//! header with a recomputed CRC and loaded: never a panic, and a model that loads works.
//!
//! Input: 5-byte edits `[op, pos0, pos1, pos2, value]`. `op & 7` picks the edit (xor, set,
//! truncate, insert, remove a run, write 0xff x 10), `op >> 6` the region `pos` falls in
//! (anywhere, the first 4 KiB: meta, settings and the lexicon's start, or the bytes around
//! the labels, which sit between the vocabulary and the weights).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use stance::model::format;
use stance::Model;
use std::ops::Range;
use std::sync::OnceLock;

static MODEL_FILE: &[u8] = include_bytes!("../../models/default.stance");
const HEADER_LEN: usize = 24;

fn varint_len(mut n: usize) -> usize {
    let mut len = 1;
    while n >= 0x80 {
        n >>= 7;
        len += 1;
    }
    len
}

/// Payload byte range around the end of the labels (postcard: labels, then weights and
/// bias as length-prefixed little-endian f32s).
fn labels_region() -> Range<usize> {
    static R: OnceLock<Range<usize>> = OnceLock::new();
    R.get_or_init(|| {
        let model = Model::from_bytes(MODEL_FILE, "builtin").expect("the built-in model loads");
        let k = model.labels().len();
        let nk = model.featurizer().n_features() * k;
        let payload = MODEL_FILE.len() - HEADER_LEN;
        let labels_end = payload - (4 * k + varint_len(k)) - (4 * nk + varint_len(nk));
        labels_end.saturating_sub(96)..labels_end + 16
    })
    .clone()
}

fuzz_target!(|data: &[u8]| {
    if data.is_empty() || data.len() > 5 * 16 {
        return;
    }
    let mut payload = MODEL_FILE[HEADER_LEN..].to_vec();
    for edit in data.chunks_exact(5) {
        if payload.is_empty() {
            break;
        }
        let raw = usize::from(edit[1]) | usize::from(edit[2]) << 8 | usize::from(edit[3]) << 16;
        let len = payload.len();
        let pos = match edit[0] >> 6 {
            1 => raw % len.min(4096),
            2 => {
                let r = labels_region();
                (r.start + raw % r.len()).min(len - 1)
            }
            _ => raw % len,
        };
        let value = edit[4];
        match edit[0] & 7 {
            0 => payload[pos] ^= value.max(1),
            1 => payload[pos] = value,
            2 => payload.truncate(pos),
            3 => payload.insert(pos, value),
            4 => {
                let end = (pos + usize::from(value) + 1).min(len);
                payload.drain(pos..end);
            }
            _ => {
                let end = (pos + 10).min(len);
                payload[pos..end].fill(0xff);
            }
        }
    }
    let file = format::encode(&payload);
    if let Ok(model) = Model::from_bytes(&file, "mutated") {
        common::exercise(&model, false);
    }
});
