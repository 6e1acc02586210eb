-- An analyst's everyday list combines filters: a country with a type, a date range, a toll
-- floor. These indexes walk such a list in date order with no sort, stop at the page's end,
-- and count the matches from the index alone (fatalities rides at the end of each), measured
-- by bench/api.py over 1M incidents. The case-sensitive type indexes of 0001 and 0003 served
-- no query once filters folded case (0005), so they go.
DROP INDEX incidents_type;
DROP INDEX incidents_subtype;
DROP INDEX incidents_country_nocase;
DROP INDEX incidents_type_nocase;
DROP INDEX incidents_subtype_nocase;
CREATE INDEX incidents_country_nocase ON incidents(country COLLATE NOCASE, event_date, fatalities);
CREATE INDEX incidents_type_nocase ON incidents(event_type COLLATE NOCASE, event_date, fatalities);
CREATE INDEX incidents_subtype_nocase ON incidents(sub_event_type COLLATE NOCASE, event_date, fatalities);
CREATE INDEX incidents_country_type ON incidents(
    country COLLATE NOCASE, event_type COLLATE NOCASE, event_date, fatalities
);
CREATE INDEX incidents_country_subtype ON incidents(
    country COLLATE NOCASE, sub_event_type COLLATE NOCASE, event_date, fatalities
);
ANALYZE;
