-- The first schema: articles, reports, incidents, actors and roles, claims, links, quarantine.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    external_id TEXT,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    origin TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_external_id ON articles(external_id);

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    event_date TEXT,
    time_precision INTEGER,
    disorder_type TEXT NOT NULL,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    actor1 TEXT, assoc_actor_1 TEXT, inter1 INTEGER,
    actor2 TEXT, assoc_actor_2 TEXT, inter2 INTEGER,
    interaction INTEGER,
    civilian_targeting TEXT NOT NULL DEFAULT '',
    country TEXT, admin1 TEXT, admin2 TEXT, location TEXT,
    latitude REAL, longitude REAL, geo_precision INTEGER,
    fatalities INTEGER NOT NULL DEFAULT 0,
    low INTEGER NOT NULL DEFAULT 0,
    best INTEGER NOT NULL DEFAULT 0,
    high INTEGER NOT NULL DEFAULT 0,
    women_children INTEGER NOT NULL DEFAULT 0,
    explanation TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents(event_date);
CREATE INDEX incidents_country ON incidents(country, event_date);
CREATE INDEX incidents_type ON incidents(event_type, event_date);

CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    incident_id INTEGER REFERENCES incidents(id) ON DELETE SET NULL,
    principal INTEGER NOT NULL DEFAULT 0,
    sub_event_type TEXT NOT NULL,
    event_type TEXT NOT NULL,
    event_date TEXT,
    time_precision INTEGER,
    country TEXT, admin1 TEXT, admin2 TEXT, location TEXT,
    latitude REAL, longitude REAL, geo_precision INTEGER,
    fatalities INTEGER NOT NULL DEFAULT 0,
    women_children INTEGER NOT NULL DEFAULT 0,
    confidence REAL NOT NULL DEFAULT 0,
    follows_ordinal INTEGER,
    follows_evidence TEXT,
    sentences TEXT NOT NULL DEFAULT '[]',
    UNIQUE (article_id, ordinal)
);
CREATE INDEX reports_incident ON reports(incident_id);
CREATE INDEX reports_block ON reports(country, event_date);

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    inter INTEGER NOT NULL CHECK (inter BETWEEN 1 AND 8),
    country TEXT
);

CREATE TABLE report_actors (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    role TEXT NOT NULL CHECK (role IN ('actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2')),
    position INTEGER NOT NULL DEFAULT 0,
    mention TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (report_id, role, actor_id)
);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    figure INTEGER,
    counted TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    source_kind TEXT NOT NULL,
    stance TEXT NOT NULL,
    sentence TEXT NOT NULL DEFAULT '',
    vague INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX claims_report ON claims(report_id);

CREATE TABLE incident_links (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    follows_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    evidence TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (incident_id, follows_id)
);

CREATE TABLE quarantine (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    sha256 TEXT,
    external_id TEXT,
    created_at TEXT NOT NULL
);
