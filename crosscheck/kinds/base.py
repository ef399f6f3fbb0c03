"""What every rule kind is: a name, the claims it judges, its parameters with their defaults, the verdicts it may
give, and how it matches an aligned pair. Each kind is one object in its own module beside this one."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from crosscheck.errors import RuleError
from crosscheck.model import ClaimKind, Verdict

if TYPE_CHECKING:
    from crosscheck.align import Pair

REQUIRED: Any = object()  # a parameter's default when a rule must give it


# internal and immutable: a NamedTuple, built at import for a fifth of what an attrs class costs (docs/speed.md)
class Param(NamedTuple):
    """One parameter of a kind: its type (``float`` takes any number), its default (or REQUIRED) and a check of
    its value that returns what is wrong (or None)."""

    type: type
    default: Any = REQUIRED
    check: Callable[[Any], str | None] | None = None


class Kind:
    """A rule kind. Subclasses set the class attributes and implement :meth:`matches`."""

    name: str = ""
    claim_kind: ClaimKind | None = None  # the claims it judges (single-source: its ``claim_kind`` parameter)
    verdicts: frozenset[Verdict] = frozenset()
    params: ClassVar[Mapping[str, Param]] = {}
    # parameters that moved out of the kind, and where they went: named in the error for a rule that still sets one
    moved: ClassVar[Mapping[str, str]] = {}

    def matches(self, params: Mapping[str, Any], pair: Pair) -> bool:
        """Whether a rule of this kind with ``params`` fires on the aligned ``pair``."""
        raise NotImplementedError(f"rule kind {self.name!r} judges no pair")

    def judges(self, params: Mapping[str, Any]) -> ClaimKind | None:
        """The kind of claims a rule of this kind with ``params`` judges."""
        return self.claim_kind

    def read_params(self, where: str, raw: Any) -> dict[str, Any]:
        """A rule's ``params`` table, checked (every error names ``where`` and the key), with defaults filled in."""
        if not isinstance(raw, dict):
            raise RuleError(f"{where}: 'params' must be a table")
        for key in raw:
            if key in self.moved:
                gone = f"no longer a parameter of kind {self.name!r}"
                raise RuleError(f"{where}: params.{key}: {gone}: {self.moved[key]}")
            if key not in self.params:
                raise RuleError(f"{where}: params.{key}: not a parameter of kind {self.name!r}")
        out: dict[str, Any] = {}
        for key, param in self.params.items():
            if key not in raw:
                if param.default is REQUIRED:
                    raise RuleError(f"{where}: params.{key}: required by kind {self.name!r}")
                out[key] = param.default
                continue
            value = raw[key]
            is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
            if not (is_number if param.type is float else isinstance(value, param.type)):
                raise RuleError(f"{where}: params.{key}: must be a {param.type.__name__}")
            problem = param.check(value) if param.check else None
            if problem:
                raise RuleError(f"{where}: params.{key}: {problem}")
            out[key] = float(value) if param.type is float else value
        return out


def one_of(*allowed: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value in allowed else f"must be one of {', '.join(allowed)}"

    return check


def words(value: Any) -> str | None:
    ok = all(isinstance(w, str) and w.strip() for w in value)
    return None if ok else "must be a list of words"
