use super::test_support::*;
use super::*;

#[test]
fn kinds_parse_and_print() {
    for k in ActorKind::ALL {
        assert_eq!(ActorKind::parse(k.as_str()), Some(k));
    }
    assert_eq!(
        ActorKind::parse(" Organization "),
        Some(ActorKind::Organisation)
    );
    assert_eq!(ActorKind::parse("nation"), None);
    assert_eq!(ActorKind::Organisation.to_string(), "organisation");
}

#[test]
fn finder_is_send_sync_and_clone() {
    fn check<T: Send + Sync + Clone>() {}
    check::<ActorFinder>();
    check::<Gazetteer>();
}

#[test]
fn obama_example_end_to_end() {
    let text = "U.S. President Barack Obama is also seeing Russia's decisions in a positive light.";
    let a = find(text);
    assert_eq!(
        surfaces(text, &a),
        vec![
            ("U.S.", "United States"),
            ("Barack Obama", "Barack Obama"),
            ("Russia", "Russia")
        ]
    );
    assert_eq!(a.actors[1].kind, ActorKind::Person);
    let h = find_holders(text, &split(text), &a);
    let obama = a.actors.iter().position(|x| x.name == "Barack Obama");
    assert_eq!(h, vec![None, None, obama]);
}

#[test]
fn names_in_capitals_are_gazetteer_actors_and_shouting_is_none() {
    let text = "Fans chanted DONALD TRUMP and MAKE AMERICA GREAT AGAIN. \
                    \"It is UNACCEPTABLE,\" said TRUMP of the FBI.";
    let a = ActorFinder::builtin().find(text, &split(text));
    assert_eq!(
        surfaces(text, &a),
        vec![
            ("DONALD TRUMP", "Donald Trump"),
            ("MAKE AMERICA GREAT AGAIN", "MAGA"),
            ("TRUMP", "Donald Trump"),
            ("FBI", "FBI")
        ]
    );
}

#[test]
fn shouting_keeps_only_the_gazetteer_names_in_it() {
    let text = "Trump wrote that CROOKED VLADIMIR PUTIN was VERY FAKE NEWS for the \
                    UNITED STATES, MITCH MCCONNELL, BEIJING and UNACCEPTABLE to the FBI, \
                    DACA and NAACP.";
    let a = ActorFinder::builtin().find(text, &split(text));
    assert_eq!(
        surfaces(text, &a),
        vec![
            ("Trump", "Donald Trump"),
            ("VLADIMIR PUTIN", "Vladimir Putin"),
            ("UNITED STATES", "United States"),
            ("MITCH MCCONNELL", "MITCH MCCONNELL"),
            ("BEIJING", "China"),
            ("FBI", "FBI"),
            ("DACA", "DACA"),
            ("NAACP", "NAACP")
        ]
    );
}

#[test]
fn continental_demonyms_are_not_the_united_states() {
    let text = "Latin American leaders and South American officials met American diplomats.";
    let a = ActorFinder::builtin().find(text, &split(text));
    assert_eq!(
        surfaces(text, &a),
        vec![
            ("Latin American", "Latin America"),
            ("South American", "South America"),
            ("American", "United States")
        ]
    );
}

#[test]
fn a_continents_or_regions_adjective_alone_is_no_actor() {
    let text = "Several African producers met Asian buyers and Nordic officials.";
    let a = ActorFinder::builtin().find(text, &split(text));
    assert!(a.actors.is_empty(), "{:?}", a.actors);
}

#[test]
fn an_opening_adjective_of_bodies_alone_is_no_actor() {
    let text = "Central bank raises rates.\n\nInternational lenders and Federal judges agreed.";
    let a = ActorFinder::builtin().find(text, &split(text));
    assert!(a.actors.is_empty(), "{:?}", a.actors);
    // The gazetteer's EU court is one actor, not the EU and a `General Court`.
    let text = "Lumora appealed to the EU General Court, and the EU agreed.";
    let a = ActorFinder::builtin().find(text, &split(text));
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(
        names,
        ["General Court of the European Union", "European Union"]
    );
}

#[test]
fn new_mexico_and_native_americans_are_not_mexico_and_the_united_states() {
    let text = "Voters in New Mexico and American Indian leaders met Mexican officials \
                    in Make America Great Again hats.";
    let a = ActorFinder::builtin().find(text, &split(text));
    assert_eq!(
        surfaces(text, &a),
        vec![
            ("New Mexico", "New Mexico"),
            ("American Indian", "Native Americans"),
            ("Mexican", "Mexico"),
            ("Make America Great Again", "MAGA")
        ]
    );
}

#[test]
fn contractions_dates_and_captions_are_not_actors() {
    let text = "“I’m proud,” she said of the Aug. 21 vote. I've said so at 2:45 PM. \
                    Image copyright Hamas. Its Media and Congressional allies won on Super Tuesday.";
    let a = ActorFinder::builtin().find(text, &split(text));
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Hamas"]);
}

#[test]
fn a_country_inside_a_two_word_name_is_a_person() {
    let text = "Israel Katz and Chad Wolf met Georgia Republicans in Jordan. \
                    Israel eyes the Jordan Valley. George Washington and Michael Jordan \
                    left Washington. The Israel Museum reopened.";
    assert_builtin_actors(
        text,
        &[
            ("Israel Katz", ActorKind::Person),
            ("Chad Wolf", ActorKind::Person),
            ("Georgia", ActorKind::Country),
            ("Republicans", ActorKind::Other),
            ("Jordan", ActorKind::Country),
            ("Israel", ActorKind::Country),
            // A valley, not the country.
            ("Jordan Valley", ActorKind::Place),
            ("George Washington", ActorKind::Person),
            ("Michael Jordan", ActorKind::Person),
            ("United States", ActorKind::Country),
            ("Israel Museum", ActorKind::Organisation),
        ],
    );
}

#[test]
fn page_furniture_is_not_an_actor_and_houses_are_whole() {
    let text = "SEE ALSO: Hamas rejects the plan.\n\nStory Continued Below\n\n\
                    Image copyright Getty Images Image caption A vote. The House of \
                    Representatives and the House of Lords praised African Americans.";
    assert_builtin_actors(
        text,
        &[
            ("Hamas", ActorKind::Group),
            ("Getty Images", ActorKind::Other),
            ("House of Representatives", ActorKind::Organisation),
            ("House of Lords", ActorKind::Organisation),
            ("African Americans", ActorKind::Group),
        ],
    );
}

#[test]
fn names_on_bylines_and_links_are_not_the_storys_actors() {
    let text = "Zendia rejects EU offer\nBy Jan Hale and Tomas Brandt\n\
                    Updated 16:05 GMT\nZendia's president accused the EU.\n\
                    Read more: Greece builds new fence\n\
                    (Reporting by Ann Lee; Editing by Tom Price)\n\
                    Updated 10:36 PM EDT President Barack Obama on Monday met the prime minister of \
                    Sweden in the White House.";
    let found = ActorFinder::builtin().find(text, &crate::text::split_sentences(text));
    let names: Vec<&str> = found.actors.iter().map(|a| a.name.as_str()).collect();
    // The time stamp that runs on into the story keeps the story's names.
    assert_eq!(
        names,
        [
            "Zendia",
            "European Union",
            "Barack Obama",
            "Sweden",
            "United States"
        ]
    );
}

#[test]
fn a_state_body_after_its_country_is_the_country() {
    let text = "Iran's Foreign Ministry and the Russian Armed Forces met the U.S. Embassy \
                    staff. The Foreign Ministry declined to comment. The Tehran Embassy did too.";
    let a = ActorFinder::builtin().find(text, &split(text));
    assert_eq!(
        surfaces(text, &a),
        vec![
            ("Iran", "Iran"),
            ("Foreign Ministry", "Iran"),
            ("Russian", "Russia"),
            ("Armed Forces", "Russia"),
            ("U.S.", "United States"),
            ("Embassy", "United States"),
            ("Foreign Ministry", "Foreign Ministry"),
            // Another country's mission in that capital.
            ("Tehran", "Iran"),
            ("Embassy", "Embassy")
        ]
    );
}

#[test]
fn a_gazetteer_form_found_as_a_name_joins_its_actor() {
    let csv = "name,kind,aliases\nZubrovia Corp.,organisation,\nBarack Obama,person,\n";
    let finder = ActorFinder::new(&Gazetteer::from_csv_reader(csv.as_bytes(), "t").unwrap());
    // The matcher misses `Corp.` glued to `Its` and `Barack\nObama`; the name path finds them.
    let text = "Zubrovia Corp.Its shares fell. Zubrovia Corp. denied it. \
                    Barack\nObama and Barack Obama spoke.";
    // As the real splitter does, a sentence ends after `Corp.`.
    let sentences =
        [(0, 14), (14, 30), (31, 56), (57, text.len())].map(|(start, end)| Sentence { start, end });
    let a = finder.find(text, &sentences);
    let got: Vec<_> = a.actors.iter().map(|x| (x.name.as_str(), x.kind)).collect();
    assert_eq!(
        got,
        [
            ("Zubrovia Corp.", ActorKind::Organisation),
            ("Barack Obama", ActorKind::Person)
        ]
    );
    let per_actor: Vec<usize> = a.mentions.iter().map(|m| m.actor).collect();
    assert_eq!(per_actor, [0, 0, 1, 1]);
    assert_eq!(a.mentions[0].end, "Zubrovia Corp.".len());
}

#[test]
fn no_sentences_no_actors() {
    let a = finder().find("Russia and Iran.", &[]);
    assert!(a.actors.is_empty() && a.mentions.is_empty());
}
