"""The command line, one test per behaviour, through click's CliRunner."""
import json

import pytest
from click.testing import CliRunner

from speechmine.cli import main

SPEECH = "二、重点工作\n一要加强领导。各区县要在年底前建立工作专班。要每月报送进展。\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def speech(tmp_path):
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    return path


def test_extract_json_to_stdout(runner, speech):
    result = runner.invoke(main, ["extract", str(speech)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["source"] == str(speech)
    source = speech.read_text(encoding="utf-8")
    assert [it["text"] for it in data["items"]] == ["一要加强领导。", "各区县要在年底前建立工作专班。", "要每月报送进展。"]
    for it in data["items"]:
        assert source[it["start"]:it["end"]] == it["text"]
    assert data["items"][2]["party"] == "各区县"


def test_extract_markdown_from_suffix(runner, speech, tmp_path):
    out = tmp_path / "tasks.md"
    result = runner.invoke(main, ["extract", str(speech), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "- [ ] 各区县要在年底前建立工作专班。" in text
    assert "年底前" in text


def test_extract_stdin_in_gbk(runner):
    result = runner.invoke(main, ["extract", "-", "--format", "json"], input=SPEECH.encode("gbk"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["items"][1]["deadline"] == "年底前"


def test_extract_with_user_lexicon(runner, tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("二、重点工作\n供排水公司每月巡查管网，确保安全运行。\n", encoding="utf-8")
    units = tmp_path / "units.txt"
    units.write_text("供排水公司\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path), "--lexicon", str(units)])
    assert json.loads(result.output)["items"][0]["party"] == "供排水公司"


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (bytes(range(0x80, 0x100)) * 4, "cannot decode"),
])
def test_bad_input_one_line_and_nonzero_exit(runner, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 1
    assert message in result.output
    assert result.output.strip().count("\n") == 0
    assert "Traceback" not in result.output


def test_missing_file(runner, tmp_path):
    result = runner.invoke(main, ["extract", str(tmp_path / "none.txt")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_failed_write_keeps_the_old_output(runner, speech, tmp_path, monkeypatch):
    out = tmp_path / "tasks.json"
    out.write_text("previous", encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    import speechmine.writing as writing
    monkeypatch.setattr(writing.os, "replace", boom)
    result = runner.invoke(main, ["extract", str(speech), "-o", str(out)])
    assert result.exit_code == 1 and "No space left" in result.output
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tasks")] == []


def test_extract_date_option_sets_due_dates(runner, speech):
    result = runner.invoke(main, ["extract", str(speech), "--date", "2025-12-10"])
    data = json.loads(result.output)
    assert data["doc_date"] == "2025-12-10"
    assert data["items"][1]["due"] == "2025-12-31"
    bad = runner.invoke(main, ["extract", str(speech), "--date", "tomorrow"])
    assert bad.exit_code == 1 and "YYYY-MM-DD" in bad.output


def test_a_folder_is_not_a_document(runner, tmp_path):
    result = runner.invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 1 and "folder" in result.output
