"""Step 2: what the question asks for (its kind) and what it is about (entities and subject words).

Kinds: amount, count, date, who, where, what-is, why-how, yes-no, comparison, list, quote, topic (a bare subject
such as "lamp protest"), small-talk, non-english. They are told apart by the question's grammar (its first
words and cue phrases), never by brief content. Typos are fixed in two passes: first against English question and
function words ("hw" -> "how"), then against the brief's own vocabulary ("petiton" -> "petition"); a word that
is common English as typed is never "corrected".
"""

from bot.answering.understand.question import NameSpans, Question
from bot.answering.understand.understander import Understander

__all__ = ["NameSpans", "Question", "Understander"]
