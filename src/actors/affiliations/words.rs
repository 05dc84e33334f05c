//! Word lists of affiliations: roles, private people, what happens in a town, past tenses.

/// Roles that a place or a body before them qualifies (`Asia editor`, `Google engineer`).
#[rustfmt::skip]
pub(super) const COVERING_ROLES: &[&str] = &[
    "analyst", "bureau", "coordinator", "correspondent", "desk", "director", "economist",
    "editor", "engineer", "envoy", "expert", "researcher", "specialist", "spokesman",
    "spokesperson", "spokeswoman", "strategist",
];

/// Past tenses not in `-ed` (`America chose Donald Trump`, `China hit Kastell Systems`).
#[rustfmt::skip]
pub(super) const PAST_TENSES: &[&str] = &[
    "beat", "became", "began", "bought", "brought", "built", "caught", "chose", "cut", "drew",
    "fell", "fought", "found", "gave", "held", "hit", "kept", "led", "left", "let", "lost",
    "made", "met", "paid", "put", "ran", "rose", "saw", "sent", "set", "sold", "sought",
    "spent", "struck", "took", "told", "threw", "won", "wrote",
];

/// Private people and firms whose nationality says nothing of their state's stance.
#[rustfmt::skip]
pub(super) const PRIVATE_ROLES: &[&str] = &[
    "academic", "academics", "activist", "activists", "actor", "actors", "actress", "airline",
    "airlines", "analyst", "analysts", "architect", "architects", "artist", "artists",
    "association", "associations", "athlete", "athletes", "author", "bank", "banker", "bankers",
    "banks", "billionaire", "branch", "brewer", "broadcaster", "businessman", "businessmen",
    "businesswoman", "buyer", "buyers", "candidate", "candidates", "captain", "captains",
    "carmaker", "carrier", "carriers", "champion", "charities", "charity", "chef", "chefs",
    "chipmaker", "citizen", "citizens", "clinic", "clinics", "club", "coach", "coaches",
    "companies", "company", "conglomerate", "consultancies", "consultancy", "consumer",
    "consumers", "contractor", "contractors", "crew", "crews", "customer", "customers",
    "cyclist", "cyclists", "defender", "designer", "designers", "detainee", "detainees",
    "director", "directors", "dissident", "dissidents", "distributor", "distributors", "doctor",
    "doctors", "driver", "drivers", "drugmaker", "drugmakers", "economist", "economists",
    "engineer", "engineers", "entrepreneur", "expatriates", "exporter", "exporters",
    "factories", "factory", "fans", "farmer", "farmers", "federation", "federations",
    "filmmaker", "filmmakers", "firm", "firms", "fisher", "fisherman", "fishermen", "fishers",
    "footballer", "forward", "fund", "funds", "gang", "gangs", "giant", "goalkeeper", "group",
    "groups", "grower", "growers", "headquarters", "hospital", "hospitals", "hostage",
    "hostages", "importer", "importers", "insurer", "insurers", "international", "investor",
    "investors", "journalist", "journalists", "lawyer", "lawyers", "league", "lender",
    "lenders", "maker", "makers", "man", "manager", "manufacturer", "manufacturers", "media",
    "mediator", "men", "midfielder", "migrant", "migrants", "mill", "miner", "miners",
    "nationals", "newspaper", "newspapers", "nurse", "nurses", "offices", "operations",
    "operator", "operators", "opposition", "outlet", "outlets", "owner", "owners", "passenger",
    "passengers", "pensioners", "photographer", "photographers", "pilot", "pilots", "plant",
    "plants", "player", "players", "prisoner", "prisoners", "producer", "producers", "provider",
    "providers", "publisher", "refugee", "refugees", "reporter", "researcher", "researchers",
    "resident", "residents", "retailer", "retailers", "rival", "rivals", "runner", "runners",
    "school", "schools", "scientist", "scientists", "shipyard", "shipyards", "shoppers",
    "singer", "site", "sites", "smallholders", "smuggler", "smugglers", "sprinter", "sprinters",
    "start-up", "start-ups", "startup", "startups", "striker", "student", "students",
    "subsidiary", "supplier", "suppliers", "survivor", "survivors", "swimmer", "swimmers",
    "taxpayer", "taxpayers", "teacher", "teachers", "team", "teams", "tourist", "tourists",
    "trafficker", "traffickers", "traveller", "travellers", "tycoon", "union", "unions",
    "universities", "university", "utilities", "utility", "viewers", "volunteer", "volunteers",
    "voters", "warehouse", "winger", "woman", "women", "worker", "workers", "writer", "writers",
];

/// What a people's adjective or a country's possessive may describe that is neither the
/// state nor judged as it: its markets and sport, its regions, its elections (`Argentine
/// bonds`, `Spanish football`, `across Italian regions`) (sorted).
#[rustfmt::skip]
pub(super) const COUNTRYS_THINGS: &[&str] = &[
    "bonds", "football", "provinces", "regions", "shares", "soccer", "stocks",
];

/// A country's elections, after `presidential`, `parliamentary` …: its politics' setting
/// (`Colombia's presidential campaign`), unlike its offices (`the Ukrainian presidential
/// administration said`) (sorted).
#[rustfmt::skip]
pub(super) const ELECTIONS: &[&str] = &[
    "ballot", "campaign", "contest", "debate", "election", "elections", "poll", "polls",
    "primaries", "primary", "race", "runoff", "vote",
];

/// The EU's `European` before these is a continent's (`European governments`), not the
/// Union (sorted).
#[rustfmt::skip]
pub(super) const STATES: &[&str] = &[
    "capitals", "countries", "governments", "nations", "states",
];

/// Currencies (`11 million Swedish crowns`, `the Turkish lira`): a country's money, not the
/// country acting or judged.
#[rustfmt::skip]
pub(super) const CURRENCIES: &[&str] = &[
    "baht", "crown", "crowns", "dinar", "dinars", "dirham", "dirhams", "dollar", "dollars",
    "euro", "euros", "forint", "forints", "franc", "francs", "hryvnia", "hryvnias", "krona",
    "krone", "kroner", "kronor", "lira", "naira", "peso", "pesos", "pound", "pounds", "rand",
    "reais", "real", "renminbi", "riyal", "riyals", "rouble", "roubles", "ruble", "rubles",
    "rupee", "rupees", "shekel", "shekels", "shilling", "shillings", "won", "yen", "yuan",
    "zloty", "zlotys",
];

/// Nouns of what happens or sits in a town (`a court in Lyon`, `the shooting in Dayton`).
#[rustfmt::skip]
pub(super) const LOCATED: &[&str] = &[
    "airport", "attack", "attacks", "banks", "base", "bombing", "camp", "camps", "caucuses",
    "center", "centers", "centre", "centres", "clashes", "companies", "conference", "consulate",
    "convention", "court", "crash", "debate", "election", "elections", "embassy", "event",
    "explosion", "factory", "fighting", "firms", "headquarters", "hearing", "hospital",
    "investors", "laboratories", "labs", "lenders", "market", "markets", "meeting", "mine",
    "office", "offices", "plant", "police", "port", "primary", "prison", "prosecutors",
    "protest", "protests", "race", "rally", "recount", "refinery", "residents", "school",
    "shooting", "shops", "stadium", "stores", "summit", "talks", "traders", "trial", "tribunal",
    "university", "village", "villages", "visit",
];

/// What happens somewhere, after its town's name (`Geneva talks`); not what sits
/// there, which may be a company's (`the Velmont plant`).
#[rustfmt::skip]
pub(super) const HAPPENINGS: &[&str] = &[
    "airport", "attack", "attacks", "bombing", "bourse", "caucuses", "clashes", "conference",
    "convention", "crash", "debate", "exchange", "explosion", "fighting", "hearing", "meeting",
    "negotiations", "protest", "protests", "rally", "recount", "shooting", "site", "summit",
    "talks", "trial", "visit",
];

/// Parts of a town after its name, with or without a word before it (`block Paris ring
/// road`, `in the Damascus suburbs`): never a verb, unlike some [`HAPPENINGS`] (`attacks`).
#[rustfmt::skip]
pub(super) const TOWN_PARTS: &[&str] = &[
    "bridge", "highway", "metro", "motorway", "ring", "road", "roads", "streets", "suburbs",
];

/// Words that open the noun phrase of [`HAPPENINGS`] before a town's name.
#[rustfmt::skip]
pub(super) const PHRASE_OPENERS: &[&str] = &[
    "a", "after", "an", "at", "before", "during", "following", "from", "in", "of", "since",
    "the",
];

/// People `in` a capital who stand for its country (`our friends in Washington`,
/// `officials in Beijing`).
#[rustfmt::skip]
pub(super) const PEOPLE_OF_A_CAPITAL: &[&str] = &[
    "allies", "authorities", "backers", "brothers", "counterparts", "friends", "government",
    "hardliners", "lawmakers", "leaders", "leadership", "masters", "officials", "partners",
    "patrons", "policymakers", "regime", "rulers", "sources",
];

/// Parts of a place after its possessive (`on Portugal's southern coast`).
#[rustfmt::skip]
pub(super) const PARTS_OF_A_PLACE: &[&str] = &[
    "border", "borders", "coast", "coastline", "countryside", "east", "heartland", "interior",
    "north", "northeast", "northwest", "outskirts", "shores", "south", "southeast", "southwest",
    "waters", "west",
];

/// Nouns of places before `of` and a place's name (`the town of Clearwater`).
#[rustfmt::skip]
pub(super) const PLACE_NOUNS: &[&str] = &[
    "city", "county", "district", "island", "municipality", "neighborhood", "neighbourhood",
    "port", "province", "region", "suburb", "town", "village",
];

/// People who live or work in a place, before `of` and its name (`the voters of Durban`,
/// `fishermen of Singapore`): the place is where they are (sorted).
#[rustfmt::skip]
pub(super) const DWELLERS: &[&str] = &[
    "farmers", "fishermen", "inhabitants", "residents", "shopkeepers", "villagers", "voters",
];

/// Nouns of news outlets before their names (`told the newspaper Kathimerini`).
#[rustfmt::skip]
pub(super) const MEDIA_NOUNS: &[&str] = &[
    "agency", "broadcaster", "channel", "daily", "magazine", "newspaper", "outlet", "paper",
    "radio", "station", "television", "website", "weekly",
];

/// News agencies and broadcasters that people speak to (`told Reuters`).
#[rustfmt::skip]
pub(super) const NEWS_OUTLETS: &[&str] = &[
    "ABC News", "AFP", "AP", "Agence France-Presse", "Al Jazeera", "Anadolu",
    "Associated Press", "BBC", "Bloomberg", "CBS News", "CNBC", "CNN", "Fox News", "Interfax",
    "Kyodo", "MSNBC", "NBC News", "NPR", "RIA Novosti", "Reuters", "Sky News", "TASS", "Xinhua",
    "Yonhap",
];

/// What one has in a body, not in a place (`a stake in Quillstream`, `confidence in X`).
#[rustfmt::skip]
pub(super) const HELD_IN: &[&str] = &[
    "confidence", "faith", "interest", "investment", "investments", "role", "share", "shares",
    "stake", "stakes", "trust",
];

/// Firms and private bodies after a country's possessive (`Brazil's biggest meatpacker`,
/// `Chile's main union`, `Pakistan's main opposition party`): the country is where they are. Not its people (`Russia's
/// players`, `Ireland's farmers`), who stand for it; sorted.
#[rustfmt::skip]
pub(super) const COUNTRYS_FIRMS: &[&str] = &[
    "airline", "airlines", "association", "automaker", "automakers", "bank", "banks", "brewer",
    "broadcaster", "carmaker", "carmakers", "chipmaker", "companies", "company", "conglomerate",
    "drugmaker", "employers", "exporter", "exporters", "federation", "firm", "firms", "giant",
    "insurer", "lender", "lenders", "manufacturers", "meatpacker", "miner", "newspaper",
    "operator", "opposition", "parties", "party", "producers", "publisher", "retailer",
    "startup", "steelmaker", "steelmakers", "union", "unions", "utility",
];
