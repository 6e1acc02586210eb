"""Storage: the only package that speaks SQL."""

from vigil.store.db import IncidentFilter, IncidentRow, Store, StoredReport

__all__ = ["IncidentFilter", "IncidentRow", "Store", "StoredReport"]
