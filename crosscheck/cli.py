"""The command line: parse arguments, call the library, render. One error handler, fixed exit codes.

Exit codes: 0 no finding at or above ``--fail-on``; 1 at least one; 2 usage or input error (one line on
stderr, no traceback).
"""

from __future__ import annotations

import contextlib
import datetime
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

import click

from crosscheck import __version__
from crosscheck.config import (
    DEFAULT_FAIL_ON,
    FAIL_LEVELS,
    FORMATS,
    Config,
    find_config,
    load_config,
    rules_folder_problem,
)
from crosscheck.errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, BatchError, CrosscheckError, UsageError

# The pipeline (claims, alignment, rules) is imported inside the commands that run it, and Rich only to render
# for a terminal: `--help`, `--version` and usage errors start without them, and `compare --json` never loads
# Rich. See docs/speed.md.
if TYPE_CHECKING:
    from crosscheck.model import Article, Report, Verdict
    from crosscheck.render.layout import View
    from crosscheck.rules import Rule, RulePack


# Where the documentation is, at the foot of every --help (an installed package has no README beside it).
DOCS = "Every command and option: docs/cli.md in crosscheck's repository (docs/ has the rest)."


def _epilog(command: str) -> str:
    return f"Every option of {command}, with examples: docs/cli.md in crosscheck's repository."


class _Group(click.Group):
    """Routes every crosscheck and click error to one handler: a one-line message and exit code 2."""

    def main(self, *args: Any, **kwargs: Any) -> NoReturn:
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except CrosscheckError as e:
            _fail(str(e), e.exit_code)
        except click.exceptions.NoArgsIsHelpError:
            _fail("no command given; use compare, batch, claims or rules (see 'crosscheck --help')", EXIT_ERROR)
        except click.exceptions.Abort:
            _fail("aborted", EXIT_ERROR)
        except click.UsageError as e:
            _fail(f"{e.format_message()} (see '{_command_path(e.ctx)} --help')", EXIT_ERROR)
        except click.ClickException as e:
            _fail(e.format_message(), EXIT_ERROR)
        except click.exceptions.Exit as e:
            sys.exit(e.exit_code)
        except BrokenPipeError:
            _silence_stdout()
            sys.exit(EXIT_OK)
        except Exception as e:  # a bug: still one line and no traceback, unless CROSSCHECK_DEBUG is set
            if os.environ.get("CROSSCHECK_DEBUG"):
                raise
            _fail(
                f"internal error ({type(e).__name__}: {e}); this is a bug in crosscheck, please report it with the "
                "command and input files (set CROSSCHECK_DEBUG=1 for the traceback)",
                EXIT_ERROR,
            )
        sys.exit(code if isinstance(code, int) else EXIT_OK)


def _fail(message: str, code: int) -> NoReturn:
    """Print ``crosscheck: error: <message>`` as exactly one line on stderr and exit with ``code``."""
    click.echo(f"crosscheck: error: {' '.join(message.split())}", err=True)
    sys.exit(code)


def _command_path(ctx: click.Context | None) -> str:
    """``crosscheck compare`` for the context of the subcommand, whatever name the program was started with."""
    names: list[str] = []
    while ctx is not None:
        names.append((ctx.info_name or "") if ctx.parent is not None else "crosscheck")
        ctx = ctx.parent
    return " ".join(reversed(names)) if names else "crosscheck"


def _silence_stdout() -> None:
    """After a broken pipe (``crosscheck ... | head``), send the rest of stdout nowhere so Python exits quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]}, epilog=DOCS)
@click.version_option(__version__, prog_name="crosscheck")
def main() -> None:
    """Cross-check news articles: agreements, discrepancies and single-source claims."""


_rules_option = click.option(
    "--rules",
    "rule_dirs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Add the rule pack in this folder (repeatable; after the config file's).",
)


def _fail_on_option(what: str) -> Callable[[Any], Any]:
    return click.option(
        "--fail-on",
        type=click.Choice(FAIL_LEVELS),
        default=DEFAULT_FAIL_ON,
        show_default=True,
        help=f"Exit 1 when {what} a finding at or above this level; overrides the config file.",
    )


_select_option = click.option(
    "--select", default="", help="Only these rules (comma-separated codes or names); replaces the config file's."
)
_ignore_option = click.option(
    "--ignore", default="", help="Skip these rules (comma-separated codes or names); replaces the config file's."
)


_config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Read this configuration file instead of looking for crosscheck.toml or pyproject.toml.",
)
_date_option = click.option(
    "--date",
    "dates",
    multiple=True,
    metavar="YYYY-MM-DD",
    help="Publication date, for 'yesterday' or 'last week': once for every article, or once per article in order. "
    "Wins over a date line in the text.",
)
_isolated_option = click.option(
    "--isolated", "--no-config", "isolated", is_flag=True, help="Ignore any configuration file."
)


def _config(config_file: Path | None, isolated: bool) -> Config:
    """The configuration in effect: none with ``--isolated``, ``--config FILE``, or the one found from here up."""
    if isolated:
        if config_file is not None:
            raise UsageError("--config and --isolated: give one or the other")
        return Config()
    path = config_file or find_config(Path.cwd())
    return load_config(path) if path else Config()


def _dated(articles: Sequence[Article], dates: Sequence[str]) -> list[Article]:
    """The articles with the ``--date`` values: one for all of them, or one each in order."""
    if not dates:
        return list(articles)
    if len(dates) not in (1, len(articles)):
        raise UsageError(
            f"--date given {len(dates)} times for {len(articles)} articles; give it once (for all) or once per article"
        )
    for d in dates:
        try:
            datetime.date.fromisoformat(d)
        except ValueError:
            raise UsageError(f"--date {d}: not a date; give it as YYYY-MM-DD, e.g. --date 2010-05-05") from None
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", d):
            raise UsageError(f"--date {d}: give it as YYYY-MM-DD, e.g. --date 2010-05-05")
    from attrs import evolve

    each = list(dates) if len(dates) == len(articles) else list(dates) * len(articles)
    return [evolve(a, date=d) for a, d in zip(articles, each, strict=True)]


def _given(name: str) -> bool:
    """Whether the option ``name`` was given (on the command line), not left at its default: then it wins
    over the config file."""
    source = click.get_current_context().get_parameter_source(name)
    return source is not None and source is not click.core.ParameterSource.DEFAULT


def _known(pack: RulePack) -> set[str]:
    return {r.code for r in pack.rules} | {r.name for r in pack.rules}


def _codes(option: str, value: str, known: set[str]) -> list[str]:
    """The comma-separated rule codes or names of ``--select``/``--ignore``, each checked against ``known``."""
    codes = [s.strip() for s in value.split(",") if s.strip()]
    for c in codes:
        if c not in known:
            raise UsageError(f"{option} {c}: unknown rule code or name; `crosscheck rules` lists them")
    return codes


def _load(config: Config, rule_dirs: Sequence[Path]) -> RulePack:
    """The default pack, the config file's rule folders, then the ``--rules`` folders (checked first, so the
    message names the option; :func:`load_config` has checked the file's)."""
    for d in rule_dirs:
        problem = rules_folder_problem(d)
        if problem:
            raise UsageError(f"--rules {d}: {problem}; give a folder of *.toml rule files")
    from crosscheck.rules import load_pack

    return load_pack(config.rule_folders(rule_dirs))


def _pack(config: Config, rule_dirs: Sequence[Path], select: str, ignore: str) -> RulePack:
    """The rule pack, with ``--select``/``--ignore`` replacing the config file's ``select``/``ignore``."""
    pack = _load(config, rule_dirs)
    known = _known(pack)
    selected = _codes("--select", select, known) if _given("select") else config.checked_codes("select", known)
    ignored = _codes("--ignore", ignore, known) if _given("ignore") else config.checked_codes("ignore", known)
    return pack.select(selected, ignored) if selected or ignored else pack


def _check_outputs(articles: Sequence[Path], outputs: dict[str, Path | None]) -> None:
    """Raise :class:`UsageError` when an output file is one of the articles, or two outputs are one file: writing
    it would replace what was read, or one output the other."""
    from crosscheck.read import same_file

    given = [(option, path) for option, path in outputs.items() if path is not None]
    for option, path in given:
        for article in articles:
            if str(article) != "-" and same_file(path, article):
                raise UsageError(f"{option} {path} is the article {article}; write the report to another file")
    for i, (option, path) in enumerate(given):
        for other, other_path in given[i + 1 :]:
            if same_file(path, other_path):
                raise UsageError(f"{option} and {other} are the same file ({path}); give each its own file")


@main.command("compare", epilog=_epilog("compare"))
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format (default rich: the terminal report); each is described in docs/output.md.",
)
@click.option("--json", "as_json", is_flag=True, help="Short for --format json (schema: schema/report.schema.json).")
@click.option(
    "--show",
    multiple=True,
    metavar="VERDICTS",
    help="List only these verdicts: agreement, discrepancy, single-source (comma-separated; repeatable).",
)
@click.option(
    "--hide",
    multiple=True,
    metavar="VERDICTS",
    help="Do not list these verdicts (comma-separated; repeatable). The summary still counts them.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print the summary line only.")
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Write the report to FILE (whole or not at all) instead of standard output.",
)
@_fail_on_option("there is")
@_rules_option
@_select_option
@_ignore_option
@click.option(
    "--baseline",
    "baseline",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Accept the findings recorded in this baseline file: they are left out, so only new ones fail.",
)
@click.option(
    "--write-baseline",
    "write_baseline_to",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Record every finding of this run in FILE (written whole or not at all) and exit 0.",
)
@_date_option
@_config_option
@_isolated_option
def compare_cmd(
    *,
    articles: tuple[Path, ...],
    dates: tuple[str, ...],
    fmt: str | None,
    as_json: bool,
    show: tuple[str, ...],
    hide: tuple[str, ...],
    quiet: bool,
    output: Path | None,
    fail_on: str,
    rule_dirs: tuple[Path, ...],
    select: str,
    ignore: str,
    config_file: Path | None,
    isolated: bool,
    baseline: Path | None,
    write_baseline_to: Path | None,
) -> int:
    """Compare two or more articles about the same event (a draft and its sources, or several outlets' reports).

    Each article is a .txt file, a .md file (with optional front matter: title, date, outlet), an .html page
    (with the html extra), or - for standard input.
    """
    if len(articles) < 2:
        raise UsageError(
            f"compare takes two or more article files, got {len(articles)}; e.g. crosscheck compare a.txt b.txt"
        )
    from crosscheck.read import check_distinct

    check_distinct(articles)
    output = None if output is not None and str(output) == "-" else output  # -o - is standard output
    _check_outputs(articles, {"--output": output, "--write-baseline": write_baseline_to})
    fmt = _format(fmt, as_json)
    view = _view(fmt, show, hide, quiet)
    from crosscheck.baseline import apply_baseline, load_baseline, write_baseline
    from crosscheck.model import source_id
    from crosscheck.read import read_article
    from crosscheck.report import compare, failing

    config = _config(config_file, isolated)
    pack = _pack(config, rule_dirs, select, ignore)
    known = load_baseline(baseline) if baseline is not None else None
    full = compare(_dated([read_article(p, source_id(i)) for i, p in enumerate(articles)], dates), pack)
    report = apply_baseline(full, known) if known is not None else full
    if write_baseline_to is not None:
        write_baseline(full, write_baseline_to)  # every finding of this run, whatever --baseline accepted
        _output(report, fmt, view, output)
        return EXIT_OK
    _output(report, fmt, view, output)
    return EXIT_FINDINGS if failing(report, fail_on if _given("fail_on") else config.fail_on) else EXIT_OK


@main.command("batch", epilog=_epilog("batch"))
@click.argument("jobs_source", metavar="JOBS", type=click.Path(path_type=Path))
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the JSON Lines results here (appending; ids already in it are skipped); default stdout.",
)
@click.option(
    "--jobs", "-j", "workers", type=click.IntRange(min=1), default=1, show_default=True, help="Local processes."
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run on this dask.distributed scheduler (e.g. tcp://host:8786) instead; needs the dask extra (docs/batch.md).",
)
@_fail_on_option("any job has")
@_rules_option
@_select_option
@_ignore_option
@_config_option
@_isolated_option
def batch_cmd(
    *,
    jobs_source: Path,
    output: Path | None,
    workers: int,
    scheduler: str | None,
    fail_on: str,
    rule_dirs: tuple[Path, ...],
    select: str,
    ignore: str,
    config_file: Path | None,
    isolated: bool,
) -> int:
    """Compare many pairs or clusters: JOBS is a JSON Lines file or a folder of cluster folders.

    Each result is one JSON line, written as its job finishes: {"id", "status": "ok", "report"} or
    {"id", "status": "error", "error"}. Rerun with the same --output to resume.
    """
    from crosscheck import batch

    if scheduler is not None and _given("workers"):
        raise UsageError("--jobs and --scheduler: give one or the other (the cluster decides its own workers)")
    config = _config(config_file, isolated)
    pack = _pack(config, rule_dirs, select, ignore)
    level = fail_on if _given("fail_on") else config.fail_on
    jobs = batch.read_jobs(jobs_source)
    done = batch.finished(output, level) if output is not None else {}
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(_append(output)) if output is not None else sys.stdout
        progress = stack.enter_context(_progress(len(jobs), len([j for j in jobs if j.id in done])))
        summary = batch.run_batch(
            jobs, pack, out, fail_on=level, done=done, workers=workers, scheduler=scheduler, progress=progress
        )
    if summary.errors:
        where = f"; every error is in {output}" if output is not None else ""
        raise BatchError(f"{summary.errors} of {summary.total} jobs errored (first: {summary.first_error}){where}")
    return EXIT_FINDINGS if summary.failing else EXIT_OK


def _append(path: Path) -> IO[str]:
    try:
        return path.open("a", encoding="utf-8")
    except OSError as e:
        raise UsageError(f"--output {path}: cannot be written ({e.strerror or e}); check the path") from None


@contextlib.contextmanager
def _progress(total: int, skipped: int) -> Iterator[Callable[[Any], None] | None]:
    """A Rich progress bar on stderr when it is a terminal; otherwise nothing (``None``)."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("batch"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task("batch", total=total, completed=skipped)
        yield lambda _outcome: bar.advance(task)


@main.command("claims", epilog=_epilog("claims"))
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the claims as JSON.")
@_date_option
@_rules_option
@_config_option
@_isolated_option
def claims_cmd(
    *,
    article: Path,
    as_json: bool,
    dates: tuple[str, ...],
    rule_dirs: tuple[Path, ...],
    config_file: Path | None,
    isolated: bool,
) -> int:
    """Show what crosscheck extracted from one article (names are typed and linked by the packs' alias data)."""
    from crosscheck.read import read_article
    from crosscheck.report import extract, to_json

    pack = _pack(_config(config_file, isolated), rule_dirs, "", "")
    report = extract(_dated([read_article(article, "A")], dates)[0], pack.aliases, pack.frames)
    if as_json:
        document = to_json(report)
        del document["findings"], document["summary"]
        click.echo(json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False))
    else:
        from crosscheck.render import render_claims

        render_claims(report, _console())
    return EXIT_OK


@main.command("rules", epilog=_epilog("rules"))
@click.argument("words", nargs=-1, metavar="[explain] [CODE]")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
    help="How to list the rules: text, or the Markdown table of docs/rules.md.",
)
@_rules_option
@_config_option
@_isolated_option
def rules_cmd(
    words: tuple[str, ...], fmt: str, rule_dirs: tuple[Path, ...], config_file: Path | None, isolated: bool
) -> int:
    """List the rules, or explain one (by code or name): its message, params, file and examples.

    `crosscheck rules CODE` is short for `crosscheck rules explain CODE`.
    """
    codes = words[1:] if words[:1] == ("explain",) else words
    if len(codes) > 1 or words == ("explain",):
        raise UsageError(f"rules {' '.join(words)}: give one rule code or name, e.g. crosscheck rules explain N101")
    pack = _load(_config(config_file, isolated), rule_dirs)
    if not codes and fmt == "markdown":
        from crosscheck.rules import rules_markdown

        click.echo(rules_markdown(pack), nl=False)
        return EXIT_OK
    if not codes:
        for r in pack.rules:
            click.echo(_rule_line(r))
        return EXIT_OK
    if codes[0] not in _known(pack):
        raise UsageError(f"rules {' '.join(words)}: unknown rule code or name; `crosscheck rules` lists them")
    r = pack.get(codes[0])
    click.echo(_rule_line(r))
    if r.summary:
        click.echo(f"  finds:   {r.summary}")
    click.echo(f"  message: {r.message}")
    click.echo(f"  params:  {dict(r.params)}")
    click.echo(f"  from:    {r.origin}")
    for ex in r.examples:
        click.echo(f"  example ({'fires' if ex.expect else 'does not fire'}):")
        click.echo(f"    a: {ex.a}")
        click.echo(f"    b: {ex.b}")
    return EXIT_OK


def _rule_line(r: Rule) -> str:
    sev = f" ({r.severity.value})" if r.severity else ""
    return f"{r.code}  {r.name:<26} {r.verdict.value}{sev}  [{r.kind}]"


def _format(fmt: str | None, as_json: bool) -> str:
    """The output format: ``--format``, or ``json`` for ``--json``; both only when they agree."""
    if as_json and fmt not in (None, "json"):
        raise UsageError(f"--json is short for --format json, and --format {fmt} was given too; give one of them")
    return "json" if as_json else fmt or "rich"


_VERDICT_NAMES = ("discrepancy", "agreement", "single-source")  # the values of model.Verdict, in report order


def _verdicts(option: str, values: Sequence[str]) -> set[Verdict]:
    """The verdicts named in ``--show``/``--hide`` values (each comma-separated)."""
    from crosscheck.model import Verdict

    chosen = set()
    for value in values:
        for name in (n.strip() for n in value.split(",")):
            if name not in _VERDICT_NAMES:
                raise UsageError(f"{option} {name or value!r}: not a verdict; use {', '.join(_VERDICT_NAMES)}")
            chosen.add(Verdict(name))
    return chosen


def _view(fmt: str, show: Sequence[str], hide: Sequence[str], quiet: bool) -> View | None:
    """What the report lists: the format's default verdicts, or ``--show``'s, less ``--hide``'s. ``None`` for JSON,
    which lists everything (and so never loads the renderers)."""
    shown, hidden = _verdicts("--show", show), _verdicts("--hide", hide)
    if fmt == "json":
        if show or hide or quiet:
            raise UsageError(
                "--show, --hide and --quiet do not apply to JSON, which always carries every finding; "
                "filter it in your script (e.g. jq), or use another --format"
            )
        return None
    if quiet and fmt in ("sarif", "github"):
        raise UsageError(f"--quiet does not apply to --format {fmt}, whose output is one entry per finding")
    from crosscheck.render import default_show
    from crosscheck.render.layout import View

    both = shown & hidden
    if both:
        name = next(n for n in _VERDICT_NAMES if n in {v.value for v in both})
        raise UsageError(f"--show and --hide both name {name}; give it to one of them")
    return View(show=(shown or default_show(fmt)) - hidden, quiet=quiet)


def _output(report: Report, fmt: str, view: View | None, output: Path | None) -> None:
    """Print ``report`` in ``fmt``, or write it to ``output`` whole. JSON never loads the renderers (nor Rich)."""
    if fmt == "json":
        from crosscheck.report import to_json

        text = json.dumps(to_json(report), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    elif fmt == "rich" and output is None:
        from crosscheck.render import render_report

        render_report(report, _console(), view)
        return
    else:
        from crosscheck.render import render

        text = render(report, fmt, view)
    if output is not None:
        from crosscheck.write import write_whole

        write_whole(output, text)
    else:
        click.echo(text, nl=False)


def _console() -> Any:
    from rich.console import Console

    return Console(highlight=False)
