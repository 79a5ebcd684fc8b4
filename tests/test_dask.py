"""The Dask path: the batch's per-document function over a bag on a LocalCluster."""
from __future__ import annotations

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from speechmine.scale.batch import document_record  # noqa: E402
from speechmine.scale.distributed import extract_bag  # noqa: E402
from speechmine.errors import SpeechmineError  # noqa: E402

DOCS = {
    "一.txt": "二、重点工作\n各区县要在年底前建立工作专班。严禁弄虚作假。\n",
    "二.txt": "县交通局要在9月底前完成国道改造，新建公路不少于20公里。\n",
}


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            yield client


def test_records_on_a_cluster_match_the_local_function_in_input_order(client, tmp_path):
    paths = []
    for name, text in DOCS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    paths.insert(1, str(tmp_path / "缺失.txt"))
    records = extract_bag(paths, client=client, npartitions=2)
    assert [r["source"] for r in records] == paths
    assert records == [document_record(p) for p in paths]
    assert "no such file" in records[1]["error"]
    assert [it["deadline"] for it in records[2]["items"]] == ["9月底前"]
    assert records[0]["items"][1]["kind"] == "prohibition"


def test_bad_options_fail_before_any_work_is_sent(client):
    with pytest.raises(SpeechmineError, match="unknown segmenter"):
        extract_bag(["x.txt"], client=client, segmenter="thulac")
