//! `Model::from_bytes` on arbitrary bytes, twice: as a whole file (almost always stopped by
//! the header or the checksum), and as a payload wrapped in a valid header with the right
//! CRC (`format::encode`), which reaches the postcard decoder and the consistency checks.
//! Any model that loads must then work (see `common::exercise`).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use stance::model::format;
use stance::Model;

fuzz_target!(|data: &[u8]| {
    if let Ok(model) = Model::from_bytes(data, "fuzz") {
        common::exercise(&model, true);
    }
    let file = format::encode(data);
    if let Ok(model) = Model::from_bytes(&file, "fuzz") {
        common::exercise(&model, true);
    }
});
