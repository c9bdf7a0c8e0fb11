"""Kept for imports written before the answering package: the Answerer now lives in `bot.answering`."""

from __future__ import annotations

from bot.answering import Answerer

__all__ = ["Answerer"]
