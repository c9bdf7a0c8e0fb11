"""Every sentence the bot says to people, in one place, so Slack, Discord and the console say the same thing."""

from __future__ import annotations

APOLOGY = "Sorry, something went wrong on my side while answering that. The team has been told; please try again."
EMPTY_QUESTION = "Ask me a question about Palantir's work with ICE, for example: how much is the ICE contract?"
TOO_LONG = "That message is too long for me to read ({limit} characters at most). Ask in a sentence or two."
NO_ANSWER = "I don't have a sourced answer to that in my fact base."
OFF_TOPIC = "That's outside what I cover: I only answer from news articles about Palantir's work with ICE."
SUGGEST_HEADER = "Things I can answer:"
RATE_LIMITED = "You're asking faster than I can keep up ({limit} questions a minute). Please wait {wait} seconds."
DIGESTS_DISABLED = "Scheduled digests are not enabled on this bot yet."
NOTHING_ON_THIS_DATE = "Nothing in my fact base happened on {day}, or within a week of it."
NEAREST_HEADER = "Nothing on {day} itself. Nearest anniversaries within a week:"
UNKNOWN_FACT = "There is no fact with the id {fact_id!r}."
UNKNOWN_TOPIC = "Unknown topic {topic!r}. Topics: {topics}."
EMPTY_TIMELINE = "No dated facts match that timeline."
BAD_DATE = "I couldn't read {value!r} as a date: use YYYY-MM-DD, for example 2019-09-13."
BAD_YEAR = "I couldn't read {value!r} as a year: use four digits, for example 2019."
THANKS_FEEDBACK = "Thanks, noted: it helps the curators fix and extend the fact base."
SUBSCRIBE_IN_DM = "Digests go to channels: run subscribe in the channel that should receive them."

HELP = """I answer questions about Palantir's contracts with ICE from five news articles (2018-2019), and cite them.
Commands:
  <question>                 ask anything, e.g. "how much is the ICE contract?" or "what is FALCON?"
  today [YYYY-MM-DD]         what happened on this date in past years
  timeline [YEAR] [TOPIC]    dated facts in order, e.g. "timeline 2019 protests"
  sources                    the articles I rely on
  fact ID                    one fact in full, with its quotes
  subscribe [HH:MM] [Area/City] [--empty skip|nearest]   a daily "on this date" digest in this channel
  unsubscribe | status       stop the digest, or show this channel's subscription
  help                       this text"""
