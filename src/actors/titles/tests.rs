use super::super::names::tests::{names, run};
use super::super::ActorKind::Other;

#[test]
fn chair_is_a_title() {
    let (n, _) = run("Its chair, Brendan Nolan, spoke. Chair Janet Yellen left.");
    assert_eq!(
        n,
        vec![
            ("Brendan Nolan", false, Other, true),
            ("Janet Yellen", true, Other, true)
        ]
    );
}

#[test]
fn titles_are_stripped_and_mark_people() {
    let (n, h) = run(
        "U.S. President Barack Obama met Russian Foreign Minister Sergei Lavrov and Mr. Putin.",
    );
    assert_eq!(
        n,
        vec![
            ("Barack Obama", true, Other, true),
            ("Sergei Lavrov", true, Other, true),
            ("Putin", true, Other, false)
        ]
    );
    assert_eq!(h, vec!["U.S.", "Russian"]);
    assert_eq!(
        names("He met Secretary of State John Kerry, Defense Minister Ashton Carter, Gen. Martin Dempsey, Secretary-General Ban Ki-moon and Kremlin spokesman Dmitry Peskov."),
        vec!["John Kerry", "Ashton Carter", "Martin Dempsey", "Ban Ki-moon", "Dmitry Peskov"]
    );
    assert_eq!(
        names("It was hailed by former president Bill Clinton and Vice President Joe Biden."),
        vec!["Bill Clinton", "Joe Biden"]
    );
    assert_eq!(
        names(
            "Special Counsel Robert Mueller thanked its general counsel, Sabine Keller, \
             and Councillor Lucia Hernandez."
        ),
        vec!["Robert Mueller", "Sabine Keller", "Lucia Hernandez"]
    );
    assert_eq!(
        names("Director-General Amara Okonjo and Chairperson Moussa Diallo spoke."),
        vec!["Amara Okonjo", "Moussa Diallo"]
    );
    // A field between title words is part of the title, a given name there is not.
    assert_eq!(
        names("He met Chief Election Commissioner Dinesh Rai and White House Chief Economic Advisor Gary Cohn."),
        vec!["Dinesh Rai", "Gary Cohn"]
    );
}

#[test]
fn judges_and_police_ranks_are_titles() {
    assert_eq!(
        names(
            "Chief Justice Amara Kibet and Justice Peter Langat heard Inspector Samuel \
             Wafula, Sheriff Ruth Okoye and Detective Ian Moss."
        ),
        vec![
            "Amara Kibet",
            "Peter Langat",
            "Samuel Wafula",
            "Ruth Okoye",
            "Ian Moss"
        ]
    );
    // `Justice` also names bodies, and `Inspector General` is an office.
    assert_eq!(
        names("The Department of Justice and the Justice Department asked the Inspector General."),
        vec![
            "Department of Justice",
            "Justice Department",
            "Inspector General"
        ]
    );
    // A group's plural after a title word is a name with it.
    assert_eq!(
        names("Justice Democrats backed Maria Lopez."),
        vec!["Justice Democrats", "Maria Lopez"]
    );
    // `Former` opens a title, never a name.
    assert_eq!(
        names("Former Tour de France champion Matyas Varga lost. Former FBI Director James Comey spoke."),
        vec!["Matyas Varga", "FBI", "James Comey"]
    );
}

#[test]
fn two_portfolios_joined_by_and_make_one_title() {
    assert_eq!(
        names("Energy and Mines Minister Rosa Quispe met Trade and Industry Secretary Ana Ruiz."),
        vec!["Rosa Quispe", "Ana Ruiz"]
    );
    // A sentence ending in a title's words or `and` is no title.
    assert!(names("He thanked the Foreign").is_empty());
    assert!(names("He thanked the Foreign and").is_empty());
}

#[test]
fn chief_executive_and_capitalised_roles_are_titles() {
    assert_eq!(
        names("Chief Executive Diane Okonjo met Striker Kofi Mensah. Owner Curtis Reiner met chief executive Paul Hale."),
        vec!["Diane Okonjo", "Kofi Mensah", "Curtis Reiner", "Paul Hale"]
    );
    // Not before an organisation's name, or one word that is no given name, or inside
    // a sentence before two names that may be a place's.
    assert_eq!(
        names("The Executive Order was signed. Manager Grove said so. He met Economist Intelligence Unit staff at the POET Biorefining Plant."),
        vec!["Executive Order", "Manager Grove", "Economist Intelligence Unit", "POET Biorefining Plant"]
    );
    assert_eq!(
        names(
            "He toured Manager Grove Park in a Defender Land Rover with Ajax Owner Curtis Reiner."
        ),
        vec![
            "Manager Grove Park",
            "Defender Land Rover",
            "Ajax",
            "Curtis Reiner"
        ]
    );
}

#[test]
fn an_elections_roles_and_an_advocates_title_are_stripped() {
    assert_eq!(
        names(
            "Challenger Leila Pillay lost. Incumbent Sipho Ndlovu won. Her lawyer, Adv. \
             Ravi Govender, said so."
        ),
        vec!["Leila Pillay", "Sipho Ndlovu", "Ravi Govender"]
    );
}

#[test]
fn the_title_list_is_stripped() {
    let text = "He met Crown Prince Mohammed bin Salman, Pope Francis, Queen Elizabeth, Chancellor Angela Merkel, \
        Spokeswoman Maria Zakharova, Chairman Xi Jinping, CEO Tim Cook, Gov. Andrew Cuomo, Sen. John McCain, \
        Rep. Nancy Pelosi, Mayor Bill de Blasio, Ambassador Samantha Power, Col. Muammar Gaddafi, Adm. Mike Mullen, \
        Dr. Ashraf Ghani, Mrs. Clinton, Ms. Merkel, Finance Minister Wolfgang Schaeuble, Defence Minister Michael \
        Fallon, Prime Minister David Cameron, Secretary-General Jens Stoltenberg, General David Petraeus, Senator \
        Lindsey Graham, Governor Jerry Brown, Spokesman John Kirby, Madame Yao-Bamba and Foreign Minister \
        Sergei Lavrov.";
    let (n, _) = run(text);
    let got: Vec<&str> = n.iter().map(|x| x.0).collect();
    assert_eq!(
        got,
        vec![
            "Mohammed bin Salman",
            "Francis",
            "Elizabeth",
            "Angela Merkel",
            "Maria Zakharova",
            "Xi Jinping",
            "Tim Cook",
            "Andrew Cuomo",
            "John McCain",
            "Nancy Pelosi",
            "Bill de Blasio",
            "Samantha Power",
            "Muammar Gaddafi",
            "Mike Mullen",
            "Ashraf Ghani",
            "Clinton",
            "Merkel",
            "Wolfgang Schaeuble",
            "Michael Fallon",
            "David Cameron",
            "Jens Stoltenberg",
            "David Petraeus",
            "Lindsey Graham",
            "Jerry Brown",
            "John Kirby",
            "Yao-Bamba",
            "Sergei Lavrov"
        ]
    );
    assert!(n.iter().all(|x| x.1), "every name follows a title");
}

#[test]
fn a_ministers_portfolios_joined_by_and_are_the_title() {
    assert_eq!(
        names("Minister of Fisheries Sidi Cheikh spoke."),
        vec!["Sidi Cheikh"]
    );
    // Set off before the holder, the office is no name.
    assert_eq!(
        names(
            "Mauritania's Minister of Fisheries and Maritime Economy, Sidi Cheikh, spoke. \
             The Minister of Finance and Economic Planning, Ken Ofori, agreed."
        ),
        vec!["Sidi Cheikh", "Ken Ofori"]
    );
}
