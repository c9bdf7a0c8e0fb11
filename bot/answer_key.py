"""What a button under an answer carries to show THE SAME answer again: `AnswerKey`, and `digest_of(answer)`.

A button is pressed later, perhaps on another replica, with no conversation to lean on: a follow-up ("what does it
do", after "what is X") asked again alone is another question (fresh tester 65 P1: Share reposted another answer,
or refused, and Related found none). So the key holds the standalone question the follow-up was read as
(`Answer.read_as`), the answer's evidence (its "best" fact ids) and a digest of its lead and evidence, with which
`Core.reshow` re-renders it and checks it is the same; what cannot be shown the same is refused, never replaced.

A key travels in a button's value, which anyone can edit: nothing in it is trusted. The digest is no signature (it
holds no secret); it only tells an answer that came out differently (the fact base changed since, a value edited)
from the one the button was under. It covers every field of the key as well as what the answer says (fresh tester
67 O1: it covered the lead and evidence only, so an edited question or reading was shared under the real answer,
"asked: what does it dox", and reversed or added fact ids passed): an edited key is refused whichever part changed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace

from bot.replies import Answer

DIGEST_CHARS = 12  # hex characters: 48 bits, enough to tell two answers apart (no secret, no collision attack)
SHOWN_CHARS = 300  # an answer's `question` is the question as typed cut to this, for showing back (bot/answering)


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
    """A short digest of an answer as a button shows it: the question as typed, the reading of a follow-up, the
    lead (else the text), the evidence ids in order and the cited source ids, sorted. Each part is JSON-quoted so
    no two different answers run together into the same digested text."""
    parts = [
        answer.question,
        answer.read_as,
        answer.lead or answer.text,
        [item.id for item in answer.evidence],
        sorted({citation.source_id for citation in answer.citations}),
    ]
    said = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(said.encode()).hexdigest()[:DIGEST_CHARS]


def question_to_carry(answer: Answer, typed: str) -> str:
    """The question a button under `answer` carries to work it out again: `answer.question` (as shown back: cleaned
    of chat markup), unless that was cut to `SHOWN_CHARS`, then `typed`, the question as typed (at most 1,000
    characters; `bot.commands.typed_question`): the cut words asked again are another question (fresh tester 72
    P1: every button under a 436-character question said the answer "comes out differently now")."""
    if len(answer.question) >= SHOWN_CHARS and typed.strip():
        return typed
    return answer.question


def key_of(answer: Answer, *, question: str | None = None, read_as: str | None = None) -> AnswerKey:
    """The key that shows `answer` again (`Core.reshow`), for a button that carries `question` and `read_as`
    when they are not the answer's own (Slack cuts a long follow-up's typed words to fit its value; Discord's
    custom_id carries the reading alone): the digest covers what the button carries, since that is what is shown."""
    carried = replace(
        answer,
        question=answer.question if question is None else question,
        read_as=answer.read_as if read_as is None else read_as,
    )
    return AnswerKey(
        question=carried.question,
        read_as=carried.read_as,
        facts=tuple(item.id for item in answer.evidence),
        digest=digest_of(carried),
    )


def fits(key: AnswerKey, answer: Answer) -> Answer | None:
    """`answer` (worked out again from `key`) as the button showed it, the words typed and their reading from the
    key, when it is the very answer the key was made from: its evidence the key's ids, in order, and the digest
    of the whole (every field of the key included) the key's; else None. A key with a digest and no ids (a
    Discord button under an answer not a follow-up: 100 characters leave no room for them) is checked by its
    digest alone, which covers the evidence ids in order."""
    if (key.facts or not key.digest) and tuple(item.id for item in answer.evidence) != key.facts:
        return None
    shown = replace(answer, question=key.question, read_as=key.read_as)
    return shown if digest_of(shown) == key.digest else None
