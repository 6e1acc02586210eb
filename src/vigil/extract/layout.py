"""How a text is laid out before its first sentence: a headline, a label, a kicker line.

Press releases, situation reports, live blogs and newspaper pages open with a line that is no
sentence ("COMMUNIQUÉ OF THE GENERAL STAFF", "LIVE: March to Parliament", "Cabo Delgado weekly
update, 6–12 May 2024"). Read as the lede, it hides the real one: the lede decides what the
text is about, its date and its place. The coder reads the body; the stored article keeps all.
"""

from __future__ import annotations

import re

# a line with no sentence's end, then a line break: a headline or label (at most two of them)
_HEADER_LINE = re.compile(r"\A[ \t]*(?P<line>[^\n]{1,160}?)[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?…\"'”’)]$")
MAX_HEADER_WORDS = 20


# "Kherson Regional Military Administration (Telegram, 09:12): Yesterday ...": a post's source label
# a bulletin's opening words: "News at four.", "BREAKING:", "UPDATE 2-"
_BULLETIN = re.compile(
    r"\A\s*(?:news at [\w:]+|breaking(?: news)?|update(?: \d+)?|developing story)\s*[.:\-–—]\s*", re.I
)
_POSTED_BY = re.compile(
    r"\A[ \t]*[^\n.:]{3,90}\((?:Telegram|X|Twitter|Facebook|WhatsApp)\b[^)\n]{0,30}\):\s*"
)


def body_text(text: str) -> str:
    """``text`` without the headline or label lines that open it; unchanged when it has none.

    >>> body_text("LIVE: March to Parliament\\n\\n11:42 - Police arrested 45 people.")
    '11:42 - Police arrested 45 people.'
    >>> body_text("Gunmen killed 3 people.\\nPolice said.")
    'Gunmen killed 3 people.\\nPolice said.'
    """
    body = text
    for _ in range(2):
        head = _HEADER_LINE.match(body)
        if head is None or head.end() >= len(body):
            break
        line = head.group("line")
        if _SENTENCE_END.search(line) or len(line.split()) > MAX_HEADER_WORDS:
            break
        body = body[head.end() :]
    body = _BULLETIN.sub("", _POSTED_BY.sub("", body, count=1), count=1)
    label = _LABEL.match(body)
    if label is None or not _GENRE.search(label["label"]) or _VERB.search(label["label"]):
        return body
    # "Weekly roundup, 16-22 February. Russian forces took ...": the label goes after the body,
    # where the places and dates it names are the setting, not the lede's
    return f"{body[label.end() :]}\n\n{label['label']}."


# a first sentence that only names the bulletin: "Segou regional news (translated from Bambara).",
# "CHAD: Lac Province - Flash Update No. 2 (5 April 2023)."
_LABEL = re.compile(r"\A\s*(?P<label>(?:No\.\s*\d+|[^.!?\n]){3,140}?)(?<!\bNo)\.\s+(?=[A-Z0-9\"'“])")
_GENRE = re.compile(
    r"\b(?:round-?up|review|update|bulletin|news|digest|briefing|sitrep|situation report|summary|"
    r"communiqu\w+|press release|dispatch|newsletter)\b",
    re.I,
)
_VERB = re.compile(
    r"\b(?:said|says|reported|reports|announced|told|was|were|has|have|had|is|are|killed|attacked|will|would)\b",
    re.I,
)
