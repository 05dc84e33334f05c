//! `the club`: a sports club, named by its last word or its opening abbreviation.

use super::expect;

#[test]
fn the_club_is_the_club_not_the_company_that_sponsors_it() {
    let text = "Voltara Energy sponsors Ferencz Athletic. Ferencz Athletic lost again. \
                Tom Verbeke said the club was in crisis. Greta Olsen said the company \
                would review the deal.";
    expect(
        text,
        &[
            ("the club", "Ferencz Athletic", Some("Tom Verbeke")),
            ("the company", "Voltara Energy", Some("Greta Olsen")),
        ],
    );
}

#[test]
fn a_club_named_by_its_opening_abbreviation_is_the_club() {
    // Not the holding company that bought it, which ends like a company.
    expect(
        "Fans of SC Maasstad protested after Norvale Sports Holdings bought it. Anna de \
         Wit said the club had lost its soul.",
        &[("the club", "SC Maasstad", Some("Anna de Wit"))],
    );
}
