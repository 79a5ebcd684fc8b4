"""speechmine as a spaCy pipeline component.

    >>> import spacy
    >>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    >>> nlp.add_pipe("speechmine")
    >>> doc = nlp("各区县要在年底前完成道路改造。")
    >>> [(span.text, span._.kind, span._.deadline) for span in doc._.tasks]

`doc._.tasks` holds one Span per task item (the item's characters, widened to whole tokens), also
kept as the span group `doc.spans["speechmine"]`; `span._.task` is the item's dict (as in the JSON
output, offsets into `doc.text`) and `span._.kind`, `party`, `deadline`, `target`, `path` its fields.
The factory is found through the `spacy_factories` entry point, or by importing this module.
"""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

SPAN_GROUP = "speechmine"
FIELDS = ("kind", "party", "deadline", "target", "path")


def _field_getter(name: str):
    def get(span: Span) -> Any:
        task = span._.task
        return task.get(name) if task else None

    return get


def register_extensions() -> None:
    """Add `doc._.tasks` and the `span._` fields (once; other packages' extensions are left alone)."""
    if not Doc.has_extension("tasks"):
        Doc.set_extension("tasks", getter=lambda doc: list(doc.spans.get(SPAN_GROUP, [])))
    if not Span.has_extension("task"):
        Span.set_extension("task", default=None)
    for name in FIELDS:
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_field_getter(name))


class SpeechmineComponent:
    """Runs `speechmine.extract` on `doc.text` and records the items as spans."""

    def __init__(self, lexicons: list[str], segmenter: str) -> None:
        from .batch import check_options

        check_options(lexicons, segmenter)
        self.lexicons = tuple(lexicons)
        self.segmenter = segmenter
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        from ..extract import extract
        from ..reading import Source
        from ..analysis.segment import using

        with using(self.segmenter):
            result = extract(Source(name="<doc>", text=doc.text), lexicons=self.lexicons)
        spans = []
        for item in result.items:
            span = doc.char_span(item.start, item.end, alignment_mode="expand")
            if span is not None:
                span._.task = item.to_dict()
                spans.append(span)
        doc.spans[SPAN_GROUP] = spans
        return doc


@Language.factory("speechmine", default_config={"lexicons": [], "segmenter": "jieba"})
def make_speechmine(nlp: Language, name: str, lexicons: list[str] = [],  # noqa: B006 - spaCy config
                    segmenter: str = "jieba") -> SpeechmineComponent:
    """The `speechmine` pipe: `lexicons` are extra lexicon files, `segmenter` jieba or rjieba."""
    return SpeechmineComponent(list(lexicons), segmenter)
