-- The analyst's workbench: full-text search, corrections, API tokens and an append-only audit log.

-- Full text over articles (title, outlet, text) and incidents (actors, places), kept in sync by
-- triggers; both are external-content tables, so no text is stored twice.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, outlet, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (rowid, title, outlet, text) SELECT id, title, outlet, text FROM articles;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, outlet, text) VALUES (new.id, new.title, new.outlet, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, outlet, text)
    VALUES ('delete', old.id, old.title, old.outlet, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, outlet, text)
    VALUES ('delete', old.id, old.title, old.outlet, old.text);
    INSERT INTO articles_fts (rowid, title, outlet, text) VALUES (new.id, new.title, new.outlet, new.text);
END;

CREATE VIRTUAL TABLE incidents_fts USING fts5(
    actor1, assoc_actor_1, actor2, assoc_actor_2, location, admin1, country, sub_event_type,
    content='incidents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO incidents_fts (rowid, actor1, assoc_actor_1, actor2, assoc_actor_2, location, admin1, country,
    sub_event_type)
SELECT id, actor1, assoc_actor_1, actor2, assoc_actor_2, location, admin1, country, sub_event_type
FROM incidents;
CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
    INSERT INTO incidents_fts (rowid, actor1, assoc_actor_1, actor2, assoc_actor_2, location, admin1, country,
        sub_event_type)
    VALUES (new.id, new.actor1, new.assoc_actor_1, new.actor2, new.assoc_actor_2, new.location, new.admin1,
        new.country, new.sub_event_type);
END;
CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
    INSERT INTO incidents_fts (incidents_fts, rowid, actor1, assoc_actor_1, actor2, assoc_actor_2, location,
        admin1, country, sub_event_type)
    VALUES ('delete', old.id, old.actor1, old.assoc_actor_1, old.actor2, old.assoc_actor_2, old.location,
        old.admin1, old.country, old.sub_event_type);
END;
CREATE TRIGGER incidents_fts_update AFTER UPDATE ON incidents BEGIN
    INSERT INTO incidents_fts (incidents_fts, rowid, actor1, assoc_actor_1, actor2, assoc_actor_2, location,
        admin1, country, sub_event_type)
    VALUES ('delete', old.id, old.actor1, old.assoc_actor_1, old.actor2, old.assoc_actor_2, old.location,
        old.admin1, old.country, old.sub_event_type);
    INSERT INTO incidents_fts (rowid, actor1, assoc_actor_1, actor2, assoc_actor_2, location, admin1, country,
        sub_event_type)
    VALUES (new.id, new.actor1, new.assoc_actor_1, new.actor2, new.assoc_actor_2, new.location, new.admin1,
        new.country, new.sub_event_type);
END;

-- Filters the API offers that 0001's indexes do not cover.
CREATE INDEX incidents_subtype ON incidents(sub_event_type, event_date);
CREATE INDEX incidents_fatalities ON incidents(fatalities, event_date);
CREATE INDEX incidents_latlon ON incidents(latitude, longitude);

-- An analyst's fix to one field of an incident. Keyed by the incident's stable key (its earliest
-- report), not its id, so it survives re-ingest and re-resolution; applied when incidents are read.
-- Append-only: a later correction of the same field supersedes an earlier one.
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    incident_key TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT,               -- JSON
    previous TEXT,            -- JSON: the value the analyst saw
    reason TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX corrections_key ON corrections(incident_key, id);
CREATE TRIGGER corrections_no_update BEFORE UPDATE ON corrections BEGIN
    SELECT RAISE(ABORT, 'corrections are append-only');
END;
CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections BEGIN
    SELECT RAISE(ABORT, 'corrections are append-only');
END;

-- API tokens: only a SHA-256 of the secret is stored; revoked tokens are kept for the audit trail.
CREATE TABLE tokens (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);

-- Every write through the API: who, what, when, before, after. Nothing may change or delete a row.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    before TEXT,
    after TEXT
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END
