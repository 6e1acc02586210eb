"""vigil: news about armed conflict in, a sourced record of incidents out."""

__version__ = "0.1.0"
