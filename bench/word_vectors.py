"""Build the word vectors `speechmine follow` ranks by (speechmine/follow/vectors.npz).

Not run by the tests or CI: the vectors are built once from a folder of published work reports,
which the repository does not hold, and the file is shipped with the package. Each report is read
as speechmine reads any document and cut into jieba words by speechmine's own tokenizer; a word
is kept when it is a word of the dictionary speechmine segments with (jieba's, with the lexicon's
added words) and stands at least MIN_COUNT times in the reports, so the file holds dictionary
words and numbers only, no text of the reports. Words met within WINDOW words of each other in
a paragraph are counted, the counts weighed by positive pointwise mutual information (context
counts smoothed to the power 0.75) and reduced to DIMENSIONS by a truncated SVD with a fixed
start vector, so the same reports give the same file.

    python bench/word_vectors.py REPORTS...          # files or folders (.txt, .docx, .pdf)
    python bench/word_vectors.py REPORTS... --skip 北京 --skip 保定   # leave out some places' reports

The file shipped was built from 2,618 published government work reports: the city, provincial and
State Council reports of 2010-2026 in GitHub lawtext/gov (`政府工作报告-*`, one .txt a report), the
143 city reports of 2024 in JiangGufan/digital-governance, the 31 provincial reports of 2025 in
alexzhu0/government_report_rag and those of 2026 in johncodes404/china-provincial-gov-reports-2026,
leaving out every report of a place whose pair of reports the follow-through figures are measured
on (`--skip 保定 --skip 天水 --skip 平潭 --skip 锦州 --skip 常德 --skip 绵阳 --skip 江西 --skip 成都`;
docs/follow.md, rounds eleven and fourteen). About two minutes on one core.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from speechmine.analysis.segment import tokenize  # noqa: E402
from speechmine.lexicon import load  # noqa: E402
from speechmine.reading import read  # noqa: E402

WINDOW = 5
MIN_COUNT = 20
DIMENSIONS = 150
SMOOTHING = 0.75
OUT = ROOT / "speechmine" / "follow" / "vectors.npz"
_HAN = re.compile(r"[\u4e00-\u9fff]")


def documents(paths: list[Path], skip: list[str]) -> list[Path]:
    found = []
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        found += [f for f in files if f.suffix.lower() in (".txt", ".docx", ".pdf")
                  and not any(place in f.name for place in skip)]
    return found


def paragraphs(files: list[Path], lexicon, known: set[str]) -> list[list[str]]:
    out = []
    for f in files:
        for para in read(f).text.split("\n"):
            words = [t.text for t in tokenize(para, lexicon) if len(t.text) >= 2 and _HAN.search(t.text)
                     and t.text in known]
            if words:
                out.append(words)
    return out


def vectors(paras: list[list[str]]) -> tuple[list[str], np.ndarray]:
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    counts = Counter(w for p in paras for w in p)
    vocab = sorted(w for w, c in counts.items() if c >= MIN_COUNT)
    index = {w: i for i, w in enumerate(vocab)}
    ids = [(index[w], k) for k, para in enumerate(paras) for w in para if w in index]
    word = np.array([i for i, _ in ids], dtype=np.int64)
    para = np.array([k for _, k in ids], dtype=np.int64)
    shape = (len(vocab), len(vocab))
    counted = coo_matrix(shape).tocsr()
    for gap in range(1, WINDOW + 1):  # each pair of words `gap` apart in one paragraph, both ways
        same = para[:-gap] == para[gap:]
        a, b = word[:-gap][same], word[gap:][same]
        counted = counted + coo_matrix((np.ones(2 * len(a)), (np.r_[a, b], np.r_[b, a])), shape=shape).tocsr()
    pairs = counted.tocoo()
    total = pairs.data.sum()
    word_p = np.asarray(pairs.sum(axis=1)).ravel() / total
    context = np.asarray(pairs.sum(axis=0)).ravel() ** SMOOTHING
    context_p = context / context.sum()
    pmi = np.log(pairs.data / total / word_p[pairs.row] / context_p[pairs.col])
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (pairs.row[keep], pairs.col[keep])), shape=pairs.shape).tocsr()
    start = np.full(len(vocab), 1 / np.sqrt(len(vocab)))
    u, s, _ = svds(ppmi, k=DIMENSIONS, v0=start)
    order = np.argsort(-s)
    found = u[:, order] * np.sqrt(s[order])
    length = np.linalg.norm(found, axis=1)
    kept = length > 1e-6  # a word with no context above chance has no direction
    vocab, found = [w for w, k in zip(vocab, kept) if k], found[kept] / length[kept, None]
    found *= np.sign(found[np.abs(found).argmax(axis=0), np.arange(found.shape[1])])  # one sign per axis
    return vocab, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+", type=Path)
    parser.add_argument("--skip", action="append", default=[], help="leave out files whose name holds this")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    lexicon = load()
    import jieba

    jieba.dt.check_initialized()
    known = {w for w, f in jieba.dt.FREQ.items() if f} | set(lexicon.dictionary_words)
    files = documents(args.reports, args.skip)
    vocab, found = vectors(paragraphs(files, lexicon, known))
    words = np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8)
    scale = np.abs(found).max(axis=1, keepdims=True) / 127  # each row in bytes, with its own scale
    np.savez_compressed(args.output, words=words, vectors=np.round(found / scale).astype(np.int8),
                        scale=scale.astype(np.float32))
    print(f"{len(files)} reports, {len(vocab)} words x {found.shape[1]} -> {args.output} "
          f"({args.output.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
