"""ingest stage of the vigil pipeline."""
