"""The suite never reads nor writes the user's cache (crosscheck.cache): the command line's cache is off for every
test, in-process and in the subprocesses they start, unless a test turns it on in a folder of its own."""

from __future__ import annotations

import os

os.environ["CROSSCHECK_CACHE"] = "off"
