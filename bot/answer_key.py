"""What a button under an answer carries to show THE SAME answer again: `AnswerKey`, and `digest_of(answer)`.

A button is pressed later, perhaps on another replica, with no conversation to lean on: a follow-up ("what does it
do", after "what is X") asked again alone is another question (fresh tester 65 P1: Share reposted another answer,
or refused, and Related found none). So the key holds the standalone question the follow-up was read as
(`Answer.read_as`), the answer's evidence (its "best" fact ids) and a digest of its lead and evidence, with which
`Core.reshow` re-renders it and checks it is the same; what cannot be shown the same is refused, never replaced.

A key travels in a button's value, which anyone can edit: nothing in it is trusted. The digest is no signature (it
holds no secret); it only tells an answer that came out differently (the fact base changed since, a value edited)
from the one the button was under.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from bot.replies import Answer

DIGEST_CHARS = 12  # hex characters: 48 bits, enough to tell two answers apart (no secret, no collision attack)


@dataclass(frozen=True, slots=True)
class AnswerKey:
    """`question` as typed; `read_as` the standalone question a follow-up was read as ("" when none); `facts` the
    answer's evidence ids in order; `digest` (`digest_of`) of the answer shown, "" for a button from before keys
    (only its question travelled: it is asked again alone, as it always was)."""

    question: str
    read_as: str = ""
    facts: tuple[str, ...] = ()
    digest: str = ""

    @property
    def asked(self) -> str:
        """The question the answer was made for: the follow-up's reading, else the question as typed."""
        return self.read_as or self.question


def digest_of(answer: Answer) -> str:
    """A short digest of what an answer says: its lead (else its text) and its evidence ids, in order."""
    said = "\n".join([answer.lead or answer.text, *(item.id for item in answer.evidence)])
    return hashlib.sha256(said.encode()).hexdigest()[:DIGEST_CHARS]


def key_of(answer: Answer) -> AnswerKey:
    """The key that shows `answer` again (`Core.reshow`)."""
    return AnswerKey(
        question=answer.question,
        read_as=answer.read_as,
        facts=tuple(item.id for item in answer.evidence),
        digest=digest_of(answer),
    )
