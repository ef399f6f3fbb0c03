"""Write an output file whole or not at all.

The text goes to a temporary file in the target's folder, which then replaces the target in one step
(:func:`os.replace`, atomic on POSIX and Windows within one filesystem). On any error the temporary file is
removed, the target is left as it was, and an :class:`~crosscheck.errors.OutputError` names the file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from crosscheck.errors import OutputError


def write_whole(path: str | Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically; raise :class:`OutputError` with a one-line message."""
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a directory; give a file name for the output")
    folder = target.parent
    temporary = None
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.fchmod(fd, _mode(target))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, target)
        temporary = None
    except (OSError, UnicodeError) as e:
        raise OutputError(
            f"{target}: cannot be written ({getattr(e, 'strerror', None) or e}); "
            "check the folder exists and is writable"
        ) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _mode(target: Path) -> int:
    """The permissions of the file being replaced, or rw-r--r-- for a new one (a temporary file is rw-------)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644
