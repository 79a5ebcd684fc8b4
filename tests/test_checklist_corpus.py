"""The checklist of every shared speech, plan and report is one a clerk can hand out: no pronoun or
bare sector word as 牵头单位, no 任务要点 that repeats its 工作任务, no suggested unit the document
does not assign work to. Skips when ../shared is absent (a user's clone)."""
from pathlib import Path

import pytest

import speechmine
from speechmine.export.checklist import SUGGESTED, rows
from speechmine.lexicon import load

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
DOCUMENTS = sorted(SHARED.glob("*.txt")) + sorted((SHARED / "real").glob("*.txt")) if SHARED.is_dir() else []

pytestmark = pytest.mark.skipif(not DOCUMENTS, reason="../shared/corpus is not here (a user's clone)")


@pytest.mark.parametrize("source", DOCUMENTS, ids=lambda p: p.stem)
def test_checklist_cells_need_no_fixing(source):
    lexicon = load()
    not_units = set(lexicon.words("audience")) | set(lexicon.words("sector_words"))
    result = speechmine.extract(source)
    named = {p for it in result.items for p in (it.party, *it.co_parties) if p}
    for row in rows(result):
        assert row.lead_unit not in not_units, row.item.text
        assert row.action.rstrip("。") != row.item.text.strip().rstrip("。"), row.item.text
        assert len(row.action) <= 30
        if row.lead_unit.startswith(SUGGESTED):
            assert row.lead_unit.removeprefix(SUGGESTED) in named, row.item.text
