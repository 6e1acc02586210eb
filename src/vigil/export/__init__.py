"""export stage of the vigil pipeline."""
