//! Stemming languages. The model file stores the language by name, so a model always
//! stems its input the way its training data was stemmed.

use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};

macro_rules! languages {
    ($($variant:ident => $name:literal),* $(,)?) => {
        /// A rust-stemmers (Snowball) language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
        #[serde(rename_all = "lowercase")]
        pub enum Language {
            #[default]
            English,
            $($variant),*
        }

        impl Language {
            /// Every supported language, English first.
            pub const ALL: &'static [Language] = &[Language::English, $(Language::$variant),*];

            /// The lowercase name used on the command line and in model files.
            pub fn name(self) -> &'static str {
                match self {
                    Language::English => "english",
                    $(Language::$variant => $name),*
                }
            }

            fn algorithm(self) -> Algorithm {
                match self {
                    Language::English => Algorithm::English,
                    $(Language::$variant => Algorithm::$variant),*
                }
            }
        }
    };
}

languages! {
    Arabic => "arabic", Danish => "danish", Dutch => "dutch", Finnish => "finnish",
    French => "french", German => "german", Greek => "greek", Hungarian => "hungarian",
    Italian => "italian", Norwegian => "norwegian", Portuguese => "portuguese",
    Romanian => "romanian", Russian => "russian", Spanish => "spanish", Swedish => "swedish",
    Tamil => "tamil", Turkish => "turkish",
}

impl Language {
    /// A stemmer for this language.
    pub fn stemmer(self) -> Stemmer {
        Stemmer::create(self.algorithm())
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Language {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Language::ALL
            .iter()
            .copied()
            .find(|l| l.name() == wanted)
            .ok_or_else(|| {
                let names: Vec<&str> = Language::ALL.iter().map(|l| l.name()).collect();
                format!(
                    "unknown language {s:?} (expected one of: {})",
                    names.join(", ")
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &lang in Language::ALL {
            assert_eq!(lang.name().parse::<Language>().unwrap(), lang);
        }
        assert!("klingon"
            .parse::<Language>()
            .unwrap_err()
            .contains("english"));
    }

    #[test]
    fn english_stems() {
        let s = Language::English.stemmer();
        assert_eq!(s.stem("criticised"), "criticis");
        assert_eq!(s.stem("praising"), "prais");
    }
}
