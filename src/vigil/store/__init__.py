"""store stage of the vigil pipeline."""
