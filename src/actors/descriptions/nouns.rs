//! The nouns of descriptions (`the company`, `the regulator`): their classes, and the words
//! after one that make it a modifier of another noun instead.

/// `the rebels`, `the militia`: nouns of [`Fits::Group`] that only an armed group fits.
pub(super) fn is_armed_noun(noun: &str) -> bool {
    noun != "group"
}

/// Which organisations a description's noun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fits {
    /// One whose name has the noun as a word.
    Named,
    /// A company: no word of a public body in its name, and not a sports club's.
    Company,
    /// A sports club: its name ends in one of
    /// [`CLUB_SUFFIXES`](super::super::lexicon::CLUB_SUFFIXES), or as a company's may.
    Club,
    /// A public body: its name ends in one of [`super::fit::REGULATOR_HEADS`], or has the noun.
    Regulator,
    /// A company or any other organisation but a public body (`the group` after `Rapid
    /// Support Forces`).
    Group,
    /// `the central bank`: a bank of a state (`Federal Reserve`, `Bank of England`,
    /// `European Central Bank`, `National Bank of …`).
    CentralBank,
    /// `the government`, `the country`, `the nation`, `the army`, `the authorities`: a
    /// country (as `Chad's government` is Chad).
    Government,
    /// `the administration`, `the campaign`: the one whose administration or campaign the
    /// article has named (`the Trump administration`, `Harlan's campaign`).
    Led,
}

/// The longest noun a description may have (`organisation`), with room to spare.
pub(super) const LONGEST_NOUN: usize = 16;

/// `w` in ASCII lowercase, in `buf`, when it is short enough to be a description's noun.
pub(super) fn lowercase_noun<'b>(w: &str, buf: &'b mut [u8; LONGEST_NOUN]) -> Option<&'b str> {
    let out = buf.get_mut(..w.len())?;
    out.copy_from_slice(w.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

pub(super) fn noun_class(w: &str) -> Option<Fits> {
    let mut buf = [0; LONGEST_NOUN];
    let class = match lowercase_noun(w, &mut buf)? {
        "group" | "rebels" | "militants" | "insurgents" | "militia" | "militias" | "jihadists"
        | "guerrillas" => Fits::Group,
        "company" | "firm" | "business" | "carmaker" | "automaker" | "retailer" | "lender"
        | "insurer" | "airline" | "manufacturer" | "startup" | "conglomerate" | "broadcaster"
        | "publisher" | "miner" | "brewer" | "chipmaker" | "drugmaker" | "supplier"
        | "operator" | "platform" | "shipper" | "shipowner" | "steelmaker" | "grocer"
        | "utility" | "carrier" => Fits::Company,
        "club" => Fits::Club,
        "government" | "country" | "nation" | "army" | "military" | "authorities" => {
            Fits::Government
        }
        "administration" | "campaign" => Fits::Led,
        "regulator" | "watchdog" | "agency" => Fits::Regulator,
        "alliance" | "association" | "authority" | "bank" | "board" | "bureau" | "coalition"
        | "commission" | "committee" | "confederation" | "council" | "court" | "department"
        | "federation" | "foundation" | "fund" | "institute" | "league" | "ministry"
        | "movement" | "network" | "organisation" | "organization" | "party" | "society"
        | "union" | "university" | "corporation" | "hospital" | "tribunal" | "unit" | "trust"
        | "college" | "academy" | "clinic" | "bloc" | "mission" | "guard" | "coastguard"
        | "police" => Fits::Named,
        _ => return None,
    };
    Some(class)
}

/// What `the administration` or `the campaign` may be: an actor named right before the
/// noun (`the Trump administration`, `Harlan's campaign`), as bits of [`led_bit`].
pub(super) fn led_bit(noun: &str) -> u8 {
    let mut buf = [0; LONGEST_NOUN];
    match lowercase_noun(noun, &mut buf).unwrap_or_default() {
        "administration" => 1,
        "campaign" => 2,
        _ => 0,
    }
}

/// Words before `the campaign` that make it a time (`during the campaign`), and words after
/// `the administration` or `the campaign` that make it another thing (`the campaign trail`,
/// `the campaign against graft`).
pub(super) fn led_noun_is_other(before: &str, after: &str, campaign: bool) -> bool {
    let mut buf = [0; LONGEST_NOUN];
    let time = matches!(
        lowercase_noun(before, &mut buf).unwrap_or_default(),
        "during"
            | "throughout"
            | "since"
            | "before"
            | "after"
            | "until"
            | "in"
            | "on"
            | "over"
            | "of"
            | "across"
    );
    let thing = matches!(
        lowercase_noun(after, &mut buf).unwrap_or_default(),
        "trail"
            | "season"
            | "finance"
            | "finances"
            | "promise"
            | "promises"
            | "rally"
            | "rallies"
            | "event"
            | "events"
            | "ad"
            | "ads"
            | "money"
            | "donors"
            | "fund"
            | "funds"
            | "pledge"
            | "pledges"
            | "speech"
            | "speeches"
            | "stop"
            | "stops"
            | "slogan"
            | "strategy"
            | "against"
    );
    // `the administration of the drug`, `the campaign for reform`.
    let object = matches!(
        lowercase_noun(after, &mut buf).unwrap_or_default(),
        "to" | "for" | "of"
    );
    object || (campaign && (time || thing))
}

/// Words after the noun that make it a modifier of another noun (`the company's` is
/// not one of them: a possessive is still the organisation).
pub(super) fn modifies_next(next: &str) -> bool {
    let mut buf = [0; LONGEST_NOUN];
    matches!(
        lowercase_noun(next, &mut buf).unwrap_or_default(),
        "that"
            | "members"
            | "member"
            | "leaders"
            | "leader"
            | "leadership"
            | "officials"
            | "official"
            | "chairman"
            | "chairwoman"
            | "chief"
            | "boss"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "executive"
            | "executives"
            | "president"
            | "secretary"
            | "director"
            | "headquarters"
            | "staff"
            | "workers"
            | "employees"
            | "board"
            | "lawyer"
            | "lawyers"
            | "rules"
            | "statement"
            | "shutdown"
            | "bonds"
            | "debt"
            | "spending"
            | "funding"
            | "contracts"
            | "data"
            | "agencies"
            | "forces"
            | "troops"
            | "ministers"
            | "minister"
            | "sources"
            | "policy"
            | "policies"
            | "programs"
            | "programmes"
            | "music"
            | "club"
            | "side"
            | "road"
            | "house"
    )
}
