-- A bad input is quarantined once: re-running the same batch counts another sighting of it
-- instead of adding a duplicate row. Rows already duplicated are folded into their first.
ALTER TABLE quarantine ADD COLUMN seen INTEGER NOT NULL DEFAULT 1;
ALTER TABLE quarantine ADD COLUMN last_seen_at TEXT;
UPDATE quarantine SET
    seen = (SELECT count(*) FROM quarantine q WHERE q.origin = quarantine.origin AND q.code = quarantine.code
            AND q.sha256 IS quarantine.sha256 AND q.external_id IS quarantine.external_id),
    last_seen_at = (SELECT max(created_at) FROM quarantine q WHERE q.origin = quarantine.origin
            AND q.code = quarantine.code AND q.sha256 IS quarantine.sha256
            AND q.external_id IS quarantine.external_id);
DELETE FROM quarantine WHERE id NOT IN (
    SELECT min(id) FROM quarantine GROUP BY origin, code, sha256, external_id
);
CREATE INDEX quarantine_origin ON quarantine(origin, code);
