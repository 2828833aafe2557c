"""Run every benchmark in bench/ at small sizes, one after another, each in its own process.

Each ``bench_*.py`` runs in a fresh interpreter (so one benchmark's caches and memory do not
colour the next) with the sizes below; a benchmark not listed runs with its own defaults. Output
streams as it comes; a summary of wall times and exit codes ends the run, and the exit code is
non-zero if any benchmark failed.

    python bench/run_all.py            # small sizes, a few minutes on 2 cores
    python bench/run_all.py --quick    # smoke run: the smallest sizes that still print every table
    python bench/run_all.py extract    # only the benchmarks whose name contains "extract"
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent

# Arguments per benchmark: (default run, --quick run).
SIZES: dict[str, tuple[list[str], list[str]]] = {
    "bench_extract.py": (
        ["--articles", "400", "--repeats", "3"],
        ["--articles", "100", "--repeats", "1"],
    ),
    "bench_pipeline.py": (
        ["--articles", "100", "--inference-sizes", "0,10,25,50"],
        ["--articles", "30", "--inference-sizes", "5,10", "--repeats", "1"],
    ),
    "bench_store.py": (
        ["--sizes", "20k,100k", "--rdflib-max", "20k"],
        ["--sizes", "20k", "--rdflib-max", "20k", "--rdflib-limit", "2"],
    ),
}


def benchmarks(filters: Sequence[str]) -> list[Path]:
    found = sorted(BENCH_DIR.glob("bench_*.py"))
    return [path for path in found if not filters or any(f in path.name for f in filters)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run every benchmark in bench/.")
    parser.add_argument("--quick", action="store_true", help="smallest sizes, for a smoke run")
    parser.add_argument("names", nargs="*", help="run only benchmarks whose file name has this")
    args = parser.parse_args(argv)

    results: list[tuple[str, int, float]] = []
    for path in benchmarks(args.names):
        default_args, quick_args = SIZES.get(path.name, ([], []))
        command = [sys.executable, str(path), *(quick_args if args.quick else default_args)]
        print(f"\n### {path.name} {' '.join(command[2:])}", flush=True)
        start = time.perf_counter()
        code = subprocess.call(command, cwd=BENCH_DIR.parent)
        results.append((path.name, code, time.perf_counter() - start))

    print("\n### summary")
    for name, code, seconds in results:
        status = "ok" if code == 0 else f"FAILED (exit {code})"
        print(f"{name:<24} {seconds:>8.1f} s  {status}")
    if not results:
        print("no benchmark matched")
        return 1
    return 0 if all(code == 0 for _name, code, _s in results) else 1


if __name__ == "__main__":
    sys.exit(main())
