//! `ExampleReader` over arbitrary bytes with every combination of options: each row is Ok
//! or Err, never a panic, and every Ok example's target span is valid in its text (empty,
//! at the start, exactly when targets are topics).
#![no_main]

use libfuzzer_sys::fuzz_target;
use stance::dataset::{ExampleReader, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let modes = [
        (false, false, false, false),
        (true, false, false, false),
        (true, true, false, false),
        (true, false, true, false),
        (true, true, false, true),
    ];
    for (require_label, skip_invalid, lossy, topics) in modes {
        let options = ReadOptions {
            require_label,
            skip_invalid,
            lossy,
            topics,
        };
        let Ok(reader) = ExampleReader::new(data, "fuzz.csv", options) else {
            continue;
        };
        for row in reader {
            let Ok(ex) = row else {
                // After an error without skip_invalid the reader stops.
                continue;
            };
            // A topic has an empty span at the start; any other target a non-empty one.
            if topics {
                assert_eq!(ex.target, 0..0, "{ex:?}");
            } else {
                assert!(ex.target.start < ex.target.end, "empty target {ex:?}");
                assert!(!ex.target_text().trim().is_empty());
            }
            assert!(ex.text.is_char_boundary(ex.target.start));
            assert!(ex.text.is_char_boundary(ex.target.end));
            assert!(!ex.text.trim().is_empty());
            if require_label {
                assert!(ex.label.is_some());
            }
        }
    }
});
