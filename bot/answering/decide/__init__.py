"""Step 4: answer or refuse, and why.

A question is answered only when it is about something the brief covers:
- words the brief never uses must not make up half of what it asks about (after aliases, typo fixes and synonyms),
  and none of them may be a number (a year the articles never mention): otherwise "outside what I cover";
- it must name something specific in the brief: an entity, or a word the brief uses that is not everyday English
  and not one of the brief's own ubiquitous words (found from document frequencies, such as its two main names);
- the best fact must cover half of the question's subject weight (40% when it involves two specific entities the
  question names);
- amount, count and date questions need a best fact that holds an amount, a count or a date (a sum of money is no
  count), and a share asked ("what percent of …") one that states a share;
- a question asking the asker's own way to do something ("how do i …") is outside what the articles tell, and so is
  one naming in capitals something the brief never uses ("the IRS").
"""

from bot.answering.decide.decider import Decider, Decision

__all__ = ["Decider", "Decision"]
