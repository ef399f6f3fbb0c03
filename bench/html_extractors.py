#!/usr/bin/env python3
"""Compare HTML main-text extractors on news pages: did the article come out, did the boilerplate stay out, how fast.

Usage (each extractor installed in the Python that runs this; those that are missing are skipped):

    python bench/html_extractors.py ../shared/data/ecbplus [--pages 60]

The pages are built here: ECB+ articles (Cybulska & Vossen 2014, CC BY 3.0) wrapped in the boilerplate a news
site puts around a story, in three layouts (an ``<article>`` element; ``<div>``s only; a story split by an ad and
a "read more" box): a cookie banner, header and navigation, a breaking-news ticker, share buttons, ads, a
"most read" sidebar with other headlines, related links, a newsletter box, scripts and JSON-LD, reader comments
and a footer. Per extractor it prints:

* ``recall``: the share of the article's sentences (lines) found whole in the extracted text (spaces normalised);
* ``leak``: the share of boilerplate marker phrases found in it (each boilerplate block has a unique phrase);
* ``exact``: the share of pages with every article line and no boilerplate;
* ``ms/page``: mean wall time of one extraction (noisy on a shared machine: compare, do not quote to 0.1 ms).
"""

from __future__ import annotations

import argparse
import html
import random
import time
from collections.abc import Callable
from pathlib import Path

Extractor = Callable[[str], str]

BOILERPLATE = {
    "cookie": "We use cookies to improve your experience on our site. Accept all cookies or manage preferences.",
    "nav": "Home World Business Politics Entertainment Sport Science Health Opinion Video",
    "ticker": "Breaking news: markets close higher as investors await the central bank decision",
    "share": "Share this story on Facebook Twitter LinkedIn Email Print this article",
    "ad": "Advertisement: Save 40 percent on your first year of premium digital access today",
    "mostread": "Most read: Celebrity chef opens new restaurant in downtown Seattle after long delay",
    "related": "Related coverage: Five things you need to know about the new tax rules this year",
    "newsletter": "Sign up for our daily newsletter and get the top stories delivered to your inbox",
    "comments": "Comments are moderated. I cannot believe this happened again, what a shame for everyone",
    "footer": "Copyright 2024 Daily Example Media Group. All rights reserved. Terms of use. Privacy policy.",
    "author": "About the author: Jane Example covers national news and has reported from twelve countries",
}


def page(title: str, lines: list[str], layout: int) -> str:
    b = {k: html.escape(v) for k, v in BOILERPLATE.items()}
    paras = [f"<p>{html.escape(line)}</p>" for line in lines]
    if layout == 2 and len(paras) > 3:  # an ad and a read-more box inside the story
        cut = len(paras) // 2
        paras[cut:cut] = [
            f'<div class="ad-slot"><span>{b["ad"]}</span></div>',
            f'<aside class="read-more"><a href="/r/1">{b["related"]}</a></aside>',
        ]
    body = "\n".join(paras)
    most_read = "".join(f'<li><a href="/s/{i}">{b["mostread"]} {i}</a></li>' for i in range(1, 6))
    comments = "".join(
        f'<div class="comment"><span class="user">reader{i}</span><p>{b["comments"]} {i}</p></div>' for i in range(3)
    )
    script = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
        + html.escape(title)
        + '", "datePublished": "2010-05-05T10:00:00Z"}</script>\n'
        "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>"
    )
    head = (
        f"<head><meta charset='utf-8'><title>{html.escape(title)} | Daily Example</title>"
        f'<meta property="og:title" content="{html.escape(title)}">'
        '<meta property="article:published_time" content="2010-05-05T10:00:00Z">'
        '<meta property="og:site_name" content="Daily Example">'
        f"<style>body{{font-family:sans-serif}} .ad-slot{{height:250px}}</style>{script}</head>"
    )
    top = (
        f'<div id="cookie-banner"><p>{b["cookie"]}</p><button>Accept</button></div>'
        f'<header><a href="/" class="logo">Daily Example</a><nav><ul>'
        + "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in BOILERPLATE["nav"].split())
        + f'</ul></nav><div class="ticker">{b["ticker"]}</div></header>'
    )
    share = f'<div class="share">{b["share"]}</div>'
    headline = f"<h1>{html.escape(title)}</h1><p class='byline'>By Jane Example, May 5, 2010</p>"
    side = (
        f'<aside class="sidebar"><h3>Most read</h3><ol>{most_read}</ol>'
        f'<div class="ad">{b["ad"]}</div><div class="newsletter"><p>{b["newsletter"]}</p>'
        "<form><input type='email'><button>Subscribe</button></form></div></aside>"
    )
    after = (
        f'<div class="author-box"><p>{b["author"]}</p></div>'
        f'<section class="related"><h2>Related</h2><ul><li><a href="/r/2">{b["related"]}</a></li></ul></section>'
        f'<section id="comments"><h2>Comments</h2>{comments}</section>'
    )
    foot = f"<footer><p>{b['footer']}</p></footer>"
    if layout == 0:
        main = f"<main><article>{headline}{share}<div class='article-body'>{body}</div></article>{after}</main>{side}"
    else:
        main = (
            f'<div id="content"><div class="col-main">{headline}{share}<div class="story-text">{body}</div>{after}'
            f"</div>{side}</div>"
        )
    return f"<!DOCTYPE html><html lang='en'>{head}<body>{top}{main}{foot}</body></html>"


def pages(root: Path, count: int) -> list[tuple[str, list[str]]]:
    rng = random.Random(5)
    files = sorted(root.glob("*/*.txt"))
    rng.shuffle(files)
    out: list[tuple[str, list[str]]] = []
    for f in files:
        lines = [line.strip() for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        if len(lines) < 4:
            continue
        title, body = lines[0], lines[1:]
        out.append((page(title, body, len(out) % 3), body))
        if len(out) == count:
            break
    return out


def _norm(s: str) -> str:
    return " ".join(s.split())


def extractors() -> dict[str, Extractor]:
    found: dict[str, Extractor] = {}
    try:
        import trafilatura

        def traf(h: str) -> str:
            return trafilatura.extract(h, include_comments=False, include_tables=True, favor_precision=False) or ""

        found["trafilatura"] = traf
    except ImportError:
        pass
    try:
        from readability import Document

        def readab(h: str) -> str:
            import lxml.html

            summary = Document(h).summary(html_partial=True)
            tree = lxml.html.fromstring(summary)
            for block in tree.iter("p", "div", "h1", "h2", "h3", "li", "br"):
                block.tail = "\n" + (block.tail or "")
            return str(tree.text_content())

        found["readability-lxml"] = readab
    except ImportError:
        pass
    try:
        import justext

        def jt(h: str) -> str:
            paras = justext.justext(h.encode("utf-8"), justext.get_stoplist("English"), encoding="utf-8")
            return "\n".join(p.text for p in paras if not p.is_boilerplate)

        found["justext"] = jt
    except ImportError:
        pass
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        def rp(h: str) -> str:
            return str(extract_plain_text(HTMLTree.parse(h), main_content=True))

        found["resiliparse"] = rp
    except ImportError:
        pass
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("ecbplus", type=Path)
    parser.add_argument("--pages", type=int, default=60)
    args = parser.parse_args()
    data = pages(args.ecbplus, args.pages)
    markers = list(BOILERPLATE.values())
    for name, extract in extractors().items():
        extract(data[0][0])  # warm up: imports, models
        found = total = leaked = exact = 0
        elapsed = 0.0
        for h, lines in data:
            t0 = time.perf_counter()
            text = _norm(extract(h))
            elapsed += time.perf_counter() - t0
            hits = sum(_norm(line) in text for line in lines)
            leaks = sum(_norm(m)[:40] in text for m in markers)
            found, total, leaked = found + hits, total + len(lines), leaked + leaks
            exact += hits == len(lines) and leaks == 0
        n = len(data)
        print(
            f"{name:18} recall {found / total:.3f}  leak {leaked / (n * len(markers)):.3f}  "
            f"exact {exact / n:.3f}  {1000 * elapsed / n:.1f} ms/page  ({n} pages)"
        )


if __name__ == "__main__":
    main()
