"""A cache on disk for what every command start would otherwise rebuild: the loaded rule pack and the compiled
regular expressions. Only the command line uses it (:func:`enable`); the library never reads nor writes a file
it was not given.

Where: ``$CROSSCHECK_CACHE`` when set (``off``, ``0`` or an empty value turn the cache off), else
``$XDG_CACHE_HOME/crosscheck``, else ``~/.cache/crosscheck``. Nothing requires it: a cache that cannot be read,
written or trusted is ignored and the work is done as without one.

Safe by construction:

* **keys** name everything an entry depends on: crosscheck's version and the size and modification time of each of
  its own source files, the Python version, and for the rule pack each rule file's path, size and modification
  time (so an edited pack or an edited checkout is never served stale);
* **integrity**: each file carries a SHA-256 of its payload, checked before the payload is decoded; a file that
  is truncated, corrupt or of another format is ignored (and rewritten when the command has something to add);
* **atomic writes**: a temporary file in the same folder, then ``os.replace``, so readers see the old file or
  the new one, never a half-written one.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path

_OFF = ("", "0", "off", "no", "false")
_DIGEST = 32  # bytes of the SHA-256 that starts each cache file
_IN_USE: dict[str, Path] = {}  # "folder": the cache folder in use; empty when the cache is off (the default)


def default_dir() -> Path | None:
    """The cache folder the environment names (see the module docstring), or ``None`` when it is turned off."""
    given = os.environ.get("CROSSCHECK_CACHE")
    if given is not None:
        return None if given.strip().lower() in _OFF else Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "crosscheck"


def enable(folder: Path | None = None) -> None:
    """Use the cache in ``folder`` (default: :func:`default_dir`) from now on, in this process."""
    chosen = folder if folder is not None else default_dir()
    _IN_USE.clear()
    if chosen is not None:
        _IN_USE["folder"] = chosen


def disable() -> None:
    _IN_USE.clear()


def folder() -> Path | None:
    """The cache folder in use, or ``None`` (the default: no cache)."""
    return _IN_USE.get("folder")


def code_key() -> str:
    """What every entry depends on: crosscheck's version, the Python version and crosscheck's own source files
    (their size and modification time), hashed."""
    from crosscheck import __version__

    package = Path(__file__).resolve().parent
    return stamp([package / name for name in sorted(os.listdir(package)) if name.endswith(".py")], __version__)


def stamp(paths: Iterable[Path], *extra: str) -> str:
    """A hash of ``extra``, the Python version and each path's name, size and modification time (a missing
    file counts as such)."""
    import hashlib

    digest = hashlib.sha256("\x1f".join([*extra, sys.version]).encode())
    for path in paths:
        try:
            st = path.stat()
            digest.update(f"\x1e{path}\x1f{st.st_size}\x1f{st.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"\x1e{path}\x1fmissing".encode())
    return digest.hexdigest()[:24]


def read(name: str) -> bytes | None:
    """The payload of cache file ``name`` when the cache is on and the file is whole, else ``None``."""
    where = folder()
    if where is None:
        return None
    import hashlib

    try:
        data = (where / name).read_bytes()
    except OSError:
        return None
    digest, payload = data[:_DIGEST], data[_DIGEST:]
    if len(digest) != _DIGEST or hashlib.sha256(payload).digest() != digest:
        return None  # truncated, corrupt or not ours: ignored
    return payload


def write(name: str, payload: bytes) -> None:
    """Store ``payload`` as cache file ``name``, whole or not at all; any failure is ignored."""
    where = folder()
    if where is None:
        return
    import hashlib

    temporary = where / f".{name}.{os.getpid()}.tmp"
    try:
        where.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, where / name)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def prune(prefix: str, keep: int) -> None:
    """Remove all but the ``keep`` most recently written cache files whose names start with ``prefix`` (entries
    of older code or older rule files, never read again); any failure is ignored."""
    where = folder()
    if where is None:
        return
    try:
        found = sorted(where.glob(f"{prefix}*"), key=lambda path: path.stat().st_mtime_ns, reverse=True)
        for path in found[keep:]:
            path.unlink(missing_ok=True)
    except OSError:
        pass
