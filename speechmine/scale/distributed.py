"""Beyond one machine: the batch's per-document function over a Dask bag on a dask.distributed
cluster (`pip install 'speechmine[dask]'`). See docs/scale.md.

    >>> from distributed import Client
    >>> records = extract_bag(paths, client=Client("tcp://scheduler:8786"))

The workers read the documents themselves, so `paths` must be readable on every worker (a shared
file system, or the same paths on each machine).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Sequence

from .batch import check_options, document_record
from ..errors import SpeechmineError


def extract_bag(paths: Iterable[str | Path], client: Any = None, lexicons: Sequence[str | Path] = (),
                segmenter: str = "jieba", npartitions: int | None = None) -> list[dict[str, Any]]:
    """One record per document, in input order: `{"source", "items", …}` or `{"source", "error"}`
    (the lines `speechmine batch` writes).

    `client`: a `distributed.Client`; None uses the current default client (else Dask's local
    scheduler). `npartitions` defaults to one partition per document, up to 256.
    """
    try:
        import dask.bag as db
    except ImportError:
        raise SpeechmineError("the Dask path needs dask: pip install 'speechmine[dask]'") from None
    documents = [str(p) for p in paths]
    lexicon_files = tuple(str(p) for p in lexicons)
    check_options(lexicon_files, segmenter)
    if not documents:
        return []
    bag = db.from_sequence(documents, npartitions=npartitions or min(len(documents), 256))
    records = bag.map(document_record, lexicons=lexicon_files, segmenter=segmenter)
    if client is not None:
        return list(client.compute(records).result())
    return list(records.compute())
