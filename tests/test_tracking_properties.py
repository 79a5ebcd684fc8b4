"""Property tests: a ledger lives through rounds of staff edits and speech corrections.

Each round staff edit user columns of random rows (in the file, as they would in Excel), the
speech gets light edits (a few characters changed, inserted or deleted in some sentences, a new
sentence, a sentence deleted) and is re-extracted with the real extractor, and the ledger is
updated. After every round each task's row is found by its current sentence and must carry
exactly what staff entered for that task; tasks gone from the speech stay, marked 已删除.
"""
from __future__ import annotations

import csv
import os
import io
import tempfile
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import speechmine
from speechmine import tracking
from speechmine.analysis.assign import NOT_IN_ID
from speechmine.tracking.ledger import read_markdown

POOL = [
    "各区县交通运输局要加快推进农村公路危桥改造，年底前完成改造任务。",
    "市公路事业发展中心要全面排查国省干线路面病害并建立整治台账。",
    "市公交集团要优化中心城区公交线网，新开通学公交线路十条。",
    "市港航管理局要推动澜川港区岸电设施常态化使用。",
    "市交通运输综合执法支队要严厉打击非法营运和超限超载行为。",
    "局机关各处室要精简会议文件，切实为基层减轻负担。",
    "市物流发展办公室要牵头编制冷链物流网络布局规划。",
    "各县市区要落实农村客运班线运营补贴资金。",
    "市出租汽车管理处要整治巡游出租车拒载议价等突出问题。",
    "市交通建设质量监督站要开展在建工程质量安全专项检查。",
    "市铁路建设协调办要做好澜望铁路征地拆迁协调服务。",
    "局信息中心要在9月底前完成交通运输综合监测调度平台二期建设。",
    "市航道事务中心要组织开展内河航道疏浚维护作业。",
    "市驾培考试中心要推行驾驶人培训先学后付模式。",
]
START = 6
HEAD = "关于做好交通运输重点工作的讲话\n（2025年3月1日）\n一、重点任务\n"
TODAY = date(2025, 6, 1)
EDIT_CHARS = "深化统筹协同规范提升保障"
USER_COLUMNS = ("状态", "进展情况", "备注", "牵头领导", "是否销号", "督办人")
VALUES = {"状态": ("未启动", "推进中", "已完成", "已销号"), "是否销号": ("是", "否"),
          "进展情况": ("已完成招标", "完成60%", "正在设计", ""), "备注": ("市长批示", "重点", ""),
          "牵头领导": ("王副市长", "李局长"), "督办人": ("张三", "李四", "")}


def test_pool_sentences_are_distinct_and_each_one_task():
    keys = [NOT_IN_ID.sub("", s) for s in POOL]
    assert max(SequenceMatcher(None, a, b).ratio() for i, a in enumerate(keys)
               for b in keys[i + 1:]) < 0.5
    result = speechmine.extract(HEAD + "\n".join(POOL) + "\n")
    assert [it.text for it in result.items if it.kind != "heading"] == POOL


# ---------------------------------------------------------------- the file as staff edit it

def _text(value) -> str:
    return "" if value is None else str(value)


class Xlsx:
    suffix = ".xlsx"

    @staticmethod
    def rows(path: Path) -> list[dict[str, str]]:
        ws = openpyxl.load_workbook(path).worksheets[0]
        data = list(ws.iter_rows(min_row=2, values_only=True))
        header = [_text(v) for v in data[0]]
        return [dict(zip(header, map(_text, r))) for r in data[1:]]

    @staticmethod
    def edit(path: Path, picks: list[tuple[int, str, str]]) -> list[tuple[str, str, str]]:
        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[0]
        header = [_text(c.value) for c in ws[2]]
        count = ws.max_row - 2
        done = []
        for pick, column, value in picks:
            if column not in header:
                header.append(column)
                ws.cell(row=2, column=len(header), value=column)
            row = 3 + pick % count
            ws.cell(row=row, column=header.index(column) + 1).value = value or None
            done.append((_text(ws.cell(row=row, column=header.index("工作任务") + 1).value),
                         column, value))
        wb.save(path)
        return done


class Csv:
    suffix = ".csv"

    @staticmethod
    def rows(path: Path) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))

    @staticmethod
    def edit(path: Path, picks: list[tuple[int, str, str]]) -> list[tuple[str, str, str]]:
        table = Csv.rows(path)
        header = list(table[0])
        done = []
        for pick, column, value in picks:
            if column not in header:
                header.append(column)
            row = table[pick % len(table)]
            row[column] = value
            done.append((row["工作任务"], column, value))
        out = io.StringIO()
        writer = csv.DictWriter(out, header, lineterminator="\r\n", restval="")
        writer.writeheader()
        writer.writerows(table)
        path.write_text("\ufeff" + out.getvalue(), encoding="utf-8", newline="")
        return done


# ---------------------------------------------------------------- a speech staff correct

class Speech:
    """The speech as a list of pool sentences (keys) with their current texts."""

    def __init__(self) -> None:
        self.order = list(range(START))
        self.texts = {k: POOL[k] for k in self.order}
        self.gone: set[int] = set()
        self.fresh = list(range(START, len(POOL)))
        self.synced = dict(self.texts)

    def sync(self) -> None:
        """The ledger has seen the speech as it is now."""
        self.synced.update({k: self.texts[k] for k in self.order})

    def text(self) -> str:
        return HEAD + "\n".join(self.texts[k] for k in self.order) + "\n"

    def key(self, sentence: str) -> int:
        found = [k for k, t in self.texts.items() if t == sentence]
        assert len(found) == 1, sentence
        return found[0]

    def edit(self, slot: int, op: str, where: float, char: str) -> None:
        key = self.order[slot % len(self.order)]
        text = self.texts[key]
        body, end = text[:-1], text[-1]
        half = len(body) // 2 + 1          # after the party and its 要, before the 。
        pos = half + int(where * (len(body) - half - 1))
        if op == "insert":
            body = body[:pos] + char + body[pos:]
        elif op == "delete" and len(body) > 12:
            body = body[:pos] + body[pos + 1:]
        else:
            body = body[:pos] + char + body[pos + 1:]
        if body + end not in self.texts.values():
            self.texts[key] = body + end

    def correct(self, step: dict) -> None:
        """One round of light edits: characters changed, a sentence inserted, one deleted."""
        for edit in step["speech"]:
            self.edit(*edit)
        if step["insert"] is not None:
            self.insert(step["insert"])
        if step["delete"] is not None:
            self.delete(step["delete"])

    def insert(self, slot: int) -> None:
        if self.fresh:
            key = self.fresh.pop(0)
            self.texts[key] = POOL[key]
            self.order.insert(slot % (len(self.order) + 1), key)

    def delete(self, slot: int) -> None:
        if len(self.order) > 2:
            key = self.order.pop(slot % len(self.order))
            if key in self.synced:              # its row keeps the text it last had
                self.gone.add(key)
                self.texts[key] = self.synced[key]
            else:                               # inserted and deleted before any update
                del self.texts[key]


edits = st.tuples(st.integers(0, 50), st.sampled_from(("replace", "insert", "delete")),
                  st.floats(0, 1), st.sampled_from(EDIT_CHARS))
picks = st.sampled_from(USER_COLUMNS).flatmap(lambda column: st.tuples(
    st.integers(0, 50), st.just(column),
    st.sampled_from(VALUES[column]) | st.text(alphabet="办理完成中进度好 ", max_size=5)))
rounds = st.lists(st.fixed_dictionaries({
    "user": st.lists(picks, max_size=5),
    "speech": st.lists(edits, max_size=3),
    "insert": st.none() | st.integers(0, 50),
    "delete": st.none() | st.integers(0, 50),
}), min_size=1, max_size=6)


def _check(fmt, path: Path, speech: Speech, expected: dict[int, dict[str, str]]) -> None:
    """Every task has one row with what staff entered; a new task's row starts as written."""
    found = {}
    for row in fmt.rows(path):
        key = speech.key(row["工作任务"])
        assert key not in found, f"two rows for {row['工作任务']}"
        found[key] = row
    assert set(found) == set(speech.texts)                  # no task lost, none made up
    for key, row in found.items():
        if key not in expected:
            expected[key] = {c: _text(row.get(c, "")) for c in USER_COLUMNS}
            assert row["状态"] == "未启动"
        for column in USER_COLUMNS:
            assert _text(row.get(column, "")) == expected[key][column], (key, column, row)
        assert (row["变更"] == "已删除") == (key in speech.gone), (key, row["变更"])


@pytest.mark.parametrize("fmt", [Xlsx, Csv], ids=["xlsx", "csv"])
@settings(max_examples=int(os.environ.get("TRACKING_EXAMPLES", 12)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=rounds)
def test_staff_entries_survive_edits_and_reextraction(fmt, plan):
    speech = Speech()
    expected: dict[int, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"tasks{fmt.suffix}"
        tracking.update(path, [speechmine.extract(speech.text())], today=TODAY)
        _check(fmt, path, speech, expected)
        for step in plan:
            for sentence, column, value in fmt.edit(path, step["user"]):
                expected[speech.key(sentence)][column] = value
            speech.correct(step)
            tracking.update(path, [speechmine.extract(speech.text())], today=TODAY)
            speech.sync()
            _check(fmt, path, speech, expected)


# ---------------------------------------------------------------- Markdown: ticks and notes

def _md_edit(path: Path, picks: list[tuple[int, str, str]]) -> list[tuple[str, str, str]]:
    """Tick or untick a task, append text after its line, or write a note line under it."""
    lines = path.read_text(encoding="utf-8").split("\n")
    tasks = [n for n, line in enumerate(lines) if line.startswith("- [")]
    blocks = {b.id: b for c in read_markdown(path) for b in c.blocks if b.kind == "task"}
    done = []
    for pick, column, value in picks:
        n = tasks[pick % len(tasks)]
        sentence = blocks[lines[n + 1].rsplit("`", 2)[-2]].text
        if column in ("状态", "是否销号"):
            tick = "x" if value else " "
            lines[n] = f"- [{tick}]" + lines[n][5:]
            done.append((sentence, "tick", tick))
        elif column == "备注":
            head, _, _ = lines[n].rpartition("\\")
            lines[n] = f"{head}\\{value}"
            done.append((sentence, "after", value))
        elif value:
            end = n + 2
            while end < len(lines) and lines[end].startswith("    "):
                end += 1
            lines.insert(end, f"    {column}：{value}")
            tasks = [t + 1 if t >= end else t for t in tasks]
            done.append((sentence, "note", f"    {column}：{value}"))
    path.write_text("\n".join(lines), encoding="utf-8")
    return done


@settings(max_examples=int(os.environ.get("TRACKING_EXAMPLES", 12)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=rounds)
def test_markdown_ticks_and_notes_survive(plan):
    speech = Speech()
    expected: dict[int, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tasks.md"
        tracking.update(path, [speechmine.extract(speech.text())], today=TODAY)
        for step in plan:
            for sentence, what, value in _md_edit(path, step["user"]):
                mine = expected.setdefault(speech.key(sentence), {"tick": " ", "after": "",
                                                                  "note": []})
                if what == "note":
                    mine["note"].append(value)
                else:
                    mine[what] = value
            speech.correct(step)
            tracking.update(path, [speechmine.extract(speech.text())], today=TODAY)
            speech.sync()
            blocks = [b for c in read_markdown(path) for b in c.blocks if b.kind == "task"]
            assert sorted(speech.key(b.text) for b in blocks) == sorted(speech.texts)
            for block in blocks:
                key = speech.key(block.text)
                mine = expected.get(key, {"tick": " ", "after": "", "note": []})
                assert block.checked == (mine["tick"] == "x"), block
                assert block.after == mine["after"], block
                assert block.notes == mine["note"], block
                assert block.removed == (key in speech.gone), block
