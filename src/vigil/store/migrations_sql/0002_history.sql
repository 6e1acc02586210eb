-- Incident revision history: what changed, when, from which report. Keyed by the incident's key
-- (not its id), so it survives re-resolution; a row is never updated or deleted once written.
CREATE TABLE incident_history (
    id INTEGER PRIMARY KEY,
    incident_key TEXT NOT NULL,
    field TEXT NOT NULL,
    old TEXT,
    new TEXT,
    changed_at TEXT NOT NULL,
    report_key TEXT,
    article_ref TEXT,
    reported TEXT
);
CREATE INDEX incident_history_key ON incident_history(incident_key, id);
