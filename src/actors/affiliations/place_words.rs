//! Word lists for [`super::places`]: where goods and people go, what is built at a place,
//! regions and the prepositions of where things are.

/// Nouns of areas after their names besides [`super::words::PLACE_NOUNS`] (`the Los Angeles area`,
/// `Para state`).
#[rustfmt::skip]
pub(super) const AREA_NOUNS: &[&str] = &[
    "area", "districts", "state", "township",
];

/// Places in the plural before `of` and their names (`the provinces of North Kivu and
/// Ituri`).
#[rustfmt::skip]
pub(super) const PLACES: &[&str] = &[
    "cities", "counties", "districts", "islands", "provinces", "regions", "states", "towns",
    "villages",
];

/// What is built at a place, after its name (`the Rio Verde dam`): the name is the place.
#[rustfmt::skip]
pub(super) const STRUCTURES: &[&str] = &[
    "bridge", "canal", "dam", "highway", "motorway", "pipeline", "railway", "reservoir",
    "tunnel",
];

/// Directions before a place's name that make it a region of the place (`eastern
/// Poland`, `north-west Syria`) (sorted).
#[rustfmt::skip]
pub(super) const DIRECTIONS: &[&str] = &[
    "central", "east", "eastern", "north", "north-east", "north-eastern", "north-west",
    "north-western", "northeast", "northeastern", "northern", "northwest", "northwestern",
    "south", "south-east", "south-eastern", "south-west", "south-western", "southeast",
    "southeastern", "southern", "southwest", "southwestern", "west", "western",
];

/// Verbs of goods or people going somewhere, before `to` and where they go (`go to
/// Geneva`).
#[rustfmt::skip]
pub(super) const MOVED_TO: &[&str] = &[
    "deported", "diverted", "emigrated", "emigrating", "export", "exported", "exporting",
    "exports", "fled", "fleeing", "flew", "flown", "go", "goes", "going", "gone", "headed",
    "heading", "migrated", "moved", "relocated", "rerouted", "returned", "returning", "shipped",
    "smuggled", "travel", "traveled", "traveling", "travelled", "travelling", "went",
];

/// Verbs of goods or people coming from somewhere, before `from` and where they come
/// from (`fled from Sudan`; not `came from`: `the attacks came from Russia`).
#[rustfmt::skip]
pub(super) const MOVED_FROM: &[&str] = &[
    "arrived", "arriving", "deported", "evacuated", "fled", "fleeing", "flew", "flown",
    "imported", "importing", "returned", "returning", "smuggled",
];

/// Verbs of [`MOVED_TO`] and [`MOVED_FROM`] that also say where someone works or
/// studies (`went to Harvard`, `returned to Goldman Sachs`).
#[rustfmt::skip]
pub(super) const GOING: &[&str] = &[
    "go", "goes", "going", "gone", "moved", "relocated", "returned", "returning", "went",
];

/// Goods and trips between places, right before `to` or `from` (`shipments to Europe`,
/// `exports from Antwerp`).
#[rustfmt::skip]
pub(super) const SHIPMENTS: &[&str] = &[
    "cargo", "cargoes", "deliveries", "exports", "flights", "imports", "shipments",
];

/// Continents and world regions: places, unless one acts (`Europe must respond`).
#[rustfmt::skip]
pub(super) const WORLD_REGIONS: &[&str] = &[
    "Africa", "Asia", "Balkans", "Caribbean", "Caucasus", "Central Africa", "Central Asia",
    "Central Europe", "East Africa", "East Asia", "Eastern Europe", "Europe", "Horn of Africa",
    "Indo-Pacific", "Latin America", "Maghreb", "Mediterranean", "Middle East", "North Africa",
    "North America", "Oceania", "Sahel", "Scandinavia", "South America", "South Asia",
    "Southeast Asia", "Southern Africa", "Sub-Saharan Africa", "West Africa", "Western Europe",
];

/// Continents of [`WORLD_REGIONS`], which may act as their peoples or unions (`Europe
/// must respond`); the other regions are only places (`the Mediterranean had become a
/// cemetery`).
pub(super) const CONTINENTS: &[&str] = &[
    "Africa",
    "Asia",
    "Europe",
    "Latin America",
    "North America",
    "Oceania",
    "South America",
];

/// People whose treatment in a country tells of its state (`journalists in Iran`).
#[rustfmt::skip]
pub(super) const IN_THE_STATES_HANDS: &[&str] = &[
    "activists", "detainees", "dissidents", "hostages", "journalists", "migrant", "migrants",
    "prisoners", "refugees",
];

/// Prepositions before where something is (`in Maridi`, `near the Tolvar Bridge`).
#[rustfmt::skip]
pub(super) const PLACE_PREPOSITIONS: &[&str] = &[
    "across", "around", "in", "inside", "near", "outside", "throughout",
];
