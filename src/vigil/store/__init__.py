"""Storage: the only package that speaks SQL."""

from vigil.store.db import IncidentRow, Store, StoredReport
from vigil.store.read import IncidentFilter

__all__ = ["IncidentFilter", "IncidentRow", "Store", "StoredReport"]
