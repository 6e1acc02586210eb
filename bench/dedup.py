"""Deduplication against UCDP's own grouping of reports into events.

Each row of ``ucdp_*_report_clusters.csv`` is one report (a headline, its outlet and
its date) that UCDP assigned to one event (``cluster_id``). A report that told several
events appears once per event, with the same text: vigil reads that as one article
telling several events, so those rows become reports of one article (and, like any
article's reports, are never merged with each other). Every headline is coded once by
the real coder (cached under /tmp between runs), the reports are resolved by
``vigil.resolve.incidents.resolve`` exactly as ``vigil ingest`` does, and vigil's
incidents are scored against ``cluster_id``:

- B-cubed precision / recall / F1 (per report, averaged), and
- pairwise precision / recall / F1 over pairs of reports put together (no credit
  for singletons),

beside two naive baselines: every report alone, and one incident per day and country.

Two adapters, both switchable, stand between the file and vigil: the coder is told the
feed's country (the file is one country's feed, as a monitor reads it: ``Article.country``,
so "Russian jets" do not move a Syrian strike to Russia, and an unplaced report still gets
the country; ``--no-feed-country`` turns this off), and a headline the coder reads as no event ("Syria
Daily Report 01/02/2016", "May 4th 2021: (X12) a town, a province") gets an untyped report
(type "Other", the date the headline states or else its published date, its outlet, its
words and the place the geocoder reads in it) that may join an incident; ``--no-untyped`` scores those rows alone instead. With the
pair model and average-link clustering the untyped reports raise pairwise recall more than
they cost precision (measured on both splits at ``--sample 800``), so they are on by default.

``--fit`` refits the pair model (:mod:`vigil.resolve.weights`) on the tune split at several
densities and prints the weights; ``--link-threshold`` overrides the clustering threshold
while tuning.

    .venv/bin/python bench/dedup.py                    # tune split (2016-17), report split (2018-19), all
    .venv/bin/python bench/dedup.py --sample 3000      # a seeded sample of events, for quick iteration
    .venv/bin/python bench/dedup.py --csv other.csv --split all

The split is by the year of the event UCDP dated (so no event is cut in two). Syria is
crowded (about 25 reports a day); ``--sample 800`` thins it to roughly the density of the
held-back countries (there the baselines score 0.850 / 0.000 and 0.788 / 0.278; here
0.897 / 0.000 and 0.787 / 0.296), which is where the crowding term in the score matters.

The whole file (``--split all`` without ``--sample``) scores far lower pairwise than the
samples, and not through a cap or giant clusters: no candidate limit exists (the date
window keeps about three in four gold pairs as candidates, as in samples), and vigil
merges little there. About 40 reports fall within a day of each other, mostly one outlet's
headlines, so the pair model's prior (``crowd``) rightly puts most pairs below the bar,
and a headline's words rarely single out which of those 40 tells the same event: a pair
model fitted on the whole 2016-17 file reaches a pairwise F1 of about 0.14 on the whole
2018-19 file at its best threshold (0.53 at sample density). Two in three of the
missed gold pairs there take in a daily toll bulletin that UCDP lists under several of
the day's events, which no headline can assign. Lowering the bar there buys
pairwise F1 with B-cubed (bar -1.8: 0.854 / 0.152, against 0.875 / 0.106 at the default).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import functools
import hashlib
import os
import pickle
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from vigil.domain import Article, Location, Report  # noqa: E402
from vigil.resolve import incidents  # noqa: E402
from vigil.resolve.incidents import blocks, resolve  # noqa: E402
from vigil.resolve.match import candidate_pairs, features, idf, profiles  # noqa: E402
from vigil.store import StoredReport  # noqa: E402
from vigil.taxonomy import SubEventType  # noqa: E402

if TYPE_CHECKING:
    from vigil.extract.geocode import Geocoder

CACHE = Path(os.environ.get("VIGIL_DEDUP_CACHE", "/tmp/vigil-dedup-cache"))


def shared_dir() -> Path:
    return Path(os.environ.get("VIGIL_SHARED") or REPO.parent / "shared")


@dataclass(frozen=True, slots=True)
class Row:
    row: int  # the row's index in the file: the report's id
    cluster: str
    text: str
    outlet: str
    published: date | None
    event_year: int
    country: str


def load_rows(path: Path) -> list[Row]:
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            try:
                published: date | None = date.fromisoformat(r["source_date"])
            except ValueError:
                published = None
            out.append(
                Row(
                    row=i,
                    cluster=r["cluster_id"],
                    text=r["text"].strip(),
                    outlet=r["source_office"].strip(),
                    published=published,
                    event_year=int(r["event_date_start"][:4]),
                    country=r["country"],
                )
            )
    return out


def article_key(r: Row) -> tuple[str, str, str]:
    return (r.text, r.outlet, r.published.isoformat() if r.published else "")


def code_articles(
    keys: Sequence[tuple[str, str, str]],
    *,
    countries: dict[tuple[str, str, str], str] | None = None,
    quiet: bool = False,
) -> dict[tuple[str, str, str], tuple[Report, ...]]:
    """Each article's reports, from the cache or from the real coder (then cached).

    ``countries`` gives each article its feed's country, as a monitor reading one
    country's feed would tell the coder (``Article.country``); such codings are cached
    apart from the plain ones.
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    # --recode (or deleting it) refreshes it after the coder changes
    path = CACHE / ("coded-feed.pkl" if countries else "coded.pkl")
    cache: dict[tuple[str, str, str], tuple[Report, ...]] = {}
    if path.exists():
        with path.open("rb") as fh:
            cache = pickle.load(fh)
    todo = [k for k in dict.fromkeys(keys) if k not in cache]
    if todo:
        from vigil.extract.coder import Coder, Resources

        coder = Coder(Resources.load())
        started = time.perf_counter()
        articles = (
            Article(
                text=t,
                outlet=o or None,
                published=date.fromisoformat(p) if p else None,
                origin="ucdp",
                country=countries.get((t, o, p)) if countries else None,
            )
            for t, o, p in todo
        )
        for n, (key, result) in enumerate(
            zip(todo, coder.code_many(articles, batch_size=64), strict=True), 1
        ):
            cache[key] = () if isinstance(result, Exception) else result.reports
            if n % 1000 == 0:
                if not quiet:
                    rate = n / (time.perf_counter() - started)
                    print(f"  coded {n}/{len(todo)} ({rate:.0f}/s)", file=sys.stderr)
                _save(cache, path)
        _save(cache, path)
    return {k: cache[k] for k in keys}


def _save(cache: dict[tuple[str, str, str], tuple[Report, ...]], path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(cache, fh)
    tmp.replace(path)


if __name__ == "__main__" and sys.argv[1:2] == ["--code-only"]:
    rows = load_rows(shared_dir() / "data" / "ucdp" / "ucdp_syria_report_clusters.csv")
    code_articles([article_key(r) for r in rows], countries={article_key(r): r.country for r in rows})


# -- building the reports vigil resolves ------------------------------------------


MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
WRITTEN_DATE = re.compile(
    r"\b("
    + "|".join(MONTHS)
    + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*-\s*\d{1,2}(?:st|nd|rd|th)?)?,?\s+(\d{4})",
    re.IGNORECASE,
)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
HEADLINE_DATE_DAYS = 62  # a date in a headline is the event's when it is at most this long before publication


def headline_date(text: str, published: date | None) -> date | None:
    """The date a bare headline states ("May 4th 2021: (X12) a town", "Daily Report 04/05/2021").

    Monthly digests (Airwars) are published weeks after the events they list, so for a
    headline with no event the stated date, not the published one, is the event's day.
    Numeric dates are read day first (as the feeds write them), month first as a fallback.
    """
    found: list[date] = []
    for m in WRITTEN_DATE.finditer(text):
        with contextlib.suppress(ValueError):
            found.append(date(int(m[3]), MONTHS.index(m[1].lower()) + 1, int(m[2])))
    for m in NUMERIC_DATE.finditer(text):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        for day, month in ((a, b), (b, a)):
            with contextlib.suppress(ValueError):
                found.append(date(y, month, day))
                break
    for d in found:
        if published is None or 0 <= (published - d).days <= HEADLINE_DATE_DAYS:
            return d
    return None


def untyped(r: Row, country: str | None = None) -> Report:
    """A report for a headline the coder read as no event: type "Other", no actor.

    Only the published date (or the date the headline states), the outlet, the words and
    the place the headline names are left to match it on. The place is the geocoder's
    reading of the headline (``country`` as its hint): digests name it ("(S1298) Al Ferdos,
    Raqqa city, Raqqa governorate"), and without it such a report could only match on its
    day. Measured at ``--sample 800`` over two sets of seeds: pairwise and B-cubed F1 up
    on both splits, or level.
    """
    day = headline_date(r.text, r.published)
    return Report(
        sub_event_type=SubEventType.OTHER,
        actor1=None,
        sentences=(r.text,),
        event_date=day,
        time_precision=1 if day else 3,
        location=headline_place(r.text, country),
    )


@functools.cache
def _geocoder() -> Geocoder:
    from vigil.extract.gazetteer import Gazetteer
    from vigil.extract.geocode import Geocoder

    return Geocoder(Gazetteer.load())


@functools.lru_cache(maxsize=65536)
def headline_place(text: str, country: str | None) -> Location | None:
    """Where a bare headline says it happened, as the coder's geocoder reads it (or None)."""
    return _geocoder().locate(text, country_hint=country)


def with_feed_country(report: Report, country: str) -> Report:
    """A report the coder could not place is given the country of the feed it came from."""
    if report.location is not None:
        return report
    return replace(report, location=Location(name=country, country=country, geo_precision=3))


def stored_reports(
    rows: Sequence[Row],
    coded: dict[tuple[str, str, str], tuple[Report, ...]],
    *,
    feed_country: bool = True,
    no_event: bool = False,
) -> tuple[list[StoredReport], dict[int, str]]:
    """One article per distinct (text, outlet, date); its rows are its reports, in file order.

    Returns the reports to resolve and, for each scored row, the key of its report. A
    headline coded as no event gets an untyped report (``no_event``), else no report: its
    rows are then scored as reports alone.
    """
    by_article: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for r in rows:
        by_article[article_key(r)].append(r)
    out: list[StoredReport] = []
    row_key: dict[int, str] = {}
    for n, (akey, members) in enumerate(sorted(by_article.items())):
        reports = coded.get(akey, ())
        if not reports and no_event:
            reports = (untyped(members[0], members[0].country if feed_country else None),)
        if feed_country:
            reports = tuple(with_feed_country(rep, members[0].country) for rep in reports)
        sha = hashlib.sha256("\x1f".join(akey).encode()).hexdigest()
        if not reports:
            for r in members:
                row_key[r.row] = f"none:{r.row}"
            continue
        count = max(len(members), len(reports))
        for ordinal in range(count):
            key = f"{sha}:{ordinal}"
            out.append(
                StoredReport(
                    id=len(out) + 1,
                    key=key,
                    article_id=n + 1,
                    article_ref=str(members[0].row),
                    outlet=members[0].outlet or None,
                    published=members[0].published,
                    ordinal=ordinal,
                    principal=ordinal == 0,
                    report=reports[ordinal % len(reports)],
                )
            )
            if ordinal < len(members):
                row_key[members[ordinal].row] = key
    return out, row_key


# -- scoring ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Scores:
    b3_p: float
    b3_r: float
    b3_f: float
    pw_p: float
    pw_r: float
    pw_f: float

    def line(self) -> str:
        return (
            f"B-cubed P {self.b3_p:.3f} R {self.b3_r:.3f} F1 {self.b3_f:.3f} · "
            f"pairwise P {self.pw_p:.3f} R {self.pw_r:.3f} F1 {self.pw_f:.3f}"
        )


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: dict[int, str], pred: dict[int, str]) -> Scores:
    """B-cubed and pairwise scores of a predicted grouping of items against the gold one."""
    items = sorted(gold)
    gsets: dict[str, set[int]] = defaultdict(set)
    psets: dict[str, set[int]] = defaultdict(set)
    for i in items:
        gsets[gold[i]].add(i)
        psets[pred[i]].add(i)
    bp = br = 0.0
    for i in items:
        g, p = gsets[gold[i]], psets[pred[i]]
        both = len(g & p)
        bp += both / len(p)
        br += both / len(g)
    n = len(items) or 1
    bp, br = bp / n, br / n
    joint: Counter[tuple[str, str]] = Counter((gold[i], pred[i]) for i in items)
    true_pairs = sum(c * (c - 1) // 2 for c in joint.values())
    pred_pairs = sum(len(s) * (len(s) - 1) // 2 for s in psets.values())
    gold_pairs = sum(len(s) * (len(s) - 1) // 2 for s in gsets.values())
    pp = true_pairs / pred_pairs if pred_pairs else 0.0
    pr = true_pairs / gold_pairs if gold_pairs else 0.0
    return Scores(bp, br, _f1(bp, br), pp, pr, _f1(pp, pr))


def evaluate(
    rows: Sequence[Row], coded: dict[tuple[str, str, str], tuple[Report, ...]], **options: bool
) -> dict[str, Scores]:
    """vigil and the two baselines on these rows (resolved on their own)."""
    reports, row_key = stored_reports(rows, coded, **options)
    incident_of: dict[str, str] = {}
    for inc in resolve(reports):
        for k in inc.report_keys:
            incident_of[k] = inc.key
    gold = {r.row: r.cluster for r in rows}
    vigil = {r.row: incident_of.get(row_key[r.row], row_key[r.row]) for r in rows}
    alone = {r.row: str(r.row) for r in rows}
    per_day = {r.row: f"{r.country}:{r.published}" for r in rows}
    return {
        "vigil": score(gold, vigil),
        "every report alone": score(gold, alone),
        "one per day and country": score(gold, per_day),
    }


# -- fitting the pair model ------------------------------------------------------

FIT_SAMPLES = ((800, 1), (800, 2), (800, 3), (800, 4), (800, 5), (1500, 6), (3000, 7), (None, 0))
FULL_WEIGHT = 0.05  # the whole crowded file has ~100 times the pairs; it must not drown the rest


def labelled_pairs(
    rows: Sequence[Row], coded: dict[tuple[str, str, str], tuple[Report, ...]], **options: bool
) -> list[tuple[dict[str, float], bool]]:
    """Every candidate pair's features (as vigil scores them) and whether UCDP put them together."""
    reports, row_key = stored_reports(rows, coded, **options)
    cluster_of = {row_key[r.row]: r.cluster for r in rows}
    out = []
    for block in blocks(reports):
        ps = profiles(block)
        idfs = idf(ps)
        for x, y in candidate_pairs(ps):
            found = features(x, y, idfs)
            if found is not None and x.key in cluster_of and y.key in cluster_of:
                out.append((found[0], cluster_of[x.key] == cluster_of[y.key]))
    return out


def fit(rows: Sequence[Row], coded: dict[tuple[str, str, str], tuple[Report, ...]], **options: bool) -> None:
    """Fit the pair model on samples of these rows at several densities; print the weights."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    clusters = sorted({r.cluster for r in rows})
    data: list[tuple[dict[str, float], bool, float]] = []
    for n, seed in FIT_SAMPLES:
        keep = set(random.Random(seed).sample(clusters, min(n, len(clusters)))) if n else set(clusters)
        pairs = labelled_pairs([r for r in rows if r.cluster in keep], coded, **options)
        data += [(f, y, 1.0 if n else FULL_WEIGHT) for f, y in pairs]
        print(
            f"  sample {n or 'all'} (seed {seed}): {len(pairs)} pairs, {sum(y for _, y in pairs)} same event"
        )
    names = sorted({k for f, _, _ in data for k in f})
    x = np.array([[f.get(k, 0.0) for k in names] for f, _, _ in data])
    y = np.array([label for _, label, _ in data])
    w = np.array([weight for _, _, weight in data])
    model = LogisticRegression(C=10.0, fit_intercept=False, max_iter=5000).fit(x, y, sample_weight=w)
    print("WEIGHTS = {")
    for k, c in zip(names, model.coef_[0], strict=True):
        print(f'    "{k}": {round(float(c), 1)},')
    print("}")


SPLITS: dict[str, Callable[[Row], bool]] = {
    "tune (2016-2017)": lambda r: r.event_year <= 2017,
    "report (2018-2019)": lambda r: r.event_year >= 2018,
    "all": lambda r: True,
}


def _wanted(split: str) -> list[str]:
    return {"tune": ["tune (2016-2017)"], "report": ["report (2018-2019)"], "all": ["all"]}.get(
        split, list(SPLITS)
    )


def mean_over_seeds(rows: Sequence[Row], n: int, seeds: Sequence[int], split: str, **options: bool) -> None:
    """Each split's vigil scores averaged over seeded samples of ``n`` events (one sample is noisy)."""
    clusters = sorted({r.cluster for r in rows})
    feeds = {article_key(r): r.country for r in rows} if options.get("feed_country", True) else None
    coded = code_articles([article_key(r) for r in rows], countries=feeds)
    found: dict[str, list[Scores]] = defaultdict(list)
    for seed in seeds:
        keep = set(random.Random(seed).sample(clusters, min(n, len(clusters))))
        sample = [r for r in rows if r.cluster in keep]
        for name in _wanted(split):
            part = [r for r in sample if SPLITS[name](r)]
            found[name].append(evaluate(part, coded, **options)["vigil"])
    print(f"vigil, mean over --sample {n} --seed {', '.join(map(str, seeds))}:")
    for name, scores in found.items():
        mean = Scores(*(sum(getattr(s, f.name) for s in scores) / len(scores) for f in fields(Scores)))
        print(
            f"  {name:20} {mean.line()}  (pairwise F1 per seed: {' '.join(f'{s.pw_f:.3f}' for s in scores)})"
        )


def main(argv: Iterable[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", type=Path, default=None, help="report clusters CSV (default: the Syria file)")
    ap.add_argument("--split", choices=("tune", "report", "all", "every"), default="every")
    ap.add_argument("--limit", type=int, default=None, help="only the first N events (by cluster id)")
    ap.add_argument("--sample", type=int, default=None, help="a seeded random sample of N events")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--recode", action="store_true", help="ignore the cache of coded headlines")
    ap.add_argument("--no-feed-country", action="store_true", help="do not tell the coder the feed's country")
    ap.add_argument(
        "--no-untyped",
        action="store_true",
        help="score no-event headlines alone (default: an untyped report)",
    )
    ap.add_argument("--fit", action="store_true", help="fit the pair model on the tune split and print it")
    ap.add_argument(
        "--link-threshold", type=float, default=None, help="override the clustering's LINK_THRESHOLD (tuning)"
    )
    ap.add_argument(
        "--group-bonus", type=float, default=None, help="override the clustering's GROUP_BONUS (tuning)"
    )
    ap.add_argument(
        "--seeds",
        default=None,
        help="comma-separated seeds: with --sample, print each split's mean over these samples",
    )
    args = ap.parse_args(list(argv) if argv is not None else None)
    if args.link_threshold is not None:
        incidents.LINK_THRESHOLD = args.link_threshold
    if args.group_bonus is not None:
        incidents.GROUP_BONUS = args.group_bonus
    path = args.csv or shared_dir() / "data" / "ucdp" / "ucdp_syria_report_clusters.csv"
    rows = load_rows(path)
    clusters = sorted({r.cluster for r in rows})
    if args.sample and args.seeds:
        seeds = [int(s) for s in args.seeds.split(",")]
        mean_over_seeds(
            rows,
            args.sample,
            seeds,
            args.split,
            feed_country=not args.no_feed_country,
            no_event=not args.no_untyped,
        )
        return
    if args.sample:
        keep = set(random.Random(args.seed).sample(clusters, min(args.sample, len(clusters))))
        rows = [r for r in rows if r.cluster in keep]
    elif args.limit:
        keep = set(clusters[: args.limit])
        rows = [r for r in rows if r.cluster in keep]
    if args.recode:
        (CACHE / "coded.pkl").unlink(missing_ok=True)
        (CACHE / "coded-feed.pkl").unlink(missing_ok=True)
    started = time.perf_counter()
    feeds = None if args.no_feed_country else {article_key(r): r.country for r in rows}
    coded = code_articles([article_key(r) for r in rows], countries=feeds)
    coded_s = time.perf_counter() - started
    none = sum(1 for r in rows if not coded[article_key(r)])
    print(
        f"{path.name}: {len(rows)} report rows, {len({r.cluster for r in rows})} events, "
        f"{len({article_key(r) for r in rows})} articles; {none} rows coded as no event (untyped reports unless --no-untyped)"
    )
    if args.fit:
        fit(
            [r for r in rows if r.event_year <= 2017],
            coded,
            feed_country=not args.no_feed_country,
            no_event=not args.no_untyped,
        )
        return
    wanted = _wanted(args.split)
    for name in wanted:
        part = [r for r in rows if SPLITS[name](r)]
        if not part:
            print(f"\n{name}: no rows in this selection")
            continue
        t0 = time.perf_counter()
        result = evaluate(part, coded, feed_country=not args.no_feed_country, no_event=not args.no_untyped)
        took = time.perf_counter() - t0
        print(
            f"\n{name}: {len(part)} rows, {len({r.cluster for r in part})} events (resolved in {took:.1f} s)"
        )
        for label, s in result.items():
            print(f"  {label:24} {s.line()}")
    print(f"\n(coding or cache load {coded_s:.1f} s)")


if __name__ == "__main__" and sys.argv[1:2] != ["--code-only"]:
    main()
