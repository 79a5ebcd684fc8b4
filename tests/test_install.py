"""The installed package works from any folder, with its lexicons inside it (CI installs it)."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMMAND = shutil.which("speechmine", path=str(Path(sys.executable).parent))

pytestmark = pytest.mark.skipif(COMMAND is None, reason="speechmine is not installed in this environment")


def clean_env():
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    return env


def test_installed_command_runs_from_another_folder(tmp_path):
    speech = tmp_path / "s.txt"
    speech.write_text("二、重点工作\n各区县要在年底前完成排查。\n", encoding="utf-8")
    done = subprocess.run([COMMAND, "extract", str(speech)], cwd=tmp_path, env=clean_env(),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)["items"]
    assert items[0]["party"] == "各区县" and items[0]["deadline"] == "年底前"


def test_installed_lexicons_live_in_the_package(tmp_path):
    code = "import speechmine, speechmine.lexicon as l; print(speechmine.__file__); print(l.lexicon_dir())"
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=clean_env(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    package, folder = (Path(line) for line in done.stdout.split())
    assert (folder / "modals.txt").is_file()
    # installed: speechmine/lexicons inside the package; editable: the checkout's lexicons/
    assert folder in (package.parent / "lexicons", package.parent.parent / "lexicons")


def test_installed_review_page_carries_its_css_and_js(tmp_path):
    speech = tmp_path / "s.txt"
    speech.write_text("二、重点工作\n各区县要在年底前完成排查。\n", encoding="utf-8")
    done = subprocess.run([COMMAND, "review", str(speech), "-o", "r.html"], cwd=tmp_path,
                          env=clean_env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "mark.it{" in page and "speechmineReview" in page
