"""Deaths told without a figure: "a soldier was killed" counts 1, "killing civilians" 3 (ACLED's
figure for a limited, unnumbered loss). Split from :mod:`vigil.extract.casualties`, which reads
them where a sentence states no figure of its own."""

from __future__ import annotations

from collections.abc import Sequence

from vigil.extract.harmclauses import (
    ADJ_ED,
    PERSON_SINGULAR,
    is_verb,
    passive_pair,
    persons_after,
    persons_before,
    previous_word,
)
from vigil.extract.harmwords import (
    ACTIVE_TO_DEATH,
    ANIMALS,
    CLAUSE_BREAK,
    KILL_ACTIVE,
    KILL_PASSIVE,
    NEGATORS,
    NOT_ACTIVE,
    TO_DEATH,
    VICTIM_HEADS,
)
from vigil.extract.mentions import REPORTING, Mention, counted_group
from vigil.extract.numbers import LIMITED_UNNUMBERED, words
from vigil.taxonomy import ClaimKind, Counted

_BE_WORDS = words("was were is are been")
_TOLD_BEFORE = words("victim victims dead deceased")
_PARTICIPLES = words("shot hit cut burnt struck bound hung hanged dragged whipped tortured")
_SINGULAR_DET = words("a an one the his her its their this that another")


_MODALS = words("to the of was were been be is are would will could may might did not")
_AFTER_HEADLINE_PASSIVE = words("by in on at during after when while near , . ; ( -")


def unnumbered(tokens: Sequence[str], used: set[int]) -> list[Mention]:
    """Deaths stated without a figure: "a soldier was killed" = 1, "killing civilians" = 3."""
    mentions: list[Mention] = []
    for j, tok in enumerate(tokens):
        if j in used:
            continue
        prev = previous_word(tokens, j)  # "a soldier was also killed": the auxiliary's
        nxt = list(tokens[j + 1 : j + 4])
        shot_dead = tok == "dead" and prev in TO_DEATH  # "shot dead a civilian"
        if (
            (tok in KILL_ACTIVE or shot_dead)
            and (prev not in _MODALS or (prev == "of" and "accused" in tokens[max(0, j - 10) : j]))
            and nxt
            and not passive_pair(tokens, j)
            and _coordinated_passive(tokens, j) is None
        ):
            obj = nxt if nxt[0] not in _AFTER_HEADLINE_PASSIVE else _past_verb_chain(tokens, j)
            mention = _active_object(obj) if obj else None
            if mention is not None and tok.startswith("neutrali") and not _person_named(obj):
                mention = None  # "neutralised an improvised explosive device": a bomb made safe
            if mention is not None and mention.figure == 1 and obj is nxt:
                mention = Mention(ClaimKind.KILLED, persons_after(tokens, j + 1) or 1, mention.counted, False)
            if mention is not None and not _negated(tokens, j):
                mentions.append(mention)
            if tok in KILL_ACTIVE or mention is not None:
                continue
        if tok == "death":
            mention = _active_to_death(tokens, j)
            if mention is not None and not _negated(tokens, j):
                mentions.append(mention)
            continue
        passive = tok in KILL_PASSIVE and tok not in ("deaths", "fatalities", "bodies", "corpses")
        if passive or (tok in TO_DEATH and nxt[:2] == ["to", "death"]):
            if (
                tok == "dead"
                and prev not in TO_DEATH
                and prev not in ("found", "left", "leaving", "lay", "were", "was", "are", "is")
            ):
                continue
            mention = _passive_subject(tokens, j)
            if mention is not None and not _negated(tokens, j):
                mentions.append(mention)
    return mentions


def _person_named(words_after: Sequence[str]) -> bool:
    return any(
        w in PERSON_SINGULAR or w[:-1] in PERSON_SINGULAR or w in ("people", "men", "them", "him")
        for w in words_after
    )


def _active_to_death(tokens: Sequence[str], j: int) -> Mention | None:
    """The victim of an active "to death" at ``tokens[j]`` ("death"): after it ("hacked to death
    a herder") or between the verb and it ("beat a thief to death", "burned him to death")."""
    if tokens[j - 1 : j] != ["to"] or j < 3:
        return None
    for v in range(j - 2, max(-1, j - 8), -1):
        if tokens[v] in CLAUSE_BREAK or tokens[v] in (".", ";", ",", "by"):
            return None
        if tokens[v] in ACTIVE_TO_DEATH:
            if v and tokens[v - 1] in NOT_ACTIVE:
                return None  # "threatened to beat him to death"; the passive is read elsewhere
            after = j + 1
            if v == j - 2 and tokens[after : after + 1] == ["and"]:
                # "beat to death and set on fire a man": the victim follows the second verb's words
                after = next(
                    (k for k in range(after + 1, min(len(tokens), after + 6)) if tokens[k] in VICTIM_HEADS),
                    after,
                )
            victim = list(tokens[after : after + 3] if v == j - 2 else tokens[v + 1 : j - 1])
            if after > j + 1 and not any(w in PERSON_SINGULAR or w[:-1] in PERSON_SINGULAR for w in victim):
                return None  # "beat to death and burned the car": the second verb's object is no victim
            return _active_object(victim) if victim else None
    return None


def _past_verb_chain(tokens: Sequence[str], j: int) -> list[str]:
    """What follows a run of verbs that share one object: "abducted, executed, and booby-trapped
    a fighter" -> "a fighter"; nothing when no verb follows the comma or "and"."""
    k = j + 1
    while k < len(tokens) and (
        tokens[k] in (",", "and", "-")
        or (tokens[k - 1] in (",", "and", "-") and is_verb(tokens[k]))
        or (tokens[k - 1] in (",", "and") and tokens[k + 1 : k + 2] == ["-"])  # "booby-trapped"
    ):
        k += 1
    if k == j + 1 or tokens[k - 1] in (",", "and", "-"):
        return []
    obj = list(tokens[k : k + 3])
    # only people: "killed, looted and burned the village" names no one killed
    person = any(w in PERSON_SINGULAR or w[:-1] in PERSON_SINGULAR for w in obj)
    return obj if person or counted_group(obj) is not Counted.TOTAL else []


def _active_object(after: list[str]) -> Mention | None:
    """The object of an active kill verb: "killing a man" = 1, "kill civilians" = 3."""
    while len(after) > 1 and after[0] in ADJ_ED:
        after = after[1:]  # "kills suspected cattle rustler"
    first = after[0]
    if first == "one" and after[1:2] == ["of"]:  # "murdering one of its guards"
        return Mention(ClaimKind.KILLED, 1, counted_group(after[2:]), False)
    if first in ("him", "her", "himself", "herself"):
        return Mention(ClaimKind.KILLED, 1, Counted.TOTAL, False)
    if first in ("them", "themselves"):
        return Mention(ClaimKind.KILLED, LIMITED_UNNUMBERED, Counted.TOTAL, True)
    if first in _SINGULAR_DET:
        noun = [w for w in after[1:] if w.isalpha()][:2]
        if not noun:
            return None
        head = noun[-1] if len(noun) > 1 and noun[0] not in PERSON_SINGULAR else noun[0]
        if (head.endswith("s") and not head.endswith("ss")) or head in ("people", "children", "women", "men"):
            if first in ("a", "an", "one", "another", "this", "that"):
                return None
            return Mention(ClaimKind.KILLED, LIMITED_UNNUMBERED, counted_group(noun), True)
        return Mention(ClaimKind.KILLED, 1, counted_group(noun), False)
    if first in PERSON_SINGULAR:
        return Mention(ClaimKind.KILLED, 1, counted_group([first]), False)
    if (first.endswith("s") and first[:-1] in PERSON_SINGULAR) or first in (
        "people",
        "children",
        "women",
        "men",
        "villagers",
        "worshippers",
        "police",
    ):
        return Mention(ClaimKind.KILLED, LIMITED_UNNUMBERED, counted_group([first]), True)
    if any(w in PERSON_SINGULAR for w in after[1:]) and not any(w.endswith("s") for w in after):
        return Mention(
            ClaimKind.KILLED, 1, counted_group(after), False
        )  # "shot dead Filipino radio broadcaster X"
    return None


def _passive_subject(tokens: Sequence[str], j: int) -> Mention | None:
    """Who "was killed": find the auxiliary and the determiner of its subject."""
    k = j - 1
    while k >= 0 and (
        tokens[k] in ("reportedly", "allegedly", "also", "later", "shot", "found", "left", "and", "instantly")
        or (is_verb(tokens[k]) and k + 1 < len(tokens) and tokens[k + 1] == "and")
    ):
        k -= 1
    if k >= 0 and tokens[k] not in _BE_WORDS and (back := _coordinated_passive(tokens, j)) is not None:
        k = back  # "a woman was tortured with iron rods and killed": the auxiliary of the first verb
    aux = tokens[k] if k >= 0 else ""
    if aux == "been" and k > 0:
        k -= 1
        while k > 0 and tokens[k] in ("already", "reportedly", "allegedly", "also"):
            k -= 1  # "had already been killed"
        aux = "was" if tokens[k] in ("has", "had") else "were"
    if aux not in ("was", "were", "is", "are"):
        after = tokens[j + 1] if j + 1 < len(tokens) else "."
        subject = tokens[k] if k >= 0 else ""
        if tokens[j] == "died" and subject.isalpha():
            aux, k = ("were" if subject.endswith("s") and subject[:-1] in PERSON_SINGULAR else "was"), k + 1
        elif after in _AFTER_HEADLINE_PASSIVE and (
            subject in PERSON_SINGULAR or subject[:-1] in PERSON_SINGULAR
        ):
            aux, k = ("were" if subject.endswith("s") else "was"), k + 1  # headline: "officer killed by ..."
        else:
            return None
    window = [t for t in tokens[max(0, k - 5) : k] if t != ","]
    if any(t in NEGATORS for t in window[-4:]) or (window and window[-1] in ANIMALS):
        return None
    if window[-2:-1] in (["the"], ["some"], ["most"], ["all"]) and window[-1] in _TOLD_BEFORE:
        return None  # "the victims were killed by live ammunition": the dead the text counts elsewhere
    if any(
        tokens[i] in ("who", "which", "whose") or (tokens[i] == "that" and not _reported(tokens, i))
        for i in range(max(0, k - 4), k)
    ):
        return None  # a relative clause recalls someone, not this event's toll
    if aux in ("was", "is") or persons_before(tokens, k) > 1:
        return Mention(ClaimKind.KILLED, max(1, persons_before(tokens, k)), counted_group(window[-3:]), False)
    return Mention(ClaimKind.KILLED, LIMITED_UNNUMBERED, counted_group(window[-3:]), True)


def _coordinated_passive(tokens: Sequence[str], j: int) -> int | None:
    """The auxiliary of a passive that "and <killed>" at ``j`` shares ("was tortured with iron
    rods and killed"), within the clause; None when there is none."""
    if j < 2 or tokens[j - 1] != "and":
        return None
    if j + 1 < len(tokens) and tokens[j + 1] not in _AFTER_HEADLINE_PASSIVE:
        return None  # "police were called and killed the gunman": an active verb with its object
    for b in range(j - 2, max(-1, j - 10), -1):
        if tokens[b] in _BE_WORDS:
            first = tokens[b + 1] if b + 1 < j - 1 else ""
            return b if is_verb(first) or first in _PARTICIPLES or first.endswith("en") else None
        if not tokens[b].isalpha():
            return None
    return None


def _reported(tokens: Sequence[str], i: int) -> bool:
    """ "police said on Monday that a student was killed": "that" opens what was said, not a
    relative clause, when a reporting verb stands just before it, or when it opens a second
    thing said ("said seven were killed and that a sergeant was shot")."""
    if i >= 1 and tokens[i - 1] == "and" and any(t in REPORTING for t in tokens[:i]):
        return True
    return any(t in REPORTING for t in tokens[max(0, i - 4) : i])


def _negated(tokens: Sequence[str], j: int) -> bool:
    window = tokens[max(0, j - 5) : j]
    return any(t in NEGATORS or t in _HEDGES for t in window)


_HEDGES = words("failed attempted nearly almost narrowly tried threatened threatening until unless")
