"""Build a realistic throughput corpus of 300-800-word news reports into /tmp (never the repo).

About one third tell political violence or protest, as in a real feed:
- Times of India articles from IndiaPoliceEvents that its annotators labelled
  with a police event, trimmed or extended to article length;
- ACLED notes of one country stitched into an article: a lead event, follow-up
  events, and background paragraphs from templates.
The rest is ordinary news: IndiaPoliceEvents articles with no event label and
business, sport, weather, science and culture stories from templates, some of
which use words an event filter trips on ("lost", "March", "agreement").

    .venv/bin/python bench/make_corpus.py --n 600 --out /tmp/vigil-bench/corpus.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(os.environ.get("VIGIL_SHARED") or Path(__file__).resolve().parents[2] / "shared")
MIN_WORDS, MAX_WORDS = 300, 800

BACKGROUND = [
    "The region has seen repeated unrest in recent months, and residents say services remain scarce.",
    "Local officials said they were still gathering information and urged people to remain calm.",
    "Aid agencies said access to the area had been limited because roads were in poor condition.",
    "Analysts say the violence reflects long-running disputes over land, water and political power.",
    "The government has promised an investigation, but previous inquiries have rarely been published.",
    "Residents described a tense atmosphere in the town, with many shops closed for the day.",
    "Security forces were deployed to the area later in the day, according to witnesses.",
    "Human rights groups called on all sides to protect civilians and allow humanitarian access.",
]

TOPICS = {
    "business": [
        "Shares in {co} rose {n} percent on {day} after the company reported higher quarterly revenue.",
        "The central bank of {place} kept its benchmark rate at {n} percent, citing stable inflation.",
        "Analysts expect demand for {thing} to grow as households spend more on home improvements.",
        "{co} said it would open {n} new stores next year and hire several hundred staff.",
        "Exporters welcomed the trade agreement, which cuts tariffs on {thing} over five years.",
        "The company lost ground in the second quarter as input costs climbed and margins narrowed.",
        "Economists said consumer confidence in {place} had improved for a third straight month.",
        "Investors will watch the March figures for signs that the recovery is broadening.",
    ],
    "sport": [
        "{place} beat their rivals {n}-1 on {day}, with a late goal from their young captain.",
        "The coach said the squad had trained hard and was ready for the tournament in {place}.",
        "The defending champions lost their opening match but recovered to top the group.",
        "Tickets for the final sold out within hours, organisers said on {day}.",
        "The veteran striker has scored {n} goals this season, the most in the league.",
        "Fans gathered outside the stadium hours before kick-off, singing and waving flags.",
        "The club confirmed that its new training ground would open before the season starts.",
    ],
    "weather": [
        "Forecasters expect temperatures in {place} to reach {n} degrees later this week.",
        "Farmers welcomed the early rains, which arrived two weeks ahead of the usual season.",
        "The meteorological office said a cold front would bring showers to the coast on {day}.",
        "Reservoir levels have risen to {n} percent of capacity after a wet month.",
        "Officials advised residents to drink plenty of water during the hot afternoons.",
    ],
    "science": [
        "Researchers at the university of {place} published a study on {thing} in a leading journal.",
        "The team measured {n} samples over three years and found a steady improvement.",
        "The space agency said its new satellite would help map crops and forests.",
        "Scientists said the results needed to be confirmed by larger trials before doctors use them.",
        "The museum opened a new gallery on the history of {thing}, with interactive displays.",
    ],
    "culture": [
        "The film festival in {place} opened on {day} with a drama about a family of weavers.",
        "The novelist read from her new book to a packed hall, and signed copies afterwards.",
        "Organisers said {n} thousand visitors attended the three-day music festival.",
        "The orchestra will tour {n} cities next spring, including a concert in {place}.",
        "Critics praised the exhibition for its bold use of colour and its careful curation.",
    ],
}
FILL = {
    "co": ["Northwind Foods", "Asteria Motors", "Blue Delta Telecom", "Karoo Mining", "Lumen Retail"],
    "place": ["Nairobi", "Lagos", "Dhaka", "Lima", "Accra", "Hanoi", "Quito", "Kampala", "Lusaka"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    "thing": ["solar panels", "coffee", "rice", "textiles", "batteries", "cement", "tea"],
}


def fill(rng: random.Random, template: str) -> str:
    return template.format(n=rng.randint(2, 60), **{k: rng.choice(v) for k, v in FILL.items()})


def fit(rng: random.Random, text: str, pad: list[str]) -> str:
    """Trim at a sentence end below MAX_WORDS, or add paragraphs until MIN_WORDS."""
    words = text.split()
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    if len(words) > target:
        cut = " ".join(words[:target])
        end = cut.rfind(". ")
        return cut[: end + 1] if end > len(cut) // 2 else cut + "."
    paras = [text]
    while sum(len(p.split()) for p in paras) < max(MIN_WORDS, min(target, 450)):
        paras.append(" ".join(rng.sample(pad, k=min(3, len(pad)))))
    return "\n\n".join(paras)


def ordinary(rng: random.Random) -> str:
    topic = rng.choice(sorted(TOPICS))
    bank = TOPICS[topic]
    paras = []
    while sum(len(p.split()) for p in paras) < rng.randint(MIN_WORDS, MAX_WORDS):
        paras.append(" ".join(fill(rng, t) for t in rng.sample(bank, k=min(4, len(bank)))))
    return "\n\n".join(paras)


def india(shared: Path) -> tuple[list[str], list[str]]:
    """IndiaPoliceEvents articles with and without a labelled police event."""
    labelled, unlabelled = [], []
    path = shared / "data/text/IndiaPoliceEvents/data/final/docs.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["doc_text"].encode("cp1252", "ignore").decode("utf-8", "ignore")
        (labelled if doc["doc_labels"] else unlabelled).append(text)
    return labelled, unlabelled


def acled_articles(shared: Path, rng: random.Random) -> Iterator[str]:
    """Articles stitched from several ACLED notes of one country, with background paragraphs."""
    by_country: dict[str, list[str]] = defaultdict(list)
    with (shared / "data/acled/acled_world.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["notes"] and len(row["notes"].split()) > 12:
                by_country[row["country"]].append(row["notes"])
    countries = sorted(c for c, notes in by_country.items() if len(notes) >= 6)
    while True:
        notes = rng.sample(by_country[rng.choice(countries)], k=rng.randint(3, 6))
        body = [notes[0], *(f"In a separate incident, {n[0].lower()}{n[1:]}" for n in notes[1:])]
        yield fit(rng, "\n\n".join(body), BACKGROUND)


def build(n: int, seed: int, shared: Path) -> Iterator[dict[str, object]]:
    rng = random.Random(seed)
    labelled, unlabelled = india(shared)
    rng.shuffle(labelled)
    rng.shuffle(unlabelled)
    stitched = acled_articles(shared, rng)
    for i in range(n):
        relevant = i % 3 == 0
        if relevant:
            text = fit(rng, labelled.pop(), BACKGROUND) if (i // 3) % 2 and labelled else next(stitched)
        else:
            text = (
                fit(rng, unlabelled.pop(), TOPICS["business"]) if i % 3 == 1 and unlabelled else ordinary(rng)
            )
        yield {"id": f"bench-{i:06d}", "text": text, "published": "2024-03-15", "relevant": relevant}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--out", type=Path, default=Path("/tmp/vigil-bench/corpus.jsonl"))
    args = ap.parse_args()
    if not (SHARED / "data").is_dir():
        raise SystemExit(f"shared data not found at {SHARED} (set VIGIL_SHARED)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    words = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for row in build(args.n, args.seed, SHARED):
            words += len(str(row["text"]).split())
            fh.write(json.dumps(row) + "\n")
    print(f"wrote {args.n} articles, {words} words ({words / args.n:.0f} per article) to {args.out}")


if __name__ == "__main__":
    main()
