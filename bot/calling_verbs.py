"""The verbs of calling a thing something, one table for every stage: compiling (`bot.class_nouns`, `bot.features`)
reads them in statements, answering (`bot.answering.understand.lexicon`, `bot.answering.articles`) in questions. A
leaf module, importing nothing, so that the stages below the answering package share it with that package instead of
keeping copies. General English only.
"""

from __future__ import annotations

# verbs of calling a thing something, in the forms a question or a statement types them ("which article calls the
# guild a rival", "why did Lind brand the lease a failure")
CALLING_VERBS = frozenset(
    "call calls called label labels labeled labelled brand brands branded dub dubs dubbed".split()
)
# and describing, which asks how a thing is called as well ("how did the Gazette describe the guild")
DESCRIBING_VERBS = CALLING_VERBS | frozenset("describe describes described".split())
# "call" in every form, "calling" too: statements call something a name in saying it ("attacked the guild, calling
# it reckless")
CALL_FORMS = frozenset("call calls called calling".split())
