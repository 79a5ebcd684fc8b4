"""Commitment follow-through: what a later document (next year's review, a 年终总结) says about
each task of an earlier one.

`follow(earlier, later)` extracts the earlier document's items, finds the later document's review
part (its parts whose titles review past work, up to the next part of tasks; the whole text when
it has none) and its problems paragraph, cuts the review into units (sentences, split at `；`),
and ranks the units for each item by BM25 (bm25s) over jieba words and character pairs, plus
shared names and figures (an item that heads a section is also read with its tasks' words).
Blanket claims (`lexicons/blanket_claims.txt`) are never evidence. Each link gets at most three
evidence units, best first, with offsets into the later text, and a status:

- `silent`: no unit shares specific enough words with the task (its evidence is then the
  nearest units, each marked `about` False, for a reader to confirm the silence);
- `missed`: a reported figure falls short of a quantitative target;
- `done`: every target met, or the best evidence reports finished what the task names;
- `progress`: anything else the review speaks about, including a shortfall named in the
  problems paragraph.

Targets are split into indicators (`生产总值增长8%以上`); each is matched with a reported figure
of the same unit whose words agree (names unified by `lexicons/indicator_synonyms.txt`) and judged
with its modifier (`以上`, `左右`, `不超过`, via `speechmine.analysis.targets.parse_target`). The thresholds
were set on three quarters of the shared real pair; docs/follow.md gives the figures.

Modules: `review` (the review part and its units), `titles` (the earlier document's titles and
the tasks they head), `rank` (ranking), `indicators` (targets and verdicts), `status`, `words`
(follow's lexicons), `model` (the result types), `core` (the whole).
"""
from .core import follow
from .model import STATUS_NAMES, STATUSES, Evidence, FollowResult, Indicator, Link
from .review import review_part

__all__ = ["follow", "FollowResult", "Link", "Evidence", "Indicator", "STATUSES", "STATUS_NAMES", "review_part"]
