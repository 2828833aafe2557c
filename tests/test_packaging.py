"""A built wheel works on its own: assets inside the package, nothing read from the checkout.

The wheel is built with pip and installed without dependencies into a fresh venv under tmp. The
dependencies are borrowed from the running venv through a ``.pth`` file, which puts that venv's
site-packages *after* the fresh one on ``sys.path`` and does not run its ``.pth`` files, so the
editable install of this checkout stays invisible: ``diplokg`` can only come from the wheel.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
PROBE = """
import json, sys
import diplokg
from diplokg import resources
print(json.dumps({
    "package": diplokg.__file__,
    "ontology": str(resources.ontology_path()),
    "shapes": sorted(p.name for p in resources.shapes_dir().glob("*.ttl")),
    "queries": sorted(p.stem for p in resources.queries_dir().glob("*.rq")),
    "reference": resources.reference_dir().is_dir(),
    "samples": sorted(p.name for p in resources.samples_dir().glob("*.txt")),
    "sys_path": sys.path,
}))
"""


def run(command: list[str | Path], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("DIPLOKG_") and k not in {"PYTHONPATH", "VIRTUAL_ENV"}
    }
    done = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, (
        f"{' '.join(str(c) for c in command)} -> exit {done.returncode}\n"
        f"--- stdout ---\n{done.stdout[-4000:]}\n--- stderr ---\n{done.stderr[-4000:]}"
    )
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the wheel of this checkout installed into it."""
    work = tmp_path_factory.mktemp("packaging")
    dist = work / "dist"
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", dist]
    if importlib.util.find_spec("hatchling") is not None:
        build.append("--no-build-isolation")  # offline-friendly when the backend is at hand
    run([*build, REPO_ROOT], cwd=work)
    [wheel] = dist.glob("diplokg-*.whl")

    venv = work / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=work)
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", python]
    run([*pip, "install", "--quiet", "--no-deps", "--no-index", wheel], cwd=work)
    site = Path(
        run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=work
        ).stdout.strip()
    )
    (site / "borrowed-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    return venv


@pytest.mark.slow
def test_the_installed_package_finds_its_assets_inside_itself(
    installed: Path, tmp_path: Path
) -> None:
    python = installed / "bin" / "python"

    probe = json.loads(run([python, "-c", PROBE], cwd=tmp_path).stdout)

    package = Path(probe["package"]).resolve()
    assert package.is_relative_to(installed.resolve()), probe["package"]
    assets = package.parent / "_assets"
    ontology = Path(probe["ontology"]).resolve()
    assert ontology == (assets / "ontology" / "diplokg.ttl").resolve()
    assert ontology.is_file()
    assert {p.name for p in (REPO_ROOT / "shapes").glob("*.ttl")} == set(probe["shapes"])
    assert {p.stem for p in (REPO_ROOT / "queries").glob("facts_*.rq")} <= set(probe["queries"])
    assert probe["reference"]
    assert "sample01.txt" in probe["samples"]
    assert str(REPO_ROOT / "src") not in probe["sys_path"]


@pytest.mark.slow
def test_the_installed_console_script_runs_away_from_the_checkout(
    installed: Path, tmp_path: Path
) -> None:
    article = tmp_path / "sample01.txt"
    shutil.copy(REPO_ROOT / "data" / "samples" / "sample01.txt", article)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    done = run([installed / "bin" / "diplokg", "facts", article, "--format", "jsonl"], elsewhere)

    facts = [json.loads(line) for line in done.stdout.splitlines()]
    assert facts
    assert {f["article"] for f in facts} == {"sample01"}
    assert any(f["type"] == "visit" and f["destination"] == "KAZ" for f in facts)
    assert not list(elsewhere.iterdir())
