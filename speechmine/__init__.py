"""speechmine: Chinese leader speeches and policy texts in, task items, a task graph and
follow-up checklists out.

    >>> import speechmine
    >>> result = speechmine.extract("examples/speech.txt")
    >>> [(it.kind, it.party, it.deadline) for it in result.items][:3]
"""
from . import moved

moved.install()

from .errors import SpeechmineError
from .model import Item, Result, Span
from .extract import extract
from .scale.batch import extract_many
from .follow import FollowResult, follow
from .evaluate import Scores, evaluate

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "evaluate", "Scores", "follow", "FollowResult", "Item", "Result", "Span", "SpeechmineError", "__version__"]
