"""One ``__repr__`` for crosscheck's attrs classes, written once instead of once per class.

attrs writes the methods of each class as Python source and compiles it when the class is created, so every start
of a command pays for every class it imports (about half a millisecond a class; see docs/speed.md). The
``__repr__`` is a fifth to a third of that cost and is only ever read by a person (in a debugger, or a failing
test), so the classes are declared ``@frozen(repr=False)`` and inherit :class:`Repr`, which prints what attrs's
would: ``Name(field=value, ...)``.
"""

from __future__ import annotations

from typing import Any

from attrs import fields


class Repr:
    """``Name(field=value, ...)`` for an attrs class declared with ``repr=False`` that inherits it."""

    __slots__ = ()

    def __repr__(self) -> str:
        cls: Any = type(self)  # an attrs class: every subclass of Repr is one
        shown = ", ".join(f"{a.name}={getattr(self, a.name)!r}" for a in fields(cls))
        return f"{cls.__name__}({shown})"
