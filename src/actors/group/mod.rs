//! Grouping the mentions of one article into actors.
//!
//! * Gazetteer mentions group by their gazetteer actor (`Moscow`, `Russia`, `Kremlin` -> Russia).
//! * Names with the same text are one actor; two multi-word names with the same first and
//!   last word are one (`Bashar al-Assad`, `Bashar Assad`).
//! * A one-word name joins the only multi-word name (or gazetteer person) of the article
//!   whose last word it is (`Obama` -> `Barack Obama`); with two candidates it stays apart.
//! * A name actor is canonically called by its longest form.
//!
//! The rules that join names live in [`links`].

use std::borrow::Cow;
use std::collections::HashMap;

use super::matcher::GazHit;
use super::names::NameSpan;
use super::{lexicon, Actor, ActorKind, ArticleActors, Mention};

mod bodies;
mod countries;
mod links;
mod name_index;
mod shapes;

use shapes::{is_capitals, is_mission};
pub(crate) use shapes::{
    is_city_form, is_initialism, is_mixed_acronym, is_organ, is_short_form, is_state_body, spells,
};

#[derive(Debug, Clone, Copy)]
enum Source {
    Gaz(usize),
    Name(usize),
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    start: usize,
    end: usize,
    sentence: usize,
    source: Source,
}

/// All name spans with the same text.
struct NameGroup<'t> {
    key: Cow<'t, str>,
    words: usize,
    first: &'t str,
    last: &'t str,
    person: bool,
    /// Seen after a monarch's or cleric's title (`Queen Elizabeth`).
    regnal: bool,
    /// Seen after another title (`Senator Elizabeth Warren`).
    commoner: bool,
    hint: ActorKind,
    /// Seen where the context says an organisation (`the security group Corvane`).
    org_context: bool,
}

#[derive(Debug, Clone, Copy)]
enum Node {
    Name(usize),
    Gaz(usize),
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    /// Joins the sets; the root of `keep` stays root.
    fn union(&mut self, keep: usize, other: usize) {
        let (k, o) = (self.find(keep), self.find(other));
        self.0[o] = k;
    }
}

/// Collapses runs of white space (line breaks inside a name) into single spaces.
pub(crate) fn normalize(s: &str) -> Cow<'_, str> {
    if s.contains(|c: char| c.is_whitespace() && c != ' ') || s.contains("  ") {
        Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Cow::Borrowed(s)
    }
}

/// `Assad` for `al-Assad`.
fn surname(w: &str) -> &str {
    match w.split_once('-') {
        Some((p, rest)) if lexicon::is_article_prefix(p) && !rest.is_empty() => rest,
        _ => w,
    }
}

pub(crate) fn build(
    text: &str,
    gaz: &[Actor],
    hits: &[GazHit],
    names: &[NameSpan],
) -> ArticleActors {
    let mut entries: Vec<Entry> = hits
        .iter()
        .filter(|h| !h.dropped)
        .map(|h| Entry {
            start: h.start,
            end: h.end,
            sentence: h.sentence,
            source: Source::Gaz(h.actor),
        })
        .chain(names.iter().enumerate().map(|(i, n)| Entry {
            start: n.start,
            end: n.end,
            sentence: n.sentence,
            source: Source::Name(i),
        }))
        .collect();
    entries.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
    let mut last_end = 0;
    entries.retain(|e| {
        let keep = e.start >= last_end && e.start < e.end;
        if keep {
            last_end = e.end;
        }
        keep
    });

    // `Iran's Foreign Ministry`, `Russian Armed Forces`: a state body right after its
    // country speaks for that country (name_spans keeps the demonym apart for this).
    for i in 1..entries.len() {
        let (prev, cur) = (entries[i - 1], entries[i]);
        if let (Source::Gaz(c), Source::Name(_)) = (prev.source, cur.source) {
            let body = &text[cur.start..cur.end];
            let gap = &text[prev.end..cur.start];
            let country_body = gaz[c].kind == ActorKind::Country
                && matches!(gap, " " | "'s " | "\u{2019}s ")
                && is_state_body(body)
                && !(gap == " "
                    && is_mission(body)
                    && is_city_form(&text[prev.start..prev.end], &gaz[c].name));
            // `AU Commission`, `UN Secretariat`: the organisation's own organ.
            let organ = gaz[c].kind == ActorKind::Organisation && gap == " " && is_organ(body);
            if prev.sentence == cur.sentence && (country_body || organ) {
                entries[i].source = Source::Gaz(c);
            }
        }
    }

    // Nodes: one per distinct name text, one per gazetteer actor present.
    let mut nodes: Vec<Node> = Vec::new();
    let mut groups: Vec<NameGroup> = Vec::new();
    let mut by_key: HashMap<Cow<str>, usize> = HashMap::new();
    let mut gaz_node: HashMap<usize, usize> = HashMap::new();
    let mut entry_node = Vec::with_capacity(entries.len());
    for e in &entries {
        let node = match e.source {
            Source::Gaz(a) => *gaz_node.entry(a).or_insert_with(|| {
                nodes.push(Node::Gaz(a));
                nodes.len() - 1
            }),
            Source::Name(i) => {
                let n = &names[i];
                let key = normalize(&text[n.start..n.end]);
                let person = n.person_hint || (n.title && n.words <= 3);
                match by_key.get(&key) {
                    Some(&g) => {
                        let Node::Name(gi) = nodes[g] else {
                            unreachable!()
                        };
                        groups[gi].person |= person;
                        groups[gi].org_context |= n.org_hint;
                        groups[gi].regnal |= n.regnal;
                        groups[gi].commoner |= n.title && !n.regnal;
                        g
                    }
                    None => {
                        groups.push(NameGroup {
                            key: key.clone(),
                            words: n.words,
                            first: &text[n.first.0..n.first.1],
                            last: surname(&text[n.last.0..n.last.1]),
                            person,
                            regnal: n.regnal,
                            commoner: n.title && !n.regnal,
                            hint: n.hint,
                            org_context: n.org_hint,
                        });
                        nodes.push(Node::Name(groups.len() - 1));
                        by_key.insert(key, nodes.len() - 1);
                        nodes.len() - 1
                    }
                }
            }
        };
        entry_node.push(node);
    }

    let is_person_node = |n: usize| match nodes[n] {
        Node::Name(g) => groups[g].person,
        Node::Gaz(a) => gaz[a].kind == ActorKind::Person,
    };
    // `the Nigerian Bar Association (NBA)`: the acronym in brackets names the body before
    // it wherever it recurs, even where the gazetteer knows another body by it; not a
    // person's (`Senator Nancy Young (NY)`: a state, not her initials). After a known
    // body, or a name that says it is one, it may be one in another language: `Reporters
    // Without Borders (RSF)` is not the Rapid Support Forces, and `the National Electoral
    // Council (CNE)` is one actor.
    let known_body = |i: usize| match nodes[entry_node[i]] {
        Node::Gaz(a) => matches!(
            gaz[a].kind,
            ActorKind::Organisation | ActorKind::Party | ActorKind::Group
        ),
        // `the National Electoral Council (CNE)`: a body by its own words.
        Node::Name(g) => matches!(
            groups[g].hint,
            ActorKind::Organisation | ActorKind::Party | ActorKind::Group
        ),
    };
    let acronyms: Vec<usize> = (1..entries.len())
        .filter(|&i| {
            let (prev, cur) = (entries[i - 1], entries[i]);
            let acronym = &text[cur.start..cur.end];
            // `The European Automobile Manufacturers' Association, known as ACEA,`, `the
            // Wagner Group, now rebranded as Africa Corps,`: another name it goes by.
            let aka = shapes::ALSO_NAMED.contains(&&text[prev.end..cur.start]) && known_body(i - 1);
            aka || text[prev.end..cur.start] == *" ("
                && text[cur.end..].starts_with(')')
                && (is_initialism(acronym, &text[prev.start..prev.end])
                    || ((is_capitals(acronym) || is_mixed_acronym(acronym)) && known_body(i - 1))
                    // `… Environmental Crime (Økokrim)`, `the Federal Cartel Office
                    // (Bundeskartellamt)`: a body's short name in its own language, a
                    // word no list knows.
                    || (is_short_form(acronym)
                        && known_body(i - 1)
                        && matches!(nodes[entry_node[i]], Node::Name(_))))
        })
        .collect();
    // A gazetteer acronym names the body wherever the acronym recurs, the first such body
    // winning. Only the acronym moves: the gazetteer actor keeps its other names, so `the
    // Computer Industry Association (CIA)` leaves `Washington` the United States'.
    let mut acronym_body: HashMap<&str, usize> = HashMap::new();
    for &i in &acronyms {
        let (prev, cur) = (entries[i - 1], entries[i]);
        let body_name = &text[prev.start..prev.end];
        let body = acronym_body
            .get(body_name)
            .copied()
            .unwrap_or(entry_node[i - 1]);
        let short = entry_node[i];
        if !is_person_node(body) && body != short && matches!(nodes[short], Node::Gaz(_)) {
            acronym_body
                .entry(&text[cur.start..cur.end])
                .or_insert(body);
        }
    }
    for (e, node) in entries.iter().zip(&mut entry_node) {
        if let Some(&body) = acronym_body.get(&text[e.start..e.end]) {
            if matches!(nodes[*node], Node::Gaz(_)) {
                *node = body;
            }
        }
    }

    let mut uf = UnionFind((0..nodes.len()).collect());
    let mut linked = vec![false; nodes.len()];
    // A name acronym joins its body.
    for &i in &acronyms {
        let (body, short) = (entry_node[i - 1], entry_node[i]);
        if body != short && matches!(nodes[short], Node::Name(_)) && !is_person_node(body) {
            uf.union(body, short);
        }
    }
    let name_nodes: Vec<(usize, &NameGroup)> = nodes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| match n {
            Node::Name(g) => Some((i, &groups[*g])),
            Node::Gaz(_) => None,
        })
        .collect();
    let index = name_index::NameIndex::new(&name_nodes);
    links::same_first_and_last(&name_nodes, &mut uf);
    links::surnames_with_particles(&name_nodes, &mut uf);
    links::SurnameLinks {
        text,
        entries: &entries,
        nodes: &nodes,
        name_nodes: &name_nodes,
        index: &index,
        gaz,
    }
    .apply(&mut entry_node, &mut uf, &mut linked, &mut gaz_node);
    // Where each node is first named: a short name shortens a name written before it.
    let mut first_at = vec![usize::MAX; nodes.len()];
    for (e, &node) in entries.iter().zip(&entry_node) {
        first_at[node] = first_at[node].min(e.start);
    }
    links::LoneWords {
        name_nodes: &name_nodes,
        index: &index,
        gaz,
        gaz_node: &gaz_node,
        first_at: &first_at,
    }
    .apply(&mut uf, &mut linked);
    links::first_words_of_organisations(&name_nodes, &index, &mut uf);
    links::initialisms(&name_nodes, &mut uf);
    links::names_short_of_one_word(&name_nodes, &mut uf);
    bodies::join_short_names(&name_nodes, gaz, &gaz_node, &first_at, &mut uf);
    countries::join_shared_country_words(&name_nodes, gaz, &gaz_node, &mut uf);

    // The names of each actor, in node order, gathered in one pass.
    let mut members_of_root: Vec<Vec<&NameGroup>> = vec![Vec::new(); nodes.len()];
    for (n, node) in nodes.iter().enumerate() {
        if let Node::Name(g) = *node {
            members_of_root[uf.find(n)].push(&groups[g]);
        }
    }
    // Actors in order of first mention.
    let mut actor_of_root: HashMap<usize, usize> = HashMap::new();
    let mut out = ArticleActors::default();
    for (e, &node) in entries.iter().zip(&entry_node) {
        let root = uf.find(node);
        let idx = match actor_of_root.get(&root) {
            Some(&i) => i,
            None => {
                let actor = make_actor(root, &nodes, &members_of_root[root], gaz, linked[root]);
                out.actors.push(actor);
                actor_of_root.insert(root, out.actors.len() - 1);
                out.actors.len() - 1
            }
        };
        let surface = normalize(&text[e.start..e.end]);
        let aliases = &mut out.actors[idx].aliases;
        if !aliases.iter().any(|a| *a == surface) {
            aliases.push(surface.into_owned());
        }
        out.mentions.push(Mention {
            actor: idx,
            sentence: e.sentence,
            start: e.start,
            end: e.end,
        });
    }
    out
}

fn make_actor(
    root: usize,
    nodes: &[Node],
    members: &[&NameGroup],
    gaz: &[Actor],
    linked: bool,
) -> Actor {
    if let Node::Gaz(a) = nodes[root] {
        return Actor {
            name: gaz[a].name.clone(),
            kind: gaz[a].kind,
            aliases: Vec::new(),
        };
    }
    let canonical = members
        .iter()
        .copied()
        .reduce(|best, g| {
            if g.key.chars().count() > best.key.chars().count() {
                g
            } else {
                best
            }
        })
        .expect("a component has its root");
    // `Andes Minerales said`, joined to `Andes Minerales SA`: a company's longest name
    // outweighs a shorter one's look of a person.
    let org_name = canonical.hint == ActorKind::Organisation && !canonical.person;
    let kind = if linked || (members.iter().any(|g| g.person) && !org_name) {
        ActorKind::Person
    } else if matches!(canonical.hint, ActorKind::Other | ActorKind::Place)
        && members.iter().any(|g| g.org_context)
    {
        ActorKind::Organisation
    } else {
        canonical.hint
    };
    Actor {
        name: canonical.key.to_string(),
        kind,
        aliases: Vec::new(),
    }
}

#[cfg(test)]
mod tests;
