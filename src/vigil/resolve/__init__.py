"""resolve stage of the vigil pipeline."""
