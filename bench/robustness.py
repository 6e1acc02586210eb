"""Robustness: generated hostile inputs through the readers and the store, and kill -9 rounds.

Usage: .venv/bin/python bench/robustness.py [--inputs 1200] [--rounds 50] [--per-campaign 10] [--seed S]

Part 1 writes `--inputs` hostile files (random bytes, truncated UTF-8, NUL bytes, 10 MB lines,
deeply nested HTML, billion laughs, JSON with wrong types, ragged CSV, dates in 0025/9999,
absurd tolls, RTL and mixed scripts, lone surrogates, mutated valid inputs; see
tests/hardening/hostile.py), reads each one alone (a crash is any exception escaping the
reader), then ingests the whole folder with the real coder and counts records lost: accepted
articles that are neither stored nor quarantined by the coder, and rejections missing from
the quarantine table.

Part 2 runs `vigil ingest` (the installed entry point) over a corpus of the 32 demo articles,
100 filler articles and 3 bad files, and SIGKILLs it at random points until `--rounds` runs were
really killed mid-run (a run that finished first does not count); after each kill the store must
pass `PRAGMA integrity_check` and hold every article whole or not at all (compared with a clean
run). A store is killed until a run finishes on its own (at most `--per-campaign` kills), then a
re-run must complete the batch with no duplicates and the clean run's incidents.
Nothing from ../shared is read.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.hardening import hostile, procs  # noqa: E402

from vigil.domain import Article  # noqa: E402
from vigil.ingest.readers import Rejection, read_inputs  # noqa: E402
from vigil.store import Store  # noqa: E402


def hostile_inputs(work: Path, count: int, seed: int, huge_every: int) -> dict[str, int]:
    from vigil.extract.coder import Coder, Resources
    from vigil.ingest.runner import ingest

    folder = work / "hostile"
    folder.mkdir()
    kinds: dict[str, int] = {}
    for i, made in enumerate(hostile.generate(random.Random(seed), count, huge_every=huge_every)):
        (folder / f"{i:05d}-{made.name or 'noname'}").write_bytes(made.data)
        kinds[made.kind] = kinds.get(made.kind, 0) + 1
    crashes, rejected, accepted = 0, 0, set()
    started = time.monotonic()
    for path in sorted(folder.iterdir()):
        try:
            for item in read_inputs([str(path)]):
                if isinstance(item, Rejection):
                    rejected += 1
                elif isinstance(item, Article):
                    item.text.encode("utf-8")  # storable: a lone surrogate here would crash the store
                    accepted.add(item.sha256)
        except Exception as exc:  # what the bench counts
            crashes += 1
            print(f"  CRASH {path.name}: {type(exc).__name__}: {exc}"[:300])
    read_s = time.monotonic() - started
    started = time.monotonic()
    try:
        with Store.open(work / "hostile.db") as store:
            summary = ingest([str(folder)], store=store, coder=Coder(Resources.load()))
            stored = {row[0] for row in store.conn.execute("SELECT sha256 FROM articles")}
            quarantine_rows = store.stats()["quarantine"]
            integrity = store.integrity_check()
    except Exception as exc:
        print(f"  CRASH ingest: {type(exc).__name__}: {exc}"[:300])
        return {"inputs": count, "crashes": crashes + 1, "quarantined": rejected, "lost": -1}
    coder_refused = summary.quarantined - rejected  # articles the coder quarantined (E2xx)
    lost = max(0, len(accepted - stored) - coder_refused) + max(0, summary.quarantined - quarantine_rows)
    print(f"  kinds: {', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}")
    print(
        f"  readers: {rejected} rejections, {len(accepted)} distinct articles in {read_s:.1f} s; "
        f"ingest: {summary.line()} in {time.monotonic() - started:.1f} s; integrity {integrity}"
    )
    return {
        "inputs": count,
        "crashes": crashes,
        "quarantined": summary.quarantined,
        "lost": lost + (integrity != "ok"),
    }


def kill_campaigns(work: Path, rounds: int, per_campaign: int, seed: int) -> dict[str, int]:
    """Kill -9 rounds until `rounds` runs were really killed mid-run, on fresh stores in turn."""
    rng = random.Random(seed)
    corpus = work / "corpus"
    procs.write_corpus(corpus, rng, filler=100, bad=3)
    env = procs.vigil_env(work / "home")
    clean_db = work / "clean.db"
    reference = procs.start(procs.ingest_argv(corpus, clean_db), env)  # a clean run of the same code
    reference.wait_reading(timeout=300)
    reading = time.monotonic()
    reference.proc.wait(timeout=900)
    work_s = time.monotonic() - reading
    clean = procs.snapshot(clean_db)
    print(
        f"  clean run: {len(clean.reports)} articles, {clean.incidents} incidents, {work_s:.0f} s after start-up"
    )
    survived = kills = campaigns = resumed = failed = 0
    while kills < rounds:
        campaigns += 1
        started = time.monotonic()
        db = work / f"killed{campaigns}.db"
        killed, problems = procs.kill_rounds(
            corpus, db, env, rng, per_campaign, work_s, clean, until_done=True
        )
        rerun = subprocess.run(procs.ingest_argv(corpus, db), capture_output=True, text=True, env=env)
        final = procs.final_problems(procs.snapshot(db), clean)
        if "Traceback" in rerun.stderr or rerun.returncode not in (0, 1):
            final.append(f"re-run failed with status {rerun.returncode}")
        bad_rounds = len({p.split(":")[0] for p in problems})
        kills += killed
        survived += killed - min(killed, bad_rounds)
        failed += bad_rounds
        resumed += not final
        for problem in [*problems, *final][:5]:
            print(f"  campaign {campaigns}: {problem}")
        print(
            f"  campaign {campaigns}: {killed} killed mid-run, {bad_rounds} left an unsound store; "
            f"re-run {'completed the batch' if not final else 'FAILED'} ({time.monotonic() - started:.0f} s)"
        )
    return {
        "rounds": kills,
        "survived": survived,
        "failed": failed,
        "campaigns": campaigns,
        "resumed": resumed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=1200)
    parser.add_argument("--huge-every", type=int, default=100, help="every Nth input is a 10 MB single line")
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--per-campaign", type=int, default=10, help="most kills on one store")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-kills", action="store_true")
    parser.add_argument("--skip-inputs", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vigil-robustness-"))
    try:
        inputs = {"inputs": 0, "crashes": 0, "quarantined": 0, "lost": 0}
        if not args.skip_inputs:
            print(f"hostile inputs (seed {args.seed}):")
            inputs = hostile_inputs(work, args.inputs, args.seed, args.huge_every)
        kills = {"rounds": 0, "survived": 0, "failed": 0, "campaigns": 0, "resumed": 0}
        if not args.skip_kills:
            print("kill -9 rounds:")
            kills = kill_campaigns(work, args.rounds, args.per_campaign, args.seed)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print(f"inputs tried            {inputs['inputs']}")
    print(f"crashes                 {inputs['crashes']}")
    print(f"quarantined             {inputs['quarantined']}")
    print(f"records lost            {inputs['lost']}")
    print(
        f"kill-9 rounds survived  {kills['survived']}/{kills['rounds']} runs killed mid-run "
        f"({kills['failed']} left an unsound store; {kills['resumed']}/{kills['campaigns']} re-runs completed the batch)"
    )


if __name__ == "__main__":
    main()
