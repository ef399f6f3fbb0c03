"""Stage 5a: the rule pack. Rules are data (TOML files in ``rules/``) over a closed set of kinds in code.

A pack file holds an optional ``[alignment]`` table (the aligner's thresholds), a list of ``[[rule]]`` tables,
and alias data: ``[[alias]]`` (the names of one person, organisation or place) and ``[[title]]`` (a title and
its abbreviations), read by the entity extractor. Each rule has a ``code``, a readable ``name``, a ``kind`` from
:data:`KINDS`, a ``verdict``, a ``severity`` (discrepancies only), a one-line ``message`` template, kind-specific
``params``, ``examples`` that the test suite runs, and an optional one-line ``summary`` (what it finds, in
plain words; docs/rules.md's table is generated from it by :func:`rules_markdown`). Files are validated on
load: every error names the file and the key. Rule files never execute code: messages are filled with
``str.format`` over a fixed set of plain field names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from attrs import evolve, field, fields, frozen

from crosscheck.align import ANY_NOUN, AlignConfig
from crosscheck.claims.entities import Aliases
from crosscheck.copies import CopyConfig
from crosscheck.errors import RuleError
from crosscheck.frames import FrameLexicon, PredicateFamily
from crosscheck.kinds import KINDS
from crosscheck.model import ClaimKind, EntityType, Severity, Verdict
from crosscheck.names import name_table
from crosscheck.patterns import compiled
from crosscheck.records import Repr
from crosscheck.similarity import StatementModel
from crosscheck.stories import StoryConfig

TOLLS = ("dead", "injured", "missing")  # the casualty states the quantity extractor gives people ("people:dead")
# {a_phrase} {b_phrase}: what was measured, the words from a fact's predicate to it ("killed 24 people"; the fact
# alone for a claim with no frame)
MESSAGE_FIELDS = frozenset(
    {"a", "b", "a_phrase", "b_phrase", "a_source", "b_source", "source", "claim", "a_speaker", "b_speaker", "hedge"}
    | {"newer", "older"}  # an update (P102): the source published later, and the other
)
_CODE = compiled(r"^[A-Z]{1,3}\d{3}$")
_NAME = compiled(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_RULE_KEYS = frozenset({"code", "name", "kind", "verdict", "severity", "message", "summary", "params", "examples"})
_EXAMPLE_KEYS = frozenset({"a", "b", "expect"})


# internal and immutable: a NamedTuple, built at import for a fifth of what an attrs class costs (docs/speed.md)
class Example(NamedTuple):
    a: str
    b: str
    expect: bool  # True: the rule must fire on this pair of texts; False: it must not


@frozen(repr=False)
class Rule(Repr):
    code: str
    name: str
    kind: str
    verdict: Verdict
    severity: Severity | None
    message: str
    params: Mapping[str, Any]
    examples: tuple[Example, ...]
    origin: str  # the file it came from
    summary: str = ""  # what it finds, one line for people (docs/rules.md); the message when not given

    @property
    def claim_kind(self) -> ClaimKind | None:
        return KINDS[self.kind].judges(self.params)


@frozen(repr=False)
class RulePack(Repr):
    rules: tuple[Rule, ...]
    alignment: AlignConfig
    aliases: Aliases = field(factory=Aliases)
    frames: FrameLexicon = field(factory=FrameLexicon)  # predicate families (rules/frames.toml)
    copies: CopyConfig = field(factory=CopyConfig)  # when a source copies another (the [copies] table)
    stories: StoryConfig = field(factory=StoryConfig)  # how articles are grouped into stories ([stories])

    def select(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> RulePack:
        """Keep the rules whose code or name is in ``select`` (all when empty), less those in ``ignore``."""
        sel, ign = set(select), set(ignore)
        known = {r.code for r in self.rules} | {r.name for r in self.rules}
        unknown = sorted((sel | ign) - known)
        if unknown:
            raise RuleError(f"unknown rule {unknown[0]!r}; `crosscheck rules` lists the codes and names")
        kept = tuple(r for r in self.rules if (not sel or {r.code, r.name} & sel) and not ({r.code, r.name} & ign))
        return evolve(self, rules=kept)

    def get(self, code_or_name: str) -> Rule:
        for r in self.rules:
            if code_or_name in (r.code, r.name):
                return r
        raise RuleError(f"unknown rule {code_or_name!r}; `crosscheck rules` lists the codes and names")


def default_rules_dir() -> Path:
    """The packaged default pack; in a source checkout, the top-level ``rules/`` folder."""
    # Beside this module, where setuptools installs the package data (importlib.resources would give the same
    # folder for an installed package, and costs 8 ms of imports at every start).
    packaged = Path(__file__).resolve().parent / "_rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules"


def load_pack(extra_dirs: Sequence[Path] = (), include_default: bool = True) -> RulePack:
    """Load the default pack and any extra packs; later files override alignment values and add rules.

    When the command line has turned the cache on (:mod:`crosscheck.cache`), a pack loaded before from the same
    files (same paths, sizes and modification times) by the same code is read back from it instead: parsing and
    checking the TOML is most of a pack's load time."""
    dirs = ([default_rules_dir()] if include_default else []) + list(extra_dirs)
    from crosscheck import cache

    if cache.folder() is None:
        return _load_pack(dirs)
    name = f"pack-{cache.stamp(_pack_files(dirs), cache.code_key())}.pickle"
    payload = cache.read(name)
    if payload is not None:
        import pickle

        try:
            pack = pickle.loads(payload)  # our own file, checked whole (crosscheck.cache)
        except Exception:  # an unreadable cache is no error: the pack is loaded as without one
            pack = None
        if isinstance(pack, RulePack):
            return pack
    pack = _load_pack(dirs)
    import pickle

    cache.write(name, pickle.dumps(pack, protocol=pickle.HIGHEST_PROTOCOL))
    cache.prune("pack-", keep=8)  # a pack of each of the last few rule folders or versions
    return pack


def _pack_files(dirs: Sequence[Path]) -> list[Path]:
    """The folders and the rule files a pack is loaded from (what its cache entry depends on)."""
    out: list[Path] = []
    for d in dirs:
        out.append(d.resolve())
        if d.is_dir():
            out += sorted(f.resolve() for f in d.glob("*.toml"))
    return out


def _load_pack(dirs: Sequence[Path]) -> RulePack:
    rules: list[Rule] = []
    thresholds: dict[str, Any] = {}
    weights: dict[str, float] = {}  # of the statement model: a later file may override one weight
    names: dict[str, tuple[str, EntityType]] = {}  # alias data: a later file may add names or relink one
    titles: dict[str, str] = {}
    prefixes: dict[str, EntityType] = {}
    nouns: dict[str, EntityType] = {}
    families: dict[str, PredicateFamily] = {}  # a later file may add a family or replace one by its name
    kindred: dict[str, list[str]] = {}  # classes of counted nouns by name, likewise
    general: dict[str, list[str]] = {}  # the general words of those classes, by the class's name
    lists: dict[str, set[str]] = {key: set() for key in FRAME_LISTS}  # [frames] word lists, added up
    reach: int | None = None  # [frames] family_reach: a later file overrides it
    spellings: dict[str, dict[str, list[str]]] = {table: {} for table in NAME_TABLES}  # a later file adds forms
    settings: dict[str, dict[str, float | int]] = {"copies": {}, "stories": {}}  # a later file overrides a value
    for d in dirs:
        if not d.is_dir():
            raise RuleError(f"{d}: rule pack folder not found")
        files = sorted(d.glob("*.toml"))
        if not files:
            raise RuleError(f"{d}: no *.toml rule files in this folder")
        for f in files:
            data = read_file(f)  # parsed once: TOML parsing is most of the time a pack takes to load
            file_rules, file_alignment = load_file(f, data)
            file_aliases = load_aliases(f, data)
            names.update(file_aliases.names)
            titles.update(file_aliases.titles)
            prefixes.update(file_aliases.prefixes)
            nouns.update(file_aliases.nouns)
            file_families, file_lists, file_reach = load_frames(f, data)
            families.update({family.name: family for family in file_families})
            reach = reach if file_reach is None else file_reach
            file_kindred, file_general = load_kindred(f, data)
            kindred.update(file_kindred)
            general.update(file_general)
            for table, groups in load_name_tables(f, data).items():
                for key, forms in groups.items():
                    spellings[table].setdefault(key, []).extend(forms)
            for key, found in file_lists.items():
                lists[key] |= found
            rules += file_rules
            for table, config in SETTINGS.items():
                settings[table].update(_settings(f, table, data.get(table, {}), config))
            weights.update(file_alignment.pop("statement_model", {}))
            thresholds.update(file_alignment)
    seen: dict[str, str] = {}
    for r in rules:
        for key in (r.code, r.name):
            if key in seen:
                raise RuleError(f"{r.origin}: rule {key!r} is defined twice (also in {seen[key]})")
            seen[key] = r.origin
    alignment = AlignConfig(
        **thresholds,
        statement_model=StatementModel(**weights),
        kindred=_classes(kindred),
        properties=frozenset(lists["properties"]),
        counters=_counters(kindred, general, lists["counters"]),
        nicknames=name_table(spellings["nicknames"]),
        transliterations=name_table(spellings["transliterations"], among=True),
    )
    aliases = Aliases(names=names, titles=titles, prefixes=prefixes, nouns=nouns)
    frames = FrameLexicon(
        families=tuple(families.values()),
        verbs=frozenset(lists["verbs"]),
        transparent=frozenset(lists["transparent"]),
        others=frozenset(lists["others"]),
        properties=frozenset(lists["properties"]),
        **({} if reach is None else {"family_reach": reach}),
    )
    return RulePack(
        rules=tuple(rules),
        alignment=alignment,
        aliases=aliases,
        frames=frames,
        copies=CopyConfig(**settings["copies"]),  # type: ignore[arg-type]  # checked by _settings
        stories=StoryConfig(**settings["stories"]),  # type: ignore[arg-type]
    )


def read_file(path: Path) -> dict[str, Any]:
    """The parsed TOML of one pack file, its top-level keys checked."""
    import tomllib  # only when a file is parsed: a cached pack needs no TOML parser

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise RuleError(f"{path}: cannot be read ({e})") from None
    except tomllib.TOMLDecodeError as e:
        raise RuleError(f"{path}: not valid TOML ({e})") from None
    unknown = set(data) - {
        "rule",
        "alignment",
        "alias",
        "title",
        "prefix",
        "predicate",
        "frames",
        "kindred",
        *SETTINGS,
        *NAME_TABLES,
    }
    if unknown:
        raise RuleError(
            f"{path}: unknown top-level key {sorted(unknown)[0]!r} (expected 'rule', 'alignment', 'alias', 'title', "
            "'prefix', 'predicate', 'frames', 'kindred', 'copies', 'stories', 'nicknames' or 'transliterations')"
        )
    return data


def load_file(path: Path, data: Mapping[str, Any]) -> tuple[list[Rule], dict[str, Any]]:
    """The ``[[rule]]`` tables and the ``[alignment]`` table of one pack file (``data``, read by :func:`read_file`)."""
    alignment = _alignment(path, data.get("alignment", {}))
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        raise RuleError(f"{path}: 'rule' must be an array of tables ([[rule]])")
    return [_rule(path, i, raw) for i, raw in enumerate(raw_rules)], alignment


def load_aliases(path: Path, data: Mapping[str, Any]) -> Aliases:
    """The ``[[alias]]``, ``[[title]]`` and ``[[prefix]]`` tables of one pack file (``data``, read by
    :func:`read_file`): written form -> (canonical name, type); lower-cased title form -> canonical title; a prefix
    written as part of a name -> type, and a lower-case noun written before a name -> type. Every canonical name is
    also a form of itself."""
    names: dict[str, tuple[str, EntityType]] = {}
    titles: dict[str, str] = {}
    prefixes: dict[str, EntityType] = {}
    nouns: dict[str, EntityType] = {}
    types = ", ".join(t.value for t in EntityType)
    tables = (
        ("alias", {"name", "type", "names"}),
        ("title", {"name", "names"}),
        ("prefix", {"type", "names", "nouns"}),
    )
    for table, allowed in tables:
        for where, entry in _tables(path, data, table, allowed):
            if table == "prefix":
                kind = _entity_type(where, entry, types)
                for key, into in (("names", prefixes), ("nouns", nouns)):
                    words = _strings(where, key, entry.get(key, []))
                    if key == "nouns" and any(not w.islower() or " " in w for w in words):
                        raise RuleError(f"{where}: 'nouns' must be single words in lower case")
                    into.update(dict.fromkeys(words, kind))
                continue
            name, forms = entry.get("name"), entry.get("names", [])
            if not isinstance(name, str) or not name.strip():
                raise RuleError(f"{where}: 'name' is required and must be a non-empty string")
            named = f"{path}: {table} {name!r}"
            forms = _strings(named, "names", forms)
            if table == "title":
                titles.update({f.lower(): name for f in (name, *forms)})
                continue
            kind = _entity_type(named, entry, types)
            for form in (name, *forms):
                if form in names and names[form][0] != name:
                    raise RuleError(f"{named}: name {form!r} is already a name of {names[form][0]!r}")
                names[form] = (name, kind)
    return Aliases(names=names, titles=titles, prefixes=prefixes, nouns=nouns)


# internal and immutable: a NamedTuple, built at import for a fifth of what an attrs class costs (docs/speed.md)
class FrameExample(NamedTuple):
    """A predicate family's example: in ``text``, the claim written ``claim`` has a frame with ``predicate``."""

    family: str
    text: str
    claim: str
    predicate: str
    origin: str


FRAME_LISTS = ("verbs", "transparent", "properties", "others", "counters")  # the word lists of a pack's [frames] table


def load_frames(path: Path, data: Mapping[str, Any]) -> tuple[list[PredicateFamily], dict[str, set[str]], int | None]:
    """The ``[[predicate]]`` tables (predicate families) and the ``[frames]`` table's word lists (FRAME_LISTS) and
    ``family_reach`` (None when the file does not set it) of one pack file."""
    families = []
    for where, entry in _tables(path, data, "predicate", {"name", "words", "reporting", "toll", "figures", "examples"}):
        name = entry.get("name")
        if not isinstance(name, str) or not _NAME.match(name):
            raise RuleError(f"{where}: 'name' is required: lower-case words joined by hyphens")
        named = f"{path}: predicate {name!r}"
        words = _strings(named, "words", entry.get("words"))
        if any(w != w.lower() or w != w.strip() for w in words):
            raise RuleError(f"{named}: 'words' must be in lower case, without spaces around them")
        reporting = entry.get("reporting", False)
        if not isinstance(reporting, bool):
            raise RuleError(f"{named}: 'reporting' must be true or false")
        toll = entry.get("toll")
        if toll is not None and toll not in TOLLS:
            raise RuleError(f"{named}: 'toll' must be one of {', '.join(TOLLS)}")
        figures = entry.get("figures", True)
        if not isinstance(figures, bool):
            raise RuleError(f"{named}: 'figures' must be true or false")
        frame_examples(named, name, entry.get("examples"))
        families.append(PredicateFamily(name=name, words=tuple(words), reporting=reporting, toll=toll, figures=figures))
    table = data.get("frames", {})
    if not isinstance(table, dict):
        raise RuleError(f"{path}: 'frames' must be a table")
    allowed = {*FRAME_LISTS, "family_reach"}
    for key in sorted(set(table) - allowed):
        raise RuleError(f"{path}: frames: unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
    reach = table.get("family_reach")
    if reach is not None and (not isinstance(reach, int) or isinstance(reach, bool) or not 0 <= reach <= 20):
        raise RuleError(f"{path}: frames: 'family_reach' must be a whole number of words from 0 to 20")
    lists = {key: _strings(f"{path}: frames", key, table.get(key, [])) for key in FRAME_LISTS}
    return families, {key: {w.lower() for w in found} for key, found in lists.items()}, reach


def load_kindred(path: Path, data: Mapping[str, Any]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The ``[[kindred]]`` tables of one pack file: classes of counted nouns, and the general words of each class
    ("vehicle" of cars and trucks), by name."""
    out: dict[str, list[str]] = {}
    general: dict[str, list[str]] = {}
    for where, entry in _tables(path, data, "kindred", {"name", "nouns", "general"}):
        name = entry.get("name")
        if not isinstance(name, str) or not _NAME.match(name):
            raise RuleError(f"{where}: 'name' is required: lower-case words joined by hyphens")
        nouns = _strings(f"{path}: kindred {name!r}", "nouns", entry.get("nouns"))
        if len(nouns) < 2 or any(n != n.lower() or " " in n for n in nouns):
            raise RuleError(f"{path}: kindred {name!r}: 'nouns' must be two or more single words in lower case")
        words = _strings(f"{path}: kindred {name!r}", "general", entry.get("general", []))
        if any(w != w.lower() or " " in w or w in nouns for w in words):
            raise RuleError(f"{path}: kindred {name!r}: 'general' must be single words in lower case, not its nouns")
        out[name] = nouns
        general[name] = words
    return out, general


NAME_TABLES = ("nicknames", "transliterations")


def load_name_tables(path: Path, data: Mapping[str, Any]) -> dict[str, dict[str, list[str]]]:
    """The ``[nicknames]`` and ``[transliterations]`` tables of one pack file (rules/names.toml): a given name to
    its other written forms. Each key and form must be one name (letters, with hyphens, apostrophes or dots)."""
    out: dict[str, dict[str, list[str]]] = {}
    for table in NAME_TABLES:
        raw = data.get(table, {})
        if not isinstance(raw, dict):
            raise RuleError(f"{path}: {table!r} must be a table of name = [forms]")
        found: dict[str, list[str]] = {}
        for key, forms in raw.items():
            where = f"{path}: {table}.{key}"
            if not _ONE_NAME.match(key):
                raise RuleError(f"{where}: the key must be one name in letters")
            if (
                not isinstance(forms, list)
                or not forms
                or not all(isinstance(f, str) and _ONE_NAME.match(f) for f in forms)
            ):
                raise RuleError(f"{where}: must be a non-empty list of names (one word each, in letters)")
            found[key] = forms
        out[table] = found
    return out


_ONE_NAME = compiled(r"^[^\W\d_](?:[^\W\d_]|['.-](?=[^\W\d_]))*\.?$")


# AlignConfig's fields that hold data from the pack's word tables, not tuned numbers
DATA_FIELDS = ("kindred", "properties", "counters")


def _counters(
    kindred: Mapping[str, Sequence[str]], general: Mapping[str, Sequence[str]], any_noun: set[str]
) -> dict[str, int]:
    """The generic counters: each general word of a ``[[kindred]]`` class to the class's number ("vehicle" counts
    cars and trucks), and each ``[frames] counters`` word to ANY_NOUN ("units", "items": whatever the clause names)."""
    numbers = {name: n for n, name in enumerate(kindred)}
    out = {word: numbers[name] for name, words in general.items() if name in numbers for word in words}
    out.update(dict.fromkeys(any_noun, ANY_NOUN))
    return out


def _classes(kindred: Mapping[str, Sequence[str]]) -> dict[str, int]:
    """Each counted noun of the ``[[kindred]]`` tables to the number of its class (a noun in two keeps the
    first)."""
    out: dict[str, int] = {}
    for group, nouns in enumerate(kindred.values()):
        for noun in nouns:
            out.setdefault(noun, group)
    return out


def frame_examples(where: str, family: str, raw: Any) -> list[FrameExample]:
    """A predicate family's ``examples``, checked: at least one, each a table of ``text``, ``claim`` (a
    substring of the text) and ``predicate``."""
    if not isinstance(raw, list) or not raw:
        raise RuleError(f"{where}: 'examples' is required: a list of {{text, claim, predicate}} tables")
    out = []
    for k, ex in enumerate(raw):
        if not isinstance(ex, dict) or set(ex) != {"text", "claim", "predicate"}:
            raise RuleError(f"{where}: examples[{k}] must be a table of text, claim and predicate")
        if not all(isinstance(v, str) and v for v in ex.values()) or ex["claim"] not in ex["text"]:
            raise RuleError(f"{where}: examples[{k}]: strings, and 'claim' must be written in 'text'")
        out.append(FrameExample(family, ex["text"], ex["claim"], ex["predicate"], where))
    return out


def _tables(path: Path, data: Mapping[str, Any], table: str, allowed: set[str]) -> list[tuple[str, dict[str, Any]]]:
    """The ``[[table]]`` entries of one pack file, each with where it is (``file: table[i]``), checked to be tables
    with only ``allowed`` keys."""
    raw = data.get(table, [])
    if not isinstance(raw, list):
        raise RuleError(f"{path}: {table!r} must be an array of tables ([[{table}]])")
    out = []
    for i, entry in enumerate(raw):
        where = f"{path}: {table}[{i}]"
        if not isinstance(entry, dict):
            raise RuleError(f"{where}: must be a table")
        for key in sorted(set(entry) - allowed):
            raise RuleError(f"{where}: unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
        out.append((where, entry))
    return out


def _strings(where: str, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(f, str) and f.strip() for f in value):
        raise RuleError(f"{where}: {key!r} must be a list of non-empty strings")
    return value


def _entity_type(where: str, entry: Mapping[str, Any], types: str) -> EntityType:
    if entry.get("type") not in [t.value for t in EntityType]:
        raise RuleError(f"{where}: 'type' must be one of {types}")
    return EntityType(entry["type"])


def _alignment(path: Path, raw: Any) -> dict[str, Any]:
    """The ``[alignment]`` table: numbers for the thresholds, a ``statement_model`` table of model weights."""
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: 'alignment' must be a table")
    thresholds = {a.name for a in fields(AlignConfig)} - {*DATA_FIELDS, *NAME_TABLES}  # data
    flat = {k: v for k, v in raw.items() if k != "statement_model"}
    out: dict[str, Any] = _numbers(path, "alignment", flat, thresholds)
    if "statement_model" in raw:
        weights = {a.name for a in fields(StatementModel)}
        out["statement_model"] = _numbers(path, "alignment.statement_model", raw["statement_model"], weights)
    return out


# Tables of settings read into a typed config: the table's name to its class (attrs, every field a number).
SETTINGS: dict[str, type] = {"copies": CopyConfig, "stories": StoryConfig}


def _settings(path: Path, table: str, raw: Any, config: type) -> dict[str, float | int]:
    """A ``[copies]`` or ``[stories]`` table: its keys are the config's fields; an ``int`` field takes a whole
    number of at least 1, a ``float`` field a number from 0 (a share, ``max_df`` or ``containment``, at most 1)."""
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: '{table}' must be a table")
    types = {a.name: a.type for a in fields(config)}
    out: dict[str, float | int] = {}
    for key, value in raw.items():
        where = f"{path}: {table}.{key}"
        if key not in types:
            raise RuleError(f"{where}: unknown key (allowed: {', '.join(sorted(types))})")
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise RuleError(f"{where}: must be a number")
        if types[key] in (int, "int"):
            if value != int(value) or value < 1:
                raise RuleError(f"{where}: must be a whole number of at least 1")
            out[key] = int(value)
            continue
        if value < 0 or (key in _SHARES and value > 1):
            raise RuleError(f"{where}: must be " + ("between 0 and 1" if key in _SHARES else "at least 0"))
        out[key] = float(value)
    return out


_SHARES = frozenset({"containment", "max_df", "join"})


def _numbers(path: Path, where: str, raw: Any, allowed: set[str]) -> dict[str, float]:
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: {where}: must be a table")
    out: dict[str, float] = {}
    for key, value in raw.items():
        if key not in allowed:
            raise RuleError(f"{path}: {where}.{key}: unknown key (allowed: {', '.join(sorted(allowed))})")
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise RuleError(f"{path}: {where}.{key}: must be a number")
        out[key] = float(value)
    return out


def _rule(path: Path, i: int, raw: Any) -> Rule:
    where = f"{path}: rule[{i}]"
    if not isinstance(raw, dict):
        raise RuleError(f"{where}: must be a table")
    if isinstance(raw.get("code"), str):
        where = f"{path}: rule {raw['code']}"
    for key in sorted(set(raw) - _RULE_KEYS):
        raise RuleError(f"{where}: unknown key {key!r}")
    for key in ("code", "name", "kind", "verdict", "message"):
        if not isinstance(raw.get(key), str):
            raise RuleError(f"{where}: '{key}' is required and must be a string")
    code, name, kind = raw["code"], raw["name"], raw["kind"]
    if not _CODE.match(code):
        raise RuleError(f"{where}: 'code' {code!r} must be 1-3 capitals and 3 digits, e.g. N101")
    if not _NAME.match(name):
        raise RuleError(f"{where}: 'name' {name!r} must be lower-case words joined by hyphens")
    if kind not in KINDS:
        raise RuleError(f"{where}: 'kind' {kind!r} is not one of {', '.join(KINDS)}")
    try:
        verdict = Verdict(raw["verdict"])
    except ValueError:
        raise RuleError(f"{where}: 'verdict' must be agreement, discrepancy or single-source") from None
    if verdict not in KINDS[kind].verdicts:
        raise RuleError(f"{where}: 'verdict' {verdict.value!r} is not given by kind {kind!r}")
    severity = None
    if verdict is Verdict.DISCREPANCY:
        if raw.get("severity") not in ("hard", "soft"):
            raise RuleError(f"{where}: 'severity' must be 'hard' or 'soft' for a discrepancy")
        severity = Severity(raw["severity"])
    elif "severity" in raw:
        raise RuleError(f"{where}: 'severity' is only for discrepancies")
    _check_message(where, raw["message"])
    summary = raw.get("summary", "")
    if not isinstance(summary, str) or "\n" in summary:
        raise RuleError(f"{where}: 'summary' must be a one-line string")
    params = KINDS[kind].read_params(where, raw.get("params", {}))
    examples = _examples(where, raw.get("examples", []))
    return Rule(code, name, kind, verdict, severity, raw["message"], params, examples, str(path), summary)


def _check_message(where: str, message: str) -> None:
    import string  # only when a rule file is parsed: a cached pack needs no template parser

    try:
        parsed = list(string.Formatter().parse(message))
    except ValueError as e:
        raise RuleError(f"{where}: 'message' is not a valid template ({e})") from None
    for _, field_name, spec, conv in parsed:
        if field_name is None:
            continue
        if field_name not in MESSAGE_FIELDS or spec or conv:
            raise RuleError(
                f"{where}: 'message' field {{{field_name}}} is not allowed (use {', '.join(sorted(MESSAGE_FIELDS))})"
            )


def _examples(where: str, raw: Any) -> tuple[Example, ...]:
    if not isinstance(raw, list) or not raw:
        raise RuleError(f"{where}: 'examples' must list at least one example (a, b, expect)")
    out = []
    for j, ex in enumerate(raw):
        if not isinstance(ex, dict) or set(ex) - _EXAMPLE_KEYS or not all(k in ex for k in _EXAMPLE_KEYS):
            raise RuleError(f"{where}: examples[{j}]: needs exactly the keys a, b and expect")
        if not isinstance(ex["a"], str) or not isinstance(ex["b"], str) or ex["expect"] not in ("match", "no-match"):
            raise RuleError(f"{where}: examples[{j}]: a and b are strings; expect is 'match' or 'no-match'")
        out.append(Example(a=ex["a"], b=ex["b"], expect=ex["expect"] == "match"))
    return tuple(out)


def rules_markdown(pack: RulePack) -> str:
    """The rule table of docs/rules.md, as Markdown: one row per rule of ``pack`` in its order.

    ``crosscheck rules --format markdown`` prints it; tests/test_docs.py fails when docs/rules.md differs.
    """
    lines = ["| code | name | verdict | kind | what it finds |", "| --- | --- | --- | --- | --- |"]
    for r in pack.rules:
        verdict = f"{r.verdict.value} ({r.severity.value})" if r.severity else r.verdict.value
        about = (r.summary or r.message).replace("|", "\\|")
        lines.append(f"| {r.code} | `{r.name}` | {verdict} | `{r.kind}` | {about} |")
    return "\n".join(lines) + "\n"
