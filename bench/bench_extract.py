"""Extraction throughput on one core, against tokenizers over the same text.

Generates a synthetic corpus of ~400-word wire stories (``corpus.py``), warms the extractor up
on a different corpus (so reference data and lexicons are loaded before the clock starts), then
times ``diplokg.extract.extract`` over every article. In the same run and over the same texts
it times spaCy's blank English tokenizer (``spacy.blank("en")``, no model, tokenization only)
and a bare ``str.split`` loop, the floor any text processing pays. The three take turns within
each of ``--repeats`` rounds and the medians are reported. Machines are noisy, so the figure to
compare between runs is the ratio diplokg / spaCy, taken within each round. Both wall-clock and
CPU time are recorded; throughput "per CPU-second" is what one core would give were it ours
alone, and is the figure held against the goal, since a shared machine deflates the wall clock.

A per-stage breakdown follows, timing each component of ``diplokg.extract.PIPELINE`` so the
slowest stage is visible. The goal (issue 3) is 300 articles per second on one core.

    python bench/bench_extract.py [--articles 400] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from corpus import generate_corpus

from diplokg.extract import PIPELINE, extract
from diplokg.extract.document import Document
from diplokg.model import Article

GOAL_ARTICLES_PER_SECOND = 300.0
DIPLOKG = "diplokg extract()"
SPACY = 'spaCy blank("en") tokenizer'


def one_thread() -> None:
    """One thread for numpy/BLAS pools, set before spaCy (and so numpy) is imported.

    diplokg's extractor is plain single-threaded Python, so one process is one core; this keeps
    the spaCy baseline to one core too.
    """
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds on the clock
    cpu: float  # seconds this process was on a CPU: steadier when the machine is shared


def interleaved_rounds(
    runs: dict[str, Callable[[], None]], repeats: int
) -> list[dict[str, Timing]]:
    """``repeats`` rounds, each timing every run once in turn, so that a burst of load from
    elsewhere on the machine falls on all of them alike; ratios are taken within a round."""
    rounds = []
    for _ in range(repeats):
        times = {}
        for name, run in runs.items():
            wall, cpu = time.perf_counter(), time.process_time()
            run()
            times[name] = Timing(time.perf_counter() - wall, time.process_time() - cpu)
        rounds.append(times)
    return rounds


def run_extract(articles: Sequence[Article]) -> None:
    for article in articles:
        extract(article)


def run_split(texts: Sequence[str]) -> None:
    for text in texts:
        text.split()


def spacy_tokenizer() -> Callable[[Sequence[str]], None] | None:
    """A runner for spaCy's blank English tokenizer, or None when spaCy is not installed."""
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")

    def run(texts: Sequence[str]) -> None:
        for _doc in nlp.pipe(texts):
            pass

    return run


def stage_seconds(articles: Sequence[Article]) -> dict[str, float]:
    """CPU seconds spent in each ``PIPELINE`` stage over ``articles`` (one pass)."""
    totals = {name: 0.0 for name, _ in PIPELINE}
    for article in articles:
        doc = Document(article)
        for name, component in PIPELINE:
            start = time.process_time()
            doc = component(doc)
            totals[name] += time.process_time() - start
    return totals


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Extraction throughput on one core.")
    parser.add_argument("--articles", type=int, default=400, help="corpus size (default 400)")
    parser.add_argument("--repeats", type=int, default=3, help="timed rounds; medians reported")
    parser.add_argument("--warmup", type=int, default=20, help="articles extracted untimed first")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    one_thread()
    articles = generate_corpus(args.articles, seed=args.seed)
    texts = [article.text for article in articles]
    words = sum(len(text.split()) for text in texts)
    print(
        f"corpus: {len(articles)} synthetic articles, {words / len(articles):.0f} words each "
        f"on average, seed {args.seed}; one process, one thread; median of {args.repeats} "
        f"interleaved rounds; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
    )

    run_extract(generate_corpus(args.warmup, seed=args.seed + 1))  # load caches, untimed

    runs: dict[str, Callable[[], None]] = {DIPLOKG: lambda: run_extract(articles)}
    tokenize = spacy_tokenizer()
    if tokenize is None:
        print('spaCy is not installed (pip install -e ".[bench]"): tokenizer baseline skipped')
    else:
        tokenize(texts[:10])
        runs[SPACY] = lambda: tokenize(texts)
    runs["str.split (floor)"] = lambda: run_split(texts)
    rounds = interleaved_rounds(runs, args.repeats)
    wall = {name: statistics.median(r[name].wall for r in rounds) for name in runs}
    cpu = {name: statistics.median(r[name].cpu for r in rounds) for name in runs}

    n = len(articles)
    print()
    print(
        f"{'what':<30} {'articles/s':>11} {'per CPU-s':>11} {'CPU ms/article':>15} "
        f"{'CPU / diplokg':>14}"
    )
    for name in runs:
        print(
            f"{name:<30} {n / wall[name]:>11,.1f} {n / cpu[name]:>11,.1f} "
            f"{1000 * cpu[name] / n:>15.3f} {cpu[name] / cpu[DIPLOKG]:>14.4f}"
        )
    rates = sorted(n / r[DIPLOKG].cpu for r in rounds)
    print(f"diplokg across rounds: {rates[0]:.1f} to {rates[-1]:.1f} articles per CPU-second")
    print()
    if SPACY in runs:
        ratio = statistics.median(r[SPACY].cpu / r[DIPLOKG].cpu for r in rounds)
        print(
            f"ratio diplokg / spaCy tokenizer throughput: {ratio:.4f} (CPU time, median of "
            f"per-round ratios; diplokg takes {1 / ratio:.1f}x the tokenizer's time)"
        )
    rate = n / cpu[DIPLOKG]
    verdict = "met" if rate >= GOAL_ARTICLES_PER_SECOND else "NOT met"
    print(
        f"goal: {GOAL_ARTICLES_PER_SECOND:.0f} articles/s on one core; measured {rate:.1f} "
        f"articles per CPU-second ({n / wall[DIPLOKG]:.1f}/s by the wall clock): {verdict} "
        f"({rate / GOAL_ARTICLES_PER_SECOND:.2f} of the goal)"
    )

    stages = stage_seconds(articles)
    total = sum(stages.values())
    print()
    print(f"{'stage (one pass)':<30} {'CPU ms/article':>15} {'share':>8}")
    for name, seconds in stages.items():
        print(f"{name:<30} {1000 * seconds / len(articles):>15.3f} {seconds / total:>8.1%}")
    slowest = max(stages, key=lambda name: stages[name])
    print(f"slowest stage: {slowest}")


if __name__ == "__main__":
    main()
