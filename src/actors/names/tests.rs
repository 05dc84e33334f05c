//! Unit tests of unknown names, and the `run` and `names` helpers other modules test with.

use super::super::test_support::{split, CSV};
use super::super::Gazetteer;
use super::*;

/// `(surface, title, hint, person_hint)` of every name, and the gazetteer hits left.
pub(crate) type Found<'a> = (&'a str, bool, ActorKind, bool);

pub(crate) fn run(text: &str) -> (Vec<Found<'_>>, Vec<&str>) {
    let g = Gazetteer::from_csv_reader(CSV.as_bytes(), "t").unwrap();
    let m = super::super::matcher::Matcher::new(g.actors());
    let article = ArticleTokens::new(text, &split(text));
    let mut hits = m.find(text, &article.sents);
    let datelines = super::super::datelines::datelines(text, &article);
    let names = find_names(text, &article, &mut hits, g.actors(), &datelines);
    let n = names
        .iter()
        .map(|n| (&text[n.start..n.end], n.title, n.hint, n.person_hint))
        .collect();
    let h = hits
        .iter()
        .filter(|h| !h.dropped)
        .map(|h| &text[h.start..h.end])
        .collect();
    (n, h)
}

pub(crate) fn names(text: &str) -> Vec<&str> {
    run(text).0.into_iter().map(|n| n.0).collect()
}

use ActorKind::Organisation as Org;

#[test]
fn connectors_only_between_capitalised_words() {
    assert_eq!(
        names("He met Osama bin Laden, officials of the Ministry of Defence and Staffan de Mistura of Sweden in Bashar al-Assad country."),
        vec!["Osama bin Laden", "Ministry of Defence", "Staffan de Mistura", "Sweden"]
    );
    let (n, _) = run("The Ministry of Defence said so.");
    assert_eq!(n, vec![("Ministry of Defence", false, Org, false)]);
}

#[test]
fn months_written_short_are_no_names() {
    assert!(names("He was arrested on Oct 8 and freed in Dec.").is_empty());
    assert_eq!(names("We met Jan Novak."), vec!["Jan Novak"]);
}

#[test]
fn sentence_initial_words_need_support() {
    assert!(names("However, the talks failed. Officials said so. Analysts agree.").is_empty());
    assert_eq!(
        names("Obama spoke. Later Barack Obama left."),
        vec!["Obama", "Barack Obama"]
    );
    assert!(names("Obama spoke. Then he left.").is_empty());
    assert_eq!(
        names("When Hollande arrived, he met Merkel."),
        vec!["Hollande", "Merkel"]
    );
    assert_eq!(
        names("“Smith is here,” said Jones. We met Smith."),
        vec!["Smith", "Jones", "Smith"]
    );
}

#[test]
fn a_plural_possessive_inside_an_organisation_s_name_keeps_it_whole() {
    assert_eq!(
        names(
            "We met the National Teachers' Union and the Women's Rights Association. \
             We saw Morales' National Front. The Redmoor Supporters' Trust marched. \
             We met the Athletes' Voice Commission and the Citizens' Movement. \
             The Kenyan Editors' Guild joined the Federation of Farmers' Unions."
        ),
        vec![
            "National Teachers' Union",
            "Women's Rights Association",
            "Morales",
            "National Front",
            "Redmoor Supporters' Trust",
            "Athletes' Voice Commission",
            "Citizens' Movement",
            "Kenyan Editors' Guild",
            "Federation of Farmers' Unions"
        ]
    );
    // A saint's name, given name or not.
    assert_eq!(
        names("Nurses at St Oriel's Hospital met staff of St Mary's College."),
        vec!["St Oriel's Hospital", "St Mary's College"]
    );
    // A title's office.
    assert_eq!(
        names(
            "The Public Prosecutor's Office, the Mayor's Office and the Ombudsman's Office agreed."
        ),
        vec![
            "Public Prosecutor's Office",
            "Mayor's Office",
            "Ombudsman's Office"
        ]
    );
}

#[test]
fn a_word_inside_an_organisation_s_name_supports_only_its_possessive() {
    assert_eq!(
        names("Data regulators met. We saw the Data Protection Commission."),
        vec!["Data Protection Commission"]
    );
    assert_eq!(
        names("Clinton's aides met. We saw the Clinton Foundation."),
        vec!["Clinton", "Clinton Foundation"]
    );
    // Also across the connectors inside a body's name.
    assert_eq!(
        names("Competition watchdogs met. We saw the Competition and Markets Authority."),
        vec!["Competition and Markets Authority"]
    );
}

#[test]
fn the_word_after_a_datelines_dash_opens_the_sentence() {
    assert!(names("GENEVA (Wire) - Talks broke down.").is_empty());
    assert!(names("ZENDA — Clashes broke out.").is_empty());
    // Elsewhere a capitalised word after a dash may be a name.
    assert_eq!(
        names("It was a deal - Talks Inc. said so."),
        vec!["Talks Inc."]
    );
    assert_eq!(
        names("It was signed by NATO - Zubrov, who hated it, walked out."),
        vec!["NATO", "Zubrov"]
    );
}

#[test]
fn a_sentence_initial_word_before_a_stance_verb_is_its_subject() {
    assert_eq!(
        names("Greenpeace praised it. ZUFA criticised it. Kelly said so. O’Shea told us."),
        vec!["Greenpeace", "ZUFA", "Kelly", "O’Shea"]
    );
    // Common nouns, plurals (also in capitals), adverbs, contractions, role nouns and
    // verb forms that are also nouns.
    assert!(names(
        "Critics said so. Widely praised, it won. Don't say it. Journalist says so. \
         Nobody criticised it. Evidence showed it. HUNDREDS criticised it. \
         Spoken like a pro. Zendish back the plan. Regulator fines it."
    )
    .is_empty());
}

#[test]
fn months_weekdays_pronouns_numbers_are_not_names() {
    assert!(names("On Monday in January, I said it and We agreed on 2015 figures.").is_empty());
    assert_eq!(
        names("In May he met Theresa May and Prime Minister May."),
        vec!["Theresa May", "May"]
    );
}

#[test]
fn world_alone_is_no_name() {
    // `World football's governing body`; `World Bank` stays a name.
    assert_eq!(
        names("Sponsors left, and World football's governing body backed the World Bank."),
        vec!["World Bank"]
    );
}

#[test]
fn headlines_are_skipped() {
    let text = "OBAMA PRAISES PUTIN OVER SYRIA DEAL\nBarack Obama praised the deal.";
    assert_eq!(names(text), vec!["Barack Obama"]);
    let text = "Obama Sees Russia's Moves In Positive Light\nBarack Obama praised the deal.";
    assert_eq!(names(text), vec!["Barack Obama"]);
    let text = "Barack Obama, Vladimir Putin, Angela Merkel\nThe leaders met.";
    assert_eq!(
        names(text),
        vec!["Barack Obama", "Vladimir Putin", "Angela Merkel"]
    );
}

#[test]
fn lone_titles_and_title_runs_are_not_names() {
    assert!(names("The President said the Prime Minister's plan was good.").is_empty());
    assert_eq!(
        names("It is the legacy of Martin Luther King Jr. and Martin Luther King."),
        vec!["Martin Luther King Jr.", "Martin Luther King"]
    );
}

#[test]
fn he_before_a_name_is_a_chinese_surname() {
    assert_eq!(
        names("Vice Premier He Lifeng met Ana Silva. He Lifeng said so. He thanked Silva."),
        vec!["He Lifeng", "Ana Silva", "He Lifeng", "Silva"]
    );
    // Not in a title-case headline, nor before a weekday, a title or a lowercase word.
    assert_eq!(
        names("He Says Beijing Will Win\n\nHe Monday met Ana Silva. He Premier Li spoke."),
        vec!["Ana Silva", "Li"]
    );
}

#[test]
fn people_for_a_cause_is_one_name() {
    assert_eq!(
        names("We met Medics for Peace and Lawyers for Human Rights, not Doctors for Syria."),
        vec!["Medics for Peace", "Lawyers for Human Rights", "Doctors"]
    );
    let list = super::super::org_names::PEOPLE_FOR_A_CAUSE;
    assert!(list.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn a_persons_role_right_before_a_name_shows_a_person() {
    let (n, _) = run("We met TAA coordinator Lindiwe Dube and his longtime partner Mati Weiss.");
    let persons: Vec<(&str, bool)> = n.iter().map(|f| (f.0, f.3)).collect();
    assert_eq!(
        persons,
        [("TAA", false), ("Lindiwe Dube", true), ("Mati Weiss", true)]
    );
}

#[test]
fn a_portfolio_opening_a_sentence_is_the_titles() {
    assert_eq!(
        names(
            "Al Noor Sports Holdings bought it. Sports Minister Fiona Clarke spoke. IMF \
             Managing Director Sofia Andersen agreed."
        ),
        vec!["Al Noor Sports Holdings", "Fiona Clarke", "Sofia Andersen"]
    );
}

#[test]
fn an_acronym_spelling_the_name_before_it_joins_it_wherever_it_recurs() {
    let found = |text: &str| {
        let a =
            crate::actors::ActorFinder::builtin().find(text, &crate::text::split_sentences(text));
        let names: Vec<String> = a.actors.iter().map(|x| x.name.clone()).collect();
        (names, a.mentions.len())
    };
    // Opening a sentence, and with two letters.
    assert_eq!(
        found("Forest Watch (FW) sued the firm. FW said it would appeal."),
        (vec!["Forest Watch".to_string()], 3)
    );
    // A sport's national federation is one body, not a country.
    assert_eq!(
        found("Athletics Kenya (AK) suspended the runner. AK said it would appeal."),
        (vec!["Athletics Kenya".to_string()], 3)
    );
    // `and` inside a body's name, and its acronym is not a known body's.
    let (names, _) =
        found("The Confederation of Production and Commerce (CPC) criticised the increase.");
    assert_eq!(names, ["Confederation of Production and Commerce"]);
    // An office in brackets is not a body.
    let (names, _) = found("Attorney General (AG) nominee Wilma Barr will testify.");
    assert!(!names.iter().any(|n| n == "AG"), "{names:?}");
}

#[test]
fn an_opening_word_the_article_writes_in_lowercase_is_no_name() {
    let text = "Utility sued after wildfire\n\nThe utility said the Office of Competition and \
                Consumer Protection erred. Competition lawyers said the competition rules \
                were clear. Hospital managers said the hospital was full. Halvor said \
                Halvor would appeal. Harbour said the harbour was closed, and Harbour agreed.";
    assert_eq!(
        names(text),
        vec![
            "Office of Competition and Consumer Protection",
            "Halvor",
            "Halvor",
            "Harbour",
            "Harbour"
        ]
    );
}

#[test]
fn many_questions_about_lowercase_words_get_the_same_answers_from_the_index() {
    // Past sixteen questions an article's lowercase words are indexed: same answers.
    let common = format!("{}The utility said so.", "Utility sued. ".repeat(20));
    assert_eq!(names(&common), Vec::<&str>::new());
    let named = format!(
        "{}The harbour closed, and Harbour agreed.",
        "Harbour said so. ".repeat(20)
    );
    assert_eq!(names(&named).len(), 21);
    // Both compare Unicode lowercase: before and after the sixteenth question.
    let accented = format!("{}An ökonom said so.", "Ökonom warned. ".repeat(20));
    assert_eq!(names(&accented), Vec::<&str>::new());
}

#[test]
fn a_club_of_a_town_is_the_club_and_a_regions_adjective_no_name() {
    let t = super::super::test_support::targets_by_sentence(
        "Real Madrid and Atlético Madrid called for elections. A West African diplomat said \
         the South Asian talks failed.",
    );
    assert_eq!(
        t,
        [
            vec!["Real Madrid".to_string(), "Atlético Madrid".to_string()],
            vec![]
        ]
    );
}
