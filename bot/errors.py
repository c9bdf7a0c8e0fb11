"""The core's errors. One base, so adapters need one catch for everything the core means to say.

    BotError                 a known failure whose message is meant for a person
    ├── BriefError           the brief on disk is broken; `.problems` lists every independent one (file, id, reason),
    │                        `.following` the broken links an unreadable fact file may explain
    ├── CommandError         the user's command could not be understood or carried out (usage, bad time zone…)
    ├── ConfigError          settings are missing or contradict each other
    └── StorageError         the database cannot be opened or used (bot/store.py names the cause in one line)

Anything else is a bug: adapters log it with `log.exception` and show the fixed apology in messages.py.
"""

from __future__ import annotations

from dataclasses import dataclass


class BotError(Exception):
    """A failure with a message meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Problem:
    file: str
    item: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.item}" if self.item else self.file
        return f"{where}: {self.reason}"


# why the counted problems are not listed, by what caused them (BriefError's `causes`)
_SUPPRESSED_BECAUSE = {
    frozenset({"file"}): "they only follow from the files above that are missing, empty or could not be read, such as "
    "references to ids defined there",
    frozenset({"entry"}): "they are references to the entries above, which are left out of the brief until they are "
    "valid",
    frozenset({"file", "entry"}): "they only follow from the files above that are missing, empty or could not be "
    "read, or are references to the entries above, which are left out of the brief until they are valid",
}


_FOLLOWING = (
    "and {count} link(s) to facts found nowhere, which may only follow from {files} above (its facts are unknown "
    "until it reads); any still broken then are problems of their own:"
)


class BriefError(BotError):
    """`suppressed` counts the problems left out because they only follow from a file that is missing, empty or could
    not be read, or from an entry left out as invalid (references to ids it would have defined): fix that file or
    entry and they either vanish or show. `causes` says which of the two ("file", "entry") the count comes from, so
    its explanation names only what happened (empty: the generic one).

    `following` are links to facts found nowhere while the fact files `unparsed` could not be parsed: those files may
    have defined them, or they may be typos, which cannot be told apart until the files read. They are listed after
    the problems, under a line saying so, and not counted among them (fresh tester 67 U3: one invalid YAML line
    made "18 problem(s)", 17 of them broken links to the facts of that file)."""

    def __init__(
        self,
        problems: list[Problem],
        *,
        suppressed: int = 0,
        causes: frozenset[str] = frozenset({"file"}),
        following: list[Problem] | None = None,
        unparsed: list[str] | None = None,
    ) -> None:
        self.problems = problems
        self.suppressed = suppressed
        self.following = following or []
        lines = "\n".join(f"  {p}" for p in problems)
        if self.following:
            files = " and ".join(unparsed or []) or "the fact files above"
            lines += "\n  " + _FOLLOWING.format(count=len(self.following), files=files)
            lines += "".join(f"\n    {p}" for p in self.following)
        because = _SUPPRESSED_BECAUSE.get(causes, _SUPPRESSED_BECAUSE[frozenset({"file"})])
        more = f"\n  ({suppressed} more problem(s) not listed: {because})" if suppressed else ""
        super().__init__(f"The brief has {len(problems)} problem(s):\n{lines}{more}")


class CommandError(BotError):
    pass


class ConfigError(BotError):
    pass


class StorageError(BotError):
    pass


def validator_message(msg: object) -> str:
    """The message a validator of ours raised, as pydantic reports it in an error's "msg", without the "Value error, "
    it puts before it (its error type): what is wrong, in our words."""
    return str(msg).removeprefix("Value error, ")
