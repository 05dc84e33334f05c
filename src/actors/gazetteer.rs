//! The gazetteer: known actors with their kind and aliases, read from CSV
//! (`name,kind,aliases`, aliases separated by `|`).

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::sync::OnceLock;

use super::{Actor, ActorKind, ActorsError};

/// Known actors, unique by name. Cloning copies the table (the compiled automaton
/// lives in [`super::ActorFinder`]).
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    actors: Vec<Actor>,
    by_name: HashMap<String, usize>,
}

const BUILTIN_CSV: &str = include_str!("../../data/actors.csv");

impl Gazetteer {
    /// The gazetteer shipped in `data/actors.csv`, parsed once on first use and shared.
    /// Clone it to extend it.
    ///
    /// # Panics
    /// If the shipped file is malformed (a test checks that it is not).
    pub fn builtin() -> &'static Gazetteer {
        static BUILTIN: OnceLock<Gazetteer> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Gazetteer::from_csv_reader(BUILTIN_CSV.as_bytes(), "data/actors.csv")
                .unwrap_or_else(|e| panic!("built-in gazetteer: {e}"))
        })
    }

    /// Reads CSV with a header naming the columns `name`, `kind` and optionally
    /// `aliases` (any order, any case). Cells are trimmed; lines starting with `#` are
    /// comments; a row may omit a trailing empty `aliases` cell. A later row with
    /// the same name replaces the earlier one. `source_name` is used in error messages.
    pub fn from_csv_reader<R: Read>(r: R, source_name: &str) -> Result<Gazetteer, ActorsError> {
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .comment(Some(b'#'))
            .flexible(true)
            .from_reader(r);
        let csv_err = |e: csv::Error| csv_error(source_name, e);
        let headers = reader.headers().map_err(csv_err)?.clone();
        let column = |name: &'static str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
        let missing = |column| ActorsError::MissingColumn {
            source_name: source_name.to_string(),
            column,
        };
        let name_col = column("name").ok_or_else(|| missing("name"))?;
        let kind_col = column("kind").ok_or_else(|| missing("kind"))?;
        let alias_col = column("aliases");

        let mut g = Gazetteer::default();
        let mut record = csv::StringRecord::new();
        while reader.read_record(&mut record).map_err(csv_err)? {
            let line = record.position().map_or(0, |p| p.line());
            let err = |message: String| ActorsError::Csv {
                source_name: source_name.to_string(),
                line,
                message,
            };
            if record.len() > headers.len() {
                return Err(err(format!(
                    "{} fields, expected at most {} (separate aliases with | or quote the cell)",
                    record.len(),
                    headers.len()
                )));
            }
            let name = record.get(name_col).unwrap_or("");
            if name.is_empty() {
                return Err(ActorsError::EmptyName {
                    source_name: source_name.to_string(),
                    line,
                });
            }
            let kind_text = record.get(kind_col).unwrap_or("");
            let kind = ActorKind::parse(kind_text).ok_or_else(|| ActorsError::UnknownKind {
                source_name: source_name.to_string(),
                line,
                kind: kind_text.to_string(),
            })?;
            let aliases = alias_col
                .and_then(|c| record.get(c))
                .unwrap_or("")
                .split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty() && *a != name)
                .map(str::to_string)
                .collect();
            g.add(Actor {
                name: name.to_string(),
                kind,
                aliases,
            });
        }
        Ok(g)
    }

    /// Reads a CSV file (see [`Gazetteer::from_csv_reader`]); errors name the file.
    pub fn from_path(path: &Path) -> Result<Gazetteer, ActorsError> {
        let source_name = path.display().to_string();
        let file = std::fs::File::open(path).map_err(|source| ActorsError::Io {
            source_name: source_name.clone(),
            source,
        })?;
        Gazetteer::from_csv_reader(std::io::BufReader::new(file), &source_name)
    }

    /// Adds every actor of `other`; an actor with an existing name replaces the old one
    /// (kind and aliases), keeping its position.
    pub fn extend(&mut self, other: Gazetteer) {
        for actor in other.actors {
            self.add(actor);
        }
    }

    /// Adds one actor, replacing any actor with the same name.
    pub fn add(&mut self, actor: Actor) {
        match self.by_name.get(&actor.name) {
            Some(&i) => self.actors[i] = actor,
            None => {
                self.by_name.insert(actor.name.clone(), self.actors.len());
                self.actors.push(actor);
            }
        }
    }

    /// All actors, in order of first addition.
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }
}

fn csv_error(source_name: &str, e: csv::Error) -> ActorsError {
    let line = e.position().map_or(0, |p| p.line());
    let message = match e.kind() {
        csv::ErrorKind::Io(io) => format!("cannot read: {io}"),
        csv::ErrorKind::Utf8 { err, .. } => format!("invalid UTF-8: {err}"),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} fields, expected {expected_len}"),
        _ => e.to_string(),
    };
    ActorsError::Csv {
        source_name: source_name.to_string(),
        line,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get<'a>(g: &'a Gazetteer, name: &str) -> &'a Actor {
        g.actors().iter().find(|a| a.name == name).unwrap()
    }

    fn parse(csv: &str) -> Result<Gazetteer, ActorsError> {
        Gazetteer::from_csv_reader(csv.as_bytes(), "my_actors.csv")
    }

    #[test]
    fn reads_rows_and_aliases() {
        let g = parse("name,kind,aliases\nRussia,country, Russian | Russians |Moscow\n# note\nNATO,organisation\n\"Smith, John\",person,\n").unwrap();
        assert_eq!(g.actors().len(), 3);
        let r = get(&g, "Russia");
        assert_eq!(r.kind, ActorKind::Country);
        assert_eq!(r.aliases, vec!["Russian", "Russians", "Moscow"]);
        assert!(get(&g, "NATO").aliases.is_empty());
        assert_eq!(get(&g, "Smith, John").kind, ActorKind::Person);
    }

    #[test]
    fn columns_in_any_order() {
        let g = parse("Kind,Aliases,Name\nparty,Tories,Conservative Party\n").unwrap();
        assert_eq!(g.actors()[0].name, "Conservative Party");
        assert_eq!(g.actors()[0].kind, ActorKind::Party);
    }

    #[test]
    fn errors_name_file_line_and_problem() {
        let e = parse("name,kind,aliases\nA,country,\nB,country,\nC,country,\nD,country,\nE,country,\nF,nation,X\n")
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "my_actors.csv:7: unknown kind \"nation\" (expected country, organisation, group, person, party, place or other)"
        );
        let e = parse("name,kind,aliases\nUnited States,country,U.S.,US\n").unwrap_err();
        assert!(
            e.to_string().starts_with("my_actors.csv:2: 4 fields"),
            "{e}"
        );
        let e = parse("name,aliases\nA,B\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "my_actors.csv:1: missing column \"kind\" in header (expected name,kind,aliases)"
        );
        let e = parse("name,kind,aliases\n,country,X\n").unwrap_err();
        assert_eq!(e.to_string(), "my_actors.csv:2: empty name");
        let e =
            Gazetteer::from_csv_reader(&b"name,kind\nA\xff,country\n"[..], "bad.csv").unwrap_err();
        assert!(e.to_string().starts_with("bad.csv:2: invalid UTF-8"), "{e}");
        let e = Gazetteer::from_path(Path::new("/nonexistent/actors.csv")).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("/nonexistent/actors.csv: cannot read"),
            "{e}"
        );
    }

    #[test]
    fn extend_and_add_override_by_name() {
        let mut g =
            parse("name,kind,aliases\nRussia,country,Russian|Moscow\nIran,country,Tehran\n")
                .unwrap();
        g.extend(
            parse("name,kind,aliases\nRussia,country,Kremlin\nChina,country,Beijing\n").unwrap(),
        );
        let names: Vec<_> = g.actors().iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, vec!["Russia", "Iran", "China"]);
        assert_eq!(get(&g, "Russia").aliases, vec!["Kremlin"]);
        g.add(Actor {
            name: "Iran".into(),
            kind: ActorKind::Other,
            aliases: vec![],
        });
        assert_eq!(get(&g, "Iran").kind, ActorKind::Other);
        assert_eq!(g.actors().len(), 3);
    }

    #[test]
    fn from_path_reads_a_file() {
        let dir = std::env::temp_dir().join(format!("stance-gaz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("extra.csv");
        std::fs::write(&path, "name,kind,aliases\nHamas,group,\n").unwrap();
        let g = Gazetteer::from_path(&path).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(get(&g, "Hamas").kind, ActorKind::Group);
    }

    #[test]
    fn builtin_loads_and_is_shared() {
        let g = Gazetteer::builtin();
        assert!(!g.actors().is_empty());
        assert!(std::ptr::eq(g, Gazetteer::builtin()));
        for a in g.actors() {
            assert!(!a.name.is_empty());
        }
    }
}
