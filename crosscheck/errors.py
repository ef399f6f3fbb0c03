"""One exception hierarchy. The CLI catches :class:`CrosscheckError` once and exits with its ``exit_code``.

Exit codes (documented in docs/cli.md and fixed):

* 0 - no finding at or above the failing level
* 1 - at least one finding at or above the failing level (``--fail-on``)
* 2 - usage or input error: a one-line message on stderr, no traceback
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


class CrosscheckError(Exception):
    """Base class: every error the user can cause. ``str(error)`` is the one-line message."""

    exit_code = EXIT_ERROR


class InputError(CrosscheckError):
    """An article cannot be read: missing, a directory, empty, binary or not UTF-8."""


class RuleError(CrosscheckError):
    """A rule file is malformed. The message names the file and the key."""


class ConfigError(CrosscheckError):
    """A configuration file is unreadable or malformed. The message names the file and the key."""


class UsageError(CrosscheckError):
    """The call itself is wrong (for example, fewer than two articles)."""


class OutputError(CrosscheckError):
    """An output file (``--output``) cannot be written; nothing is left half-written."""


class BatchError(CrosscheckError):
    """Some jobs of a batch errored (each has its error line in the output): exit 2 after the whole batch."""
