"""One exception tree with stable codes.

Codes never change meaning once released: quarantine rows, HTTP error bodies
and CLI messages all carry them, so users can grep and script on them.
"""

from __future__ import annotations


class VigilError(Exception):
    """Base of every error vigil raises on purpose."""

    code = "E000"
    http_status = 500

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.message} [{self.code}]"


class UsageError(VigilError):
    """The caller asked for something impossible (bad option, unknown id)."""

    code = "E001"
    http_status = 400


class NotFound(VigilError):
    code = "E002"
    http_status = 404


class InputError(VigilError):
    """An input could not be read; it is quarantined and the batch goes on."""

    code = "E100"
    http_status = 422


class MissingInput(InputError):
    code = "E101"


class EmptyInput(InputError):
    code = "E102"


class BinaryInput(InputError):
    code = "E103"


class EncodingError(InputError):
    code = "E104"


class MalformedRecord(InputError):
    code = "E105"


class NoTextFound(InputError):
    code = "E106"


class TooLarge(InputError):
    code = "E107"


class UnsupportedFormat(InputError):
    code = "E108"


class ExtractionError(VigilError):
    """A pipeline stage failed on one article."""

    code = "E200"


class PipelineConfigError(VigilError):
    """Stages were assembled in an order that cannot work."""

    code = "E201"


class ModelMissing(VigilError):
    """A packaged model artifact is absent: reinstall or run training."""

    code = "E202"


class StoreError(VigilError):
    code = "E300"


class MigrationError(StoreError):
    code = "E301"


class AccessDenied(VigilError):
    """A write without a valid, unrevoked token."""

    code = "E003"
    http_status = 401
