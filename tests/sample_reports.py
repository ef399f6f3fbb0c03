"""Hand-built reports for the renderer tests: real article texts, evidence at real offsets, three sources.

The sentences are adapted from ECB+ (Cybulska & Vossen 2014, CC BY 3.0); the hostile line (markup, pipes,
percent signs, commas and colons) is there to test escaping in every format.
"""

from __future__ import annotations

from attrs import evolve

from crosscheck.model import Article, ClaimKind, Evidence, Finding, Report, RuleRef, Severity, Verdict

HOSTILE = 'Her rep said: <script>alert("x")</script> & *stars* | pipes, 100% sure [sic].'

TEXT_A = (
    "Tara Reid checks into rehab\n"
    "Tara Reid checked herself into Promises Treatment Center on Tuesday.\n"
    "The blast killed 80 people, officials said.\n"
    f"{HOSTILE}\n"
)
TEXT_B = (
    "Tara Reid checked herself into Promises Treatment Center on Wednesday.\n"
    "The blast killed 95 people, officials said.\n"
)
TEXT_C = "Tara Reid checked herself into Promises Treatment Center, her rep said.\nHer stay began on Tuesday.\n"


def evidence(article: Article, phrase: str, nth: int = 0) -> Evidence:
    """The ``nth`` occurrence of ``phrase`` in ``article`` as evidence (offsets found, not typed by hand)."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(phrase, start + 1)
    return Evidence(article.id, start, start + len(phrase), phrase)


def finding(
    verdict: Verdict,
    severity: Severity | None,
    code: str,
    message: str,
    *items: Evidence,
    kind: ClaimKind = ClaimKind.STATEMENT,
) -> Finding:
    return Finding(
        verdict=verdict,
        severity=severity,
        rule=RuleRef(code=code, name=code.lower() + "-rule"),
        kind=kind,
        message=message,
        claims=tuple(f"{e.source}{i}" for i, e in enumerate(items)),
        evidence=items,
    )


def articles() -> tuple[Article, Article, Article]:
    return (
        Article(
            id="A", path="drafts/reid, rehab.txt", text=TEXT_A, title="Tara Reid checks into rehab", date="2008-12-05"
        ),
        Article(id="B", path="wire/b.txt", text=TEXT_B, outlet="Wire | Service"),
        Article(id="C", path="wire/c.txt", text=TEXT_C),
    )


def three_sources() -> Report:
    """Every verdict, evidence from three sources, findings deliberately out of display order."""
    a, b, c = articles()
    findings = (
        finding(
            Verdict.AGREEMENT,
            None,
            "S001",
            "All report the check-in.",
            evidence(a, "Tara Reid checked herself into Promises Treatment Center on Tuesday."),
            evidence(b, "Tara Reid checked herself into Promises Treatment Center on Wednesday."),
            evidence(c, "Tara Reid checked herself into Promises Treatment Center, her rep said."),
        ),
        finding(Verdict.SINGLE_SOURCE, None, "U004", "Only A reports this: 100%,\nsure", evidence(a, HOSTILE)),
        finding(
            Verdict.DISCREPANCY,
            Severity.SOFT,
            "D102",
            "The days differ: B “Wednesday”, C “Tuesday”.",
            evidence(b, "on Wednesday"),
            evidence(c, "on Tuesday"),
            kind=ClaimKind.DATE,
        ),
        finding(
            Verdict.DISCREPANCY,
            Severity.HARD,
            "N101",
            "The figures cannot both be true: A says “80 people”, B says “95 people”.",
            evidence(a, "The blast killed 80 people, officials said."),
            evidence(b, "The blast killed 95 people, officials said."),
            kind=ClaimKind.QUANTITY,
        ),
        finding(
            Verdict.AGREEMENT,
            None,
            "D001",
            "Both give the same day.",
            evidence(a, "Tuesday"),
            evidence(c, "Tuesday"),
            kind=ClaimKind.DATE,
        ),
        finding(Verdict.SINGLE_SOURCE, None, "U004", "Only C reports this.", evidence(c, "Her stay began on Tuesday.")),
    )
    return Report(sources=(a, b, c), claims=(), findings=findings)


def two_sources() -> Report:
    """The same, restricted to A and B: C's evidence dropped, and the findings left with too little."""
    report = three_sources()
    kept = []
    for f in report.findings:
        items = tuple(e for e in f.evidence if e.source in "AB")
        if len(items) == len(f.evidence) or (f.verdict is Verdict.AGREEMENT and len(items) >= 2):
            kept.append(evolve(f, evidence=items))
    return Report(sources=report.sources[:2], claims=(), findings=tuple(kept))
