"""Fixtures shared by the end-to-end tests: repository paths, the CLI as a subprocess, one demo run.

The demo (a minute or more, nearly all of it owlrl) starts in the background as soon as the
collected tests are known to need it, and the tests that read it wait for it; the rest run
meanwhile.

The CLI runs as a real process through the installed ``diplokg`` console script, with a narrow
terminal (``COLUMNS=40``) so a line that wraps instead of staying one line shows up, and without
the user's ``DIPLOKG_*`` settings so nothing outside the test's tmp folders is read or written.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: takes several seconds or more (still part of the default run)"
    )


@dataclass(frozen=True)
class CliRun:
    """A finished ``diplokg`` process: exit code and its two streams as text."""

    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str

    def explain(self) -> str:
        """The whole run, for an assertion message."""
        return (
            f"diplokg {' '.join(self.args)} -> exit {self.returncode}\n"
            f"--- stdout ---\n{self.stdout}\n--- stderr ---\n{self.stderr}"
        )


RunCli = Callable[..., CliRun]


def cli_command() -> list[str]:
    """The console script installed beside the running interpreter, else ``python -m``."""
    script = Path(sys.executable).with_name("diplokg")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "diplokg.cli"]


def cli_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOKG_")}
    env["COLUMNS"] = "40"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _run(*args: str | Path, cwd: Path, timeout: float = 300) -> CliRun:
    text_args = tuple(str(a) for a in args)
    done = subprocess.run(
        [*cli_command(), *text_args],
        cwd=cwd,
        env=cli_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    return CliRun(text_args, done.returncode, done.stdout, done.stderr)


@pytest.fixture(scope="session")
def run_cli() -> RunCli:
    """``run_cli(*args, cwd=DIR)`` runs ``diplokg ARGS`` in a subprocess and returns a CliRun."""
    return _run


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def fixture_articles() -> Path:
    """Two original wire-style articles written for these tests (see the files' front matter)."""
    return REPO_ROOT / "tests" / "fixtures" / "articles"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return REPO_ROOT / "data" / "samples"


@dataclass(frozen=True)
class DemoRun:
    run: CliRun
    out_dir: Path

    @property
    def store_dir(self) -> Path:
        return self.out_dir / "store"


@dataclass(frozen=True)
class _BackgroundDemo:
    process: subprocess.Popen
    work: Path
    args: tuple[str, ...]


_DEMO = pytest.StashKey[_BackgroundDemo]()


def _start_demo(config: pytest.Config) -> _BackgroundDemo:
    work = Path(tempfile.mkdtemp(prefix="diplokg-demo-"))
    args = ("demo", "--out", str(work / "out"))
    with (work / "stdout").open("w") as stdout, (work / "stderr").open("w") as stderr:
        process = subprocess.Popen(
            [*cli_command(), *args], cwd=work, env=cli_env(), stdout=stdout, stderr=stderr
        )
    config.stash[_DEMO] = _BackgroundDemo(process, work, args)
    return config.stash[_DEMO]


@pytest.hookimpl(trylast=True)  # after -k / -m deselection: start it only if a test needs it
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Start the demo as soon as a collected test needs it, and run those tests last, so its
    minute overlaps everything else."""
    needs_demo = {id(i) for i in items if "demo_run" in getattr(i, "fixturenames", ())}
    if needs_demo:
        _start_demo(config)
        items.sort(key=lambda item: id(item) in needs_demo)  # stable: order kept otherwise


def pytest_sessionfinish(session: pytest.Session) -> None:
    background = session.config.stash.get(_DEMO, None)
    if background is None:
        return
    if background.process.poll() is None:  # the run was cut short
        background.process.kill()
        background.process.wait()
    shutil.rmtree(background.work, ignore_errors=True)


@pytest.fixture(scope="session")
def demo_run(pytestconfig: pytest.Config) -> DemoRun:
    """The session's one ``diplokg demo --out DIR``, started in the background at collection.

    It is the only run with OWL RL inference over the full reference data (a minute or more with
    owlrl), so the CLI test and the inference tests share it instead of paying for it twice.
    """
    background = pytestconfig.stash.get(_DEMO, None) or _start_demo(pytestconfig)
    returncode = background.process.wait(timeout=900)
    run = CliRun(
        background.args,
        returncode,
        (background.work / "stdout").read_text(encoding="utf-8"),
        (background.work / "stderr").read_text(encoding="utf-8"),
    )
    return DemoRun(run, background.work / "out")
