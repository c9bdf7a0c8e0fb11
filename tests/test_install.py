"""A real install: build the sdist and wheel, install the wheel into a fresh venv, ask from another directory.

The venv borrows this interpreter's already-installed dependencies through a .pth line (no download, no
--system-site-packages), so the test stays quick and offline; the bot itself comes only from the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT, tiny_fact

KEEP_OUT = shutil.ignore_patterns(
    ".git", "*.egg-info", "build", "dist", "__pycache__", ".*_cache", ".hypothesis", "*.db", ".venv", "venv*"
)


def _sh(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300, check=False
    )
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv with the wheel built from a copy of this checkout installed in it; returns its bin directory."""
    work = tmp_path_factory.mktemp("install")
    src = work / "src"
    shutil.copytree(ROOT, src, ignore=KEEP_OUT)
    built = _sh(sys.executable, "-m", "build", "--no-isolation", "--outdir", work / "dist", src, cwd=work)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (work / "build.log").write_text(built.stdout + built.stderr, encoding="utf-8")
    wheels = list((work / "dist").glob("*.whl"))
    assert len(wheels) == 1 and list((work / "dist").glob("*.tar.gz"))

    venv = work / "venv"
    made = _sh(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    site = _sh(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=work).stdout.strip()
    # every site directory this interpreter sees: a venv made with --system-site-packages reads the base
    # interpreter's too, and CI's own interpreter has its preinstalled packages there
    paths = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    paths |= {p for p in sys.path if p.endswith(("site-packages", "dist-packages")) and Path(p).is_dir()}
    Path(site, "_borrowed_dependencies.pth").write_text("\n".join(sorted(paths)) + "\n", encoding="utf-8")
    pip = _sh(
        sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheels[0], cwd=work
    )
    assert pip.returncode == 0, pip.stderr
    return venv / "bin"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "BRIEF_DIR", "VIRTUAL_ENV")}
    env.update(extra)
    return env


def test_the_installed_console_script_answers_from_any_directory(installed: Path, tmp_path: Path) -> None:
    result = _sh(installed / "palantir-ice", "ask", "what is FALCON?", cwd=tmp_path, env=_env())
    assert result.returncode == 0, result.stderr
    assert "FALCON" in result.stdout and "VICE News" in result.stdout  # an answer with its source
    where = _sh(installed / "python", "-c", "import bot.brief as b; print(b.__file__, b.DEFAULT_BRIEF)", cwd=tmp_path)
    module, default = where.stdout.split()
    assert Path(module).is_relative_to(installed.parent) and Path(default).is_relative_to(installed.parent)
    assert not Path(module).is_relative_to(ROOT)


def test_the_wheel_carries_the_brief_and_every_seed(installed: Path, tmp_path: Path) -> None:
    result = _sh(installed / "palantir-ice", "validate", cwd=tmp_path, env=_env())
    assert result.returncode == 0, result.stderr
    assert "5 sources" in result.stdout


def test_the_installed_bot_still_takes_another_brief_from_the_flag_or_brief_dir(
    installed: Path, tmp_path: Path, make_brief: Callable[..., Path]
) -> None:
    tiny = make_brief([tiny_fact("alpha-contract", "2020-02-29")])
    by_flag = _sh(installed / "palantir-ice", "--brief", tiny, "validate", cwd=tmp_path, env=_env())
    by_setting = _sh(installed / "palantir-ice", "validate", cwd=tmp_path, env=_env(BRIEF_DIR=str(tiny)))
    for result in (by_flag, by_setting):
        assert result.returncode == 0, result.stderr
        assert "brief 'tiny'" in result.stdout and "1 facts" in result.stdout


def test_building_the_package_gives_no_deprecation_warning_and_an_spdx_license(installed: Path) -> None:
    """setuptools warns (and will fail from 2027) on `project.license` as a TOML table: the SPDX string is used."""
    import zipfile

    work = installed.parent.parent
    log = (work / "build.log").read_text(encoding="utf-8")
    assert not [line for line in log.splitlines() if "deprecat" in line.lower()], log[-3000:]
    (wheel,) = (work / "dist").glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        metadata = next(archive.read(n).decode() for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    assert "License-Expression: MIT" in metadata.splitlines()
