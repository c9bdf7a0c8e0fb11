"""The core stays platform-neutral and brief-neutral: nothing under bot/ imports Slack, Discord or the adapters,
and nothing in it names the shipped brief's content."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

from bot.answering.english import EVERYDAY_ZIPF
from bot.brief import Brief

FORBIDDEN = ("slack_bolt", "slack_sdk", "discord", "adapters")
BOT = Path(__file__).resolve().parent.parent / "bot"


def test_bot_imports_no_platform_or_adapter_module() -> None:
    offenders = []
    for path in BOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


PRODUCT = "palantir-ice"  # the command and package are named after the first brief: a name, not its content


def _distinctive_names(brief: Brief) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What in the brief's entity names and aliases is its own, not general English, as two patterns: one matched
    whole-word in any case, one in capitals only.

    - A one-word name of 4+ letters that is no English word: not in lemminflect's lexicon and rarer than
      EVERYDAY_ZIPF by wordfreq ("Palantir", "Karp", "GitHub", "Gotham"; not "Google" or "Boston", which are).
    - A name of several words, each capitalised, with at least one word rarer than EVERYDAY_ZIPF ("Palo Alto",
      "Business Insider", "Operation Mega"; not "New York" or "The Hill", which are everyday words).
    - An acronym of 3+ letters the brief writes in capitals, matched in capitals only: "ICE", "VICE" and "DRUM"
      are everyday words in lower case.
    """
    anyhow: set[str] = set()
    capitals: set[str] = set()
    for entity in brief.entities.values():
        for name in (entity.name, *entity.aliases):
            words = re.findall(r"[^\W\d_]+", name)
            rare = [w for w in words if zipf_frequency(w, "en") < EVERYDAY_ZIPF]
            if len(words) == 1 and len(words[0]) >= 4 and rare and not getAllLemmas(words[0].lower()):
                anyhow.add(re.escape(words[0].lower()) + "s?")
            elif len(words) > 1 and rare and all(w[0].isupper() for w in words):
                anyhow.add(r"\W+".join(re.escape(w.lower()) for w in words))
            capitals |= {w for w in words if len(w) >= 3 and w.isupper()}
    return (
        re.compile(r"\b(?:" + ("|".join(sorted(anyhow)) or "(?!)") + r")\b", re.IGNORECASE),
        re.compile(r"\b(?:" + ("|".join(sorted(capitals)) or "(?!)") + r")\b"),
    )


def test_core_names_no_entity_of_the_shipped_brief(brief: Brief) -> None:
    """bot/ works for any brief, so nothing in it, comments and docstrings included, names one of the shipped
    brief's entities: an example there uses neutral names (keeper, lamp, Gazette, guild, harbour)."""
    anyhow, capitals = _distinctive_names(brief)
    names = [name for entity in brief.entities.values() for name in (entity.name, *entity.aliases)]
    assert any(map(anyhow.search, names)) and any(map(capitals.search, names))  # the rule finds some of them
    offenders = []
    for path in sorted(BOT.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            text = re.sub(re.escape(PRODUCT), " ", line, flags=re.IGNORECASE)
            found = [m.group() for pattern in (anyhow, capitals) for m in pattern.finditer(text)]
            if found:
                offenders.append(f"{path.relative_to(BOT.parent)}:{number}: {', '.join(found)}")
    assert offenders == [], "\n".join(offenders)


def test_core_examples_name_no_acronym_of_the_shipped_brief_in_lower_case(brief: Brief) -> None:
    """An example in bot/ typed as people type ("what is <acronym>", "<acronym> arrested how many people") names the
    brief's content as much as the capitals do; the capitals-only rule above lets those through (fresh review 19,
    section 5). General abbreviations the text reads (bot/text.py ABBREVIATIONS: "nyc") are not the brief's."""
    from bot.text import ABBREVIATIONS

    acronyms = {
        w.lower()
        for entity in brief.entities.values()
        for name in (entity.name, *entity.aliases)
        for w in re.findall(r"[^\W\d_]+", name)
        if len(w) >= 3 and w.isupper()
    } - set(ABBREVIATIONS)
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, acronyms))) + r")\b")
    offenders = []
    for path in sorted(BOT.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            text = re.sub(r"pal(?:antir)?-ice", " ", line, flags=re.IGNORECASE)  # the product's name, shortened too
            found = [m.group() for quoted in re.findall(r'"[^"]*"', text) for m in pattern.finditer(quoted)]
            if found:
                offenders.append(f"{path.relative_to(BOT.parent)}:{number}: {', '.join(found)}")
    assert offenders == [], "\n".join(offenders)


def test_core_names_no_fact_or_source_id_of_the_shipped_brief(brief: Brief) -> None:
    """A message or example in bot/ naming one of the shipped brief's ids ("Usage: fact ID, for example fact <id>")
    shows a second brief's users an id it does not have (cl30's review: messages.FACT_USAGE did)."""
    ids = {i for i in (*brief.facts, *brief.sources, *brief.entities) if "-" in i or any(c.isdigit() for c in i)}
    assert ids  # the rule has ids to look for
    longest_first = sorted(map(re.escape, ids), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(longest_first) + r")(?![\w-])")
    offenders = []
    for path in sorted(BOT.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            text = re.sub(re.escape(PRODUCT), " ", line, flags=re.IGNORECASE)
            offenders += [f"{path.relative_to(BOT.parent)}:{number}: {m.group()}" for m in pattern.finditer(text)]
    assert offenders == [], "\n".join(offenders)


def test_the_calling_verb_tables_are_one_leaf_module_every_stage_imports() -> None:
    """One table of verbs of calling (bot/calling_verbs.py), the very objects in every module reading them: compiling
    (class_nouns, features) and answering (articles, attribution, speakers…) kept copies of their own, held equal by
    this test, until the tables moved to a module that imports nothing, so no stage's import order forbids it."""
    import ast

    from bot import calling_verbs, class_nouns, features
    from bot.answering import KIND_CALLING, articles, attribution, speakers
    from bot.answering.compose import speech, yes_no_checks

    leaf = ast.parse((BOT / "calling_verbs.py").read_text(encoding="utf-8"))
    imported = [n for n in ast.walk(leaf) if isinstance(n, ast.Import | ast.ImportFrom)]
    assert all(isinstance(n, ast.ImportFrom) and n.module == "__future__" for n in imported)
    assert attribution.CALLING is articles.CALLING_VERBS is calling_verbs.CALLING_VERBS
    assert yes_no_checks.CALLING is KIND_CALLING is class_nouns.DESCRIBING is calling_verbs.DESCRIBING_VERBS
    assert speakers.CALLING is features.CALLING is calling_verbs.CALL_FORMS
    assert frozenset({"call"}) == speech.CALLING_STEMS
