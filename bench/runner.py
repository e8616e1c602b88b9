"""Runs named scenarios, each beside its baseline, and reports medians and ratios.

A scenario times the real thing (`measure`) and a baseline doing the same work the plainest
way (`baseline`: the same query on sqlite3, a bare Qt window ...), alternating, `repeat`
times. The figure is the ratio of the medians, which holds up on a busy or slow machine
where absolute times would not. Results go to bench/results.json.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"


@dataclass
class Env:
    """Shared by all scenarios: scale, a work folder, and cached demo databases."""

    people: int
    work: Path
    seed: int = 1
    _dbs: dict = field(default_factory=dict)

    def demo_db(self, people: int | None = None) -> Path:
        """A demo database with *people* people (made once per run, then copied as needed)."""
        people = people or self.people
        if people not in self._dbs:
            path = self.work / f"demo-{people}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            make_demo(path, people, self.seed)
            self._dbs[people] = path
        return self._dbs[people]


def make_demo(path: Path, people: int, seed: int) -> None:
    """`civicdesk demo` in a child process (keeps this process small, see core._Process)."""
    subprocess.run([sys.executable, "-m", "civicdesk", "--db", str(path), "demo", "--people",
                    str(people), "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)


@dataclass
class Scenario:
    name: str
    measure: Callable[[], float]  # one sample, in milliseconds
    baseline: Callable[[], float]
    target_ratio: float | None  # None: the ratio is reported, the goal is `target_ms`
    repeat: int = 5
    target_ms: float | None = None  # an absolute goal from the issue, reported beside the ratio
    extras: Callable[[], dict] | None = None  # more figures (e.g. peak memory) after the run
    setup: Callable[[], None] | None = None


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def run_scenario(s: Scenario, repeat: int | None) -> dict:
    if s.setup:
        s.setup()
    values, bases = [], []
    for _ in range(repeat or s.repeat):
        bases.append(s.baseline())
        values.append(s.measure())
    value, base = statistics.median(values), statistics.median(bases)
    result = {"value_ms": round(value, 2), "baseline_ms": round(base, 2),
              "ratio": round(value / base, 2) if base else None,
              "target_ratio": s.target_ratio, "samples": len(values)}
    result["meets_target"] = s.target_ratio is None or (
        result["ratio"] is not None and result["ratio"] <= s.target_ratio)
    if s.target_ms is not None:
        result["target_ms"] = s.target_ms
        result["meets_target"] = result["meets_target"] and value <= s.target_ms
    if s.extras:
        result.update(s.extras())
    return result


@contextmanager
def throwaway_server() -> Iterator[None]:
    """The server the PostgreSQL scenarios use: CIVICDESK_TEST_DB's; else, when PostgreSQL
    is installed, a throw-away one in a temporary folder (scripts/pg_server.sh, as `make
    test` starts), stopped afterwards; else none (those scenarios say they are skipped)."""
    script = HERE.parent / "scripts" / "pg_server.sh"
    if os.environ.get("CIVICDESK_TEST_DB") or subprocess.run(
            [str(script), "bindir"], capture_output=True).returncode != 0:
        yield
        return
    folder = tempfile.mkdtemp(prefix="civicdesk-bench-pg.")
    try:
        url = subprocess.run([str(script), "start", folder], check=True, text=True,
                             stdout=subprocess.PIPE).stdout.strip().splitlines()[-1]
        os.environ["CIVICDESK_TEST_DB"] = url
        yield
    finally:
        os.environ.pop("CIVICDESK_TEST_DB", None)
        subprocess.run([str(script), "stop", folder], check=False)
        shutil.rmtree(folder, ignore_errors=True)


def discover(env: Env) -> list[Scenario]:
    """Every module in bench/scenarios with a `scenarios(env)` function, in name order."""
    from bench import scenarios as package

    found = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"bench.scenarios.{info.name}")
        found += module.scenarios(env)
    return found


def print_table(results: dict[str, dict]) -> None:
    print(f"\n{'scenario':<34}{'value ms':>11}{'baseline ms':>13}{'ratio':>8}{'target':>8}  ok")
    for name, r in results.items():
        target = f"{r['target_ratio']:g}x" if r["target_ratio"] is not None else "-"
        extra = f"  (goal {r['target_ms']:g} ms)" if "target_ms" in r else ""
        mem = f"  peak {r['peak_rss_mb']:.0f} MB" if "peak_rss_mb" in r else ""
        mem += f"  {r['sql_statements']} statements" if "sql_statements" in r else ""
        print(f"{name:<34}{r['value_ms']:>11.1f}{r['baseline_ms']:>13.1f}{r['ratio']:>8.2f}"
              f"{target:>8}  {'yes' if r['meets_target'] else 'NO'}{extra}{mem}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--only", nargs="*", default=None, help="scenario names (prefixes)")
    parser.add_argument("--repeat", type=int, default=None, help="override repeats")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = HERE / ".work"
    work.mkdir(exist_ok=True)
    env = Env(people=args.people, work=work)
    with throwaway_server():
        return _run(env, args)


def _run(env: Env, args: argparse.Namespace) -> int:
    results = {}
    for scenario in discover(env):
        if args.only and not any(scenario.name.startswith(p) for p in args.only):
            continue
        print(f"running {scenario.name} ...", file=sys.stderr, flush=True)
        results[scenario.name] = run_scenario(scenario, args.repeat) | {"people": args.people}
    print_table(results)
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten to {args.output}")
    return 0
