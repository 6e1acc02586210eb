"""serve stage of the vigil pipeline."""
