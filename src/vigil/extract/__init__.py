"""extract stage of the vigil pipeline."""
