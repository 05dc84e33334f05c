//! Bodies whose names say what they are in another language or by a sport.

use super::expect;

#[test]
fn a_body_named_in_another_language_is_described_in_english() {
    expect(
        "Banco Central de Chile raised rates. The bank said inflation was persistent.",
        &[("The bank", "Banco Central de Chile", None)],
    );
    expect(
        "Banco Central de Chile raised rates. Critics attacked the central bank.",
        &[("the central bank", "Banco Central de Chile", None)],
    );
}

#[test]
fn a_sports_national_federation_is_the_federation() {
    expect(
        "Athletics Ukraine suspended the runner. The federation said it would appeal.",
        &[("The federation", "Athletics Ukraine", None)],
    );
}

#[test]
fn the_rebels_are_the_body_the_article_calls_armed() {
    expect(
        "The National Salvation Front, a rebel movement, stopped the convoy. The World Food \
         Programme said Turkey blamed the rebels.",
        &[("the rebels", "National Salvation Front", Some("Turkey"))],
    );
    // Not a body nothing calls armed.
    expect(
        "The Harbour Relief Foundation stopped the convoy. Turkey blamed the rebels.",
        &[],
    );
}
