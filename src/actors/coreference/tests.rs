use super::super::find_holders_and_references;
use super::super::test_support::{find, split};
use super::super::ArticleTokens;

mod ages_and_offices;
mod sentence_openers;

/// `(pronoun, actor, holder)` per pronoun target.
fn pronouns(text: &str) -> Vec<(&str, String, Option<String>)> {
    let a = find(text);
    let article = ArticleTokens::new(text, &split(text));
    let found = find_holders_and_references(text, &article, &a, true);
    let name = |i: usize| a.actors[i].name.clone();
    found
        .references
        .iter()
        .map(|t| {
            let m = t.mention;
            (
                &text[m.start..m.end],
                name(m.actor),
                t.holders.main.map(name),
            )
        })
        .collect()
}

fn expect(text: &str, want: &[(&str, &str, Option<&str>)]) {
    let want: Vec<(&str, String, Option<String>)> = want
        .iter()
        .map(|&(p, a, h)| (p, a.to_string(), h.map(str::to_string)))
        .collect();
    assert_eq!(pronouns(text), want, "{text}");
}

#[test]
fn a_title_names_the_person_introduced_with_it() {
    expect(
        "Governor Marta Quintela raised rates. Jorge Pires criticised the decision. \
         \"The governor is fighting yesterday's war,\" Pires said.",
        &[("The governor", "Marta Quintela", Some("Jorge Pires"))],
    );
    // A title set off after the name introduces the person too.
    expect(
        "Marta Quintela, governor of the Bank of Aurelia, raised rates. Jorge Pires said \
         the governor was wrong.",
        &[("the governor", "Marta Quintela", Some("Jorge Pires"))],
    );
    // Two governors: no guess.
    expect(
        "Governor Marta Quintela met Governor Ana Lopes. Jorge Pires criticised the \
         governor.",
        &[],
    );
    // What the title is accused of is no office: `of lying` is still the governor;
    // `the governor of the Bank of Spain` is someone else.
    expect(
        "Governor Marta Quintela raised rates. Jorge Pires accused the governor of \
         lying and the governor of the Bank of Spain of silence.",
        &[("the governor", "Marta Quintela", Some("Jorge Pires"))],
    );
    // `of our party`: an office too.
    expect(
        "Governor Marta Quintela raised rates. Jorge Pires criticised the governor of \
         our party.",
        &[],
    );
    // `the governor's spokesman, X`: where the person belongs.
    expect(
        "Governor Marta Quintela raised rates. The governor's spokesman, Jorge Pires, \
         defended Spain.",
        &[],
    );
}

#[test]
fn a_role_names_only_the_person_introduced_with_it() {
    expect(
        "Harford sacked manager Tomas Ferreira. Jorge Pires said the manager had been \
         made a scapegoat.",
        &[("the manager", "Tomas Ferreira", Some("Jorge Pires"))],
    );
    // An election's roles too.
    expect(
        "A recount was ordered after the incumbent, Tomas Ferreira, lost. Jorge Pires said \
         the rules had been bent to suit the incumbent.",
        &[("the incumbent", "Tomas Ferreira", Some("Jorge Pires"))],
    );
    // A role nobody was introduced with is anyone's.
    expect(
        "Tomas Ferreira left. Jorge Pires said the analyst was wrong.",
        &[],
    );
    // `another sprinter, X`: someone else holds the role too.
    expect(
        "Marcus Obi was banned. A court rejected an appeal by another sprinter, Tunde \
         Alade. Jorge Pires said the sprinter had been made a scapegoat.",
        &[],
    );
}

#[test]
fn a_sentences_opening_it_names_the_organisation_before() {
    expect(
        "The European Union fined Harlow Biotech. It accused Jorge Pires of lying.",
        &[("It", "European Union", None)],
    );
    // Not a thing's `it`, nor after a person, nor `it` before `is`.
    expect(
        "Jorge Pires met Harlow Biotech. It was raining. Jorge Pires left. It rained.",
        &[],
    );
    expect(
        "The European Union fined Harlow Biotech. It is believed that Harlow Biotech \
         will appeal. It has been reported that the European Union will also sue.",
        &[],
    );
    // A country's ministry named first speaks for it: `It` is the country.
    expect(
        "Ukraine's defence ministry said Russian forces had shelled Kharkiv. It accused \
         Turkey of lying.",
        &[("It", "Ukraine", None)],
    );
    // Its verb is the next word: `It found that support …` is a survey's finding.
    expect(
        "The European Union fined Harlow Biotech. It found that support was weak.",
        &[],
    );
    // `Its foreign ministry said`: the country speaks through its own body; not where
    // no verb of saying or stance follows (`Its shares fell`).
    expect(
        "Ukraine called for talks. Its foreign ministry said Turkey had lied. Its \
         shares fell.",
        &[("Its", "Ukraine", None)],
    );
}

#[test]
fn pronouns_refer_to_the_person_named_before() {
    expect(
        "President Kofi Mensah arrived in Accra. He was criticised by Amina Diallo.",
        &[("He", "Kofi Mensah", Some("Amina Diallo"))],
    );
    expect(
        "Minister Amina Diallo spoke first. Critics praised her courage.",
        &[("her", "Amina Diallo", None)],
    );
}

#[test]
fn an_object_pronoun_is_not_its_own_clauses_subject() {
    expect(
        "Minister Amina Diallo met Prime Minister Kofi Mensah. President Ruto praised him, \
         and Odinga thanked her warmly.",
        &[
            ("him", "Kofi Mensah", Some("Ruto")),
            ("her", "Amina Diallo", Some("Odinga")),
        ],
    );
}

#[test]
fn an_owner_comes_after_the_rest_of_its_sentence() {
    // The sentence is about Lind's lawyer, Beck, not about Lind.
    expect(
        "A court freed Kofi Mensah. Mensah's lawyer, Thomas Beck, welcomed it. He \
         praised the judges.",
        &[("He", "Thomas Beck", None)],
    );
}

#[test]
fn a_named_person_needs_no_pronoun_row() {
    expect("Kofi Mensah said he would resign.", &[]);
    expect("President Ruto, with Kofi Mensah at his side, spoke.", &[]);
    // The subordinate clause's `he` is the Mensah named after its comma.
    expect(
        "Amina Diallo left. After he lost the vote, Kofi Mensah resigned.",
        &[],
    );
}

#[test]
fn the_previous_sentences_subject_comes_before_those_it_talks_about() {
    expect(
        "Senator Jon Hallan said Karl Carney had broken his promises. \
         Minister Amina Diallo dismissed his attack.",
        &[("his", "Jon Hallan", Some("Amina Diallo"))],
    );
}

#[test]
fn gender_decides_between_people() {
    // `she` skips a man of unknown gender for the woman named before him.
    expect(
        "Minister Amina Diallo met President Ruto. Later, she criticised the plan.",
        &[("she", "Amina Diallo", None)],
    );
    // Without a woman in sight, `she` is not guessed onto one of two others, as the
    // holder either.
    expect(
        "President Ruto met Governor Odhiambo Kamau. Later, she criticised him.",
        &[("him", "Ruto", None)],
    );
}

#[test]
fn a_quotations_speaker_is_not_its_third_person() {
    expect(
        "Kofi Mensah resigned. Minister Amina Diallo spoke later. \
         \u{201c}He betrayed us,\u{201d} Diallo said.",
        &[("He", "Kofi Mensah", Some("Amina Diallo"))],
    );
}

#[test]
fn pronouns_refer_through_earlier_pronouns() {
    expect(
        "Kofi Mensah resigned. He said the vote was lost. Critics praised him.",
        &[("He", "Kofi Mensah", None), ("him", "Kofi Mensah", None)],
    );
}

#[test]
fn a_title_alone_refers_to_the_person_introduced_with_it() {
    // `the president` is Ruto, not the deputy (and `him` after it is Ruto too: one row
    // per person and sentence).
    expect(
        "President William Ruto met Deputy President Kithure Kindiki. Critics said the \
         president had failed and urged voters to reject him.",
        &[("the president", "William Ruto", None)],
    );
    // `the general` is no one the article introduced: no guess past it.
    expect(
        "Kofi Mensah spoke. The general said nothing. Critics praised him.",
        &[("him", "Kofi Mensah", None)][..0],
    );
    // `the mayor of X, Name`: the title with its office set off before the name.
    expect(
        "Police arrested the mayor of the Portuguese city of Porto Real, Daniel \
         Ferraz, on Monday. Critics said the mayor had lied.",
        &[("the mayor", "Daniel Ferraz", None)],
    );
    // `, the former justice minister,` is the name it is set off after.
    expect(
        "Senator Jon Hallan met Martha Karua, the former justice minister. She said \
         the plan was wrong.",
        &[("She", "Martha Karua", None)],
    );
}

#[test]
fn one_pronoun_refers_to_one_person_within_a_sentence() {
    expect(
        "Prime Minister Hun Sen called Amina Diallo. She told him that the general was \
         tough and asked him to wait.",
        &[
            ("She", "Amina Diallo", None),
            ("him", "Hun Sen", Some("Amina Diallo")),
        ],
    );
}

#[test]
fn right_after_a_verb_of_saying_the_speaker_speaks_of_themselves() {
    // Mercy Adjei's gender is unknown, the governor's is not: `her` is still Adjei's.
    expect(
        "Governor Stephanie Laurent spoke first. The head of the union, Mercy Adjei, \
         said her members were angry.",
        &[],
    );
    // Unless the speaker's gender says otherwise.
    expect(
        "Governor Stephanie Laurent spoke first. Mr. Kofi Mensah said her plan failed.",
        &[("her", "Stephanie Laurent", Some("Kofi Mensah"))],
    );
}

#[test]
fn review_cases() {
    // A form of address is no pronoun.
    expect(
        "Prince William spoke. His Majesty King Charles praised the plan.",
        &[],
    );
    // `Mr.` outweighs what the speaker says of someone else.
    expect(
        "Governor Stephanie Laurent spoke first. Mr. Kofi Mensah said she was wrong. \
         Critics praised her.",
        &[
            ("she", "Stephanie Laurent", Some("Kofi Mensah")),
            ("her", "Stephanie Laurent", None),
        ],
    );
    // A title refers back only to a person named with it before.
    expect(
        "The president spoke. He said nothing. Later, President Joe Biden arrived.",
        &[],
    );
    // One pronoun, one person: within a quotation, not across its marks.
    expect(
        "Kofi Mensah met Joe Biden. \u{201c}He is a liar,\u{201d} he said. Voters \
         praised him.",
        &[
            ("He", "Joe Biden", Some("Kofi Mensah")),
            ("he", "Kofi Mensah", None),
            ("him", "Kofi Mensah", None),
        ],
    );
}

#[test]
fn unsure_names_and_page_furniture_give_no_row() {
    // `Bennet` may be a person: no guess past it.
    expect(
        "Kofi Mensah spoke. Critics said Bennet's proposal puts him at odds with the party.",
        &[],
    );
    expect(
        "Kofi Mensah spoke.\nRead more: Critics say the book did him no favours\n",
        &[],
    );
}

#[test]
fn a_title_that_names_a_person_is_a_subject_like_the_name() {
    let intro = "Finance Minister Tomasz Zielinski attacked Governor Anna Kowalska. ";
    // `The minister said Kowalska …`: he speaks and holds; Kowalska is named after a
    // verb, so she is not a second minister.
    let text = format!("{intro}The minister said Kowalska was reckless.");
    expect(&text, &[("The minister", "Tomasz Zielinski", None)]);
    let names = super::super::test_support::holders(&text);
    assert_eq!(names[2], ("Kowalska", Some("Tomasz Zielinski".into())));
    // A quotation attributed to the title is his, not the previous quotation's speaker's.
    expect(
        &format!(
            "{intro}\"Inflation is the threat,\" Kowalska said. \"The governor is \
             fighting yesterday's battle,\" the minister said."
        ),
        &[
            ("The governor", "Anna Kowalska", Some("Tomasz Zielinski")),
            ("the minister", "Tomasz Zielinski", None),
        ],
    );
    // Attributed to someone unnamed: no speaker, not the previous one.
    expect(
        &format!(
            "{intro}\"Kowalska is wrong,\" Zielinski said. \"She is reckless,\" a bank \
             official said."
        ),
        &[("She", "Anna Kowalska", None)],
    );
}

#[test]
fn a_person_of_the_pronouns_gender_beats_one_of_unknown_gender_in_the_same_sentence() {
    expect(
        "Claire Dubois was arrested. Elnur Aliyev said Dubois had broken the law. Officials \
         met. Talks began. Nothing moved. Her lawyer appealed.",
        &[("Her", "Claire Dubois", None)],
    );
}

#[test]
fn an_object_pronoun_in_a_relative_clause_is_not_the_person_it_describes() {
    // `him` is Kiprono, not Bekele, so Bekele may be `she` after it.
    expect(
        "Daniel Kiprono won the race. Grace Wanjiru defended him. \
         Selamawit Bekele, who finished second behind him, said she felt robbed.",
        &[
            ("him", "Daniel Kiprono", Some("Grace Wanjiru")),
            ("him", "Daniel Kiprono", None),
        ],
    );
}

#[test]
fn a_pronoun_in_a_relative_clause_on_someone_unnamed_is_theirs() {
    // `her` is the schoolteacher's, not Wanjiru's.
    expect(
        "Grace Wanjiru said she was worried. \"It is risky,\" said a retired schoolteacher \
         who gave only her surname.",
        &[],
    );
}

#[test]
fn a_pronoun_after_someone_unnamed_who_speaks_is_theirs() {
    // `she` is the mother's, not Sarr's.
    for text in [
        "Fatou Sarr, an official, spoke. One mother said she had not heard from her son.",
        "Fatou Sarr, an official, spoke. A Kenyan survivor said she was lucky.",
    ] {
        let rows = super::super::test_support::targets_by_sentence(text);
        assert!(rows[1].is_empty(), "{text}");
    }
}

#[test]
fn his_government_is_the_country_the_article_ties_him_to() {
    expect(
        "Russian Foreign Minister Sergei Lavrov met the envoy. He said his government \
         backed Iran.",
        &[
            ("He", "Sergei Lavrov", None),
            ("his government", "Russia", None),
        ],
    );
    // Also where the sentence names the country only as his. It speaks through him.
    expect(
        "Russian Foreign Minister Sergei Lavrov said his government backed Iran.",
        &[("his government", "Russia", None)],
    );
    // Without such a tie, `his` is the person's (one row with `He`).
    expect(
        "Sergei Lavrov met the envoy. He said his government backed Iran.",
        &[("He", "Sergei Lavrov", None)],
    );
}
