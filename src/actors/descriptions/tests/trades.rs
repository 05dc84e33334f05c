//! A company's trade noun (`the airline`, `the utility`, `the fund`) fits a name that
//! ends in that trade.

use super::expect;

#[test]
fn a_trade_noun_fits_a_name_ending_in_that_trade() {
    // Not Coral Cargo, named nearer, nor Tarrant Foods, named more.
    let text = "Tarrant Foods and Tarrant Foods staff protested. Meridian Maritime, the \
                Singapore-listed shipowner, cut its forecast and Coral Cargo idled ships. \
                Ana Ruiz said the shipowner had panicked. Rui Costa said the grocer \
                would recover.";
    expect(
        text,
        &[
            ("the shipowner", "Meridian Maritime", Some("Ana Ruiz")),
            ("the grocer", "Tarrant Foods", Some("Rui Costa")),
        ],
    );
}

#[test]
fn a_utility_a_carrier_and_a_fund_fit_names_ending_in_their_trade() {
    expect(
        "Southern Grid Energy cut power to 40,000 homes. Critics blamed the utility.",
        &[("the utility", "Southern Grid Energy", None)],
    );
    expect(
        "Ridgeway Capital bought SC Maasstad. Fans said the fund had no plan.",
        &[("the fund", "Ridgeway Capital", None)],
    );
    // The International Monetary Fund keeps its own `the fund`.
    expect(
        "The International Monetary Fund met Ridgeway Capital. The fund said no.",
        &[("The fund", "International Monetary Fund", None)],
    );
}
