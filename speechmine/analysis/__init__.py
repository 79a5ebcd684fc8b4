"""Analysis: one document's text to task items.

normalise → segment (words) → structure (parts, headings, sentences) → items (which sentences
are tasks) → parties / assign (who) → dates, timing (when) → quantities, targets (how much) →
enrich (suggested units, due dates). `speechmine.extract` runs them in that order.
"""
