"""Clause shapes around a casualty word that the sentence readers in :mod:`casualties` step over.

Wire copy wraps its tolls in adverbs ("a soldier was also killed"), relative clauses ("one
worshipper who tried to flee was shot dead") and wound nouns ("bodies with gunshot wounds"), none
of which change who died; each helper here says where the real predicate or auxiliary is, or how
many singular people a run of conjuncts names ("a farmer and his wife").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigil.extract.harmwords import (
    ACTIVE_TO_DEATH,
    AUX,
    INJURE,
    KILL_ACTIVE,
    KILL_PASSIVE,
    NEAR_DEATH,
    NOT_ACTIVE,
    TO_DEATH,
    pairs,
)
from vigil.extract.numbers import digits, read_number, words
from vigil.taxonomy import Counted

# One person, by role or by kin: the head of "a village chief", "his son".
PERSON_SINGULAR = words(
    "man woman person child boy girl civilian soldier policeman officer suspect farmer herder herdsman "
    "student trader villager resident driver teacher chief leader member fighter militant rebel "
    "gendarme guard journalist worker youth pastor imam priest elder motorist passenger thief robber "
    "rustler attacker assailant gunman commander colonel businessman activist jawan havildar sepoy "
    "constable sergeant corporal broadcaster reporter"
)
_KIN = words(
    "son daughter wife husband brother sister father mother uncle nephew niece cousin baby infant "
    "bodyguard bomber teenager companion friend colleague neighbour neighbor relative grandson "
    "granddaughter grandmother grandfather nurse doctor patient shopkeeper vendor merchant pilgrim "
    "miner fisherman hunter worshipper official councillor mayor judge lawyer ranger cleric sheikh "
    "tapper labourer laborer shepherd carpenter mechanic tailor butcher baker watchman peasant boatman "
    "collector conductor assistant apprentice"
)
POSSESSIVES = words("his her their its")
_DETS = words("a an the another") | POSSESSIVES  # not "one": a figure, read as one


def _head(word: str) -> bool:
    return word in PERSON_SINGULAR or word in _KIN


def _list_goes_on(tokens: Sequence[str], comma: int) -> bool:
    """Whether the items after ``comma`` run on to an "and" (a list of people) rather than
    closing as an aside about the one just named."""
    for k in range(comma + 1, min(len(tokens), comma + 15)):
        if tokens[k] in ("and", "or") or tokens[k : k + 2] == [",", "and"]:
            return True
        if tokens[k] in (".", ";", ":", "(", ")") or (
            tokens[k] == "," and (k + 1 >= len(tokens) or tokens[k + 1] not in _DETS)
        ):
            return False
    return False


def persons_after(tokens: Sequence[str], i: int) -> int:
    """How many singular people a run of conjuncts from ``tokens[i]`` names: "a farmer and his
    wife" -> 2, "a commander, his bodyguard and a driver" -> 3; 0 when it names no one."""
    count = 0
    while i < len(tokens) and tokens[i] in _DETS:
        heads = [k for k in range(i + 1, min(len(tokens), i + 5)) if _head(tokens[k])]
        if not heads or any(not tokens[k].isalpha() or tokens[k] == "and" for k in range(i + 1, heads[0])):
            break
        i = heads[0] + 1
        while i < len(tokens) and _head(tokens[i]):
            i += 1  # "a rebel commander": the last of the nouns is the head
        if i < len(tokens) and tokens[i] == "of":
            # "a commander of the militant Hezbollah group and another person": the of-phrase
            # says whose he was; the conjunct after it is another person
            end = next((k for k in range(i + 1, min(len(tokens), i + 7)) if not tokens[k].isalpha()
                        or tokens[k] == "and"), None)  # fmt: skip
            if end is not None and end > i + 1 and tokens[end] in (",", "and"):
                i = end
        if count and i < len(tokens) and (_finite(tokens[i]) or tokens[i] in _SAYS):
            # "killed a policeman and a civilian was wounded", "..., a security official said":
            # the subject of another clause
            break
        count += 1
        if tokens[i : i + 2] == [",", "and"]:
            i += 2
        elif i < len(tokens) and tokens[i] == "," and not _list_goes_on(tokens, i):
            break  # "killed a teacher, a father of three, on Sunday": one man, told twice
        elif i < len(tokens) and tokens[i] in (",", "and"):
            i += 1
        else:
            break
    return count


_FINITE = words("was were is are has had have escaped fled ran survived managed")
_SAYS = words("said says told reported added confirmed")
_NOT_FINITE = words("armed wounded injured unarmed aged named based")


def _finite(word: str) -> bool:
    """A cheap test for a verb that opens its own clause after a noun ("... and his wife escaped")."""
    return word in _FINITE or (word.endswith("ed") and word not in _NOT_FINITE)


def persons_before(tokens: Sequence[str], end: int) -> int:
    """How many singular people a run of conjuncts ending just before ``tokens[end]`` names:
    "a soldier and a civilian [were killed]" -> 2; 0 when the word before names no one."""
    count, k = 0, end - 1
    while k >= 1:
        if _head(tokens[k]):
            det = next((d for d in range(k - 1, max(-1, k - 4), -1) if tokens[d] in _DETS), None)
            if det is None or any(not tokens[m].isalpha() or tokens[m] == "and" for m in range(det + 1, k)):
                break
        else:
            # a person our words do not know, joined to one they do: "a 19-year-old football
            # player and his cousin" (two), not a crowd of unknown size
            det = next((d for d in range(k - 1, max(-1, k - 7), -1) if tokens[d] in ("a", "an")), None)
            if not count or det is None or is_verb(tokens[k]) or not tokens[k].isalpha():
                break
            if any(
                tokens[m] in ("and", ",", "of", "with", "was", "were", "to") or is_verb(tokens[m])
                for m in range(det + 1, k)
            ):
                break  # not "a policeman was beaten to death and an activist": a clause, no name
        count += 1
        k = det - 1
        if k >= 0 and tokens[k] == "and":
            k -= 1 + (k >= 1 and tokens[k - 1] == ",")
        elif k >= 0 and tokens[k] == ",":
            k -= 1
        else:
            break
    return count


# Adverbs between an auxiliary and its participle: "was also killed", "were later found dead".
ADVERBS = words("also later reportedly allegedly subsequently instantly eventually then")
# Words that make "wounds"/"injuries" a noun ("gunshot wounds", "died of his injuries"), not a verb.
_WOUND_MODIFIERS = words(
    "gunshot gunshots stab bullet machete knife shrapnel head multiple serious severe fatal minor "
    "critical their his her its with of sustained sustaining suffered suffering from"
)
_NOUNS = words("wounds injuries")
_PASSIVE_AUX = words("was were")
_STOPS = frozenset({".", ";", ":", "(", ")", ",", "—", "–"})


def previous_word(tokens: Sequence[str], j: int) -> str:
    """The word before ``tokens[j]``, past any adverbs: "was" in "was also killed"."""
    k = j - 1
    while k >= 0 and tokens[k] in ADVERBS:
        k -= 1
    return tokens[k] if k >= 0 else ""


def wound_noun(tokens: Sequence[str], j: int) -> bool:
    """Whether ``tokens[j]`` is the noun "wounds"/"injuries" after a modifier, not a verb."""
    return tokens[j] in _NOUNS and j > 0 and tokens[j - 1] in _WOUND_MODIFIERS


def relative_end(tokens: Sequence[str], who: int) -> int | None:
    """Where the main clause resumes after "who ..." when it ends in a passive death: the
    auxiliary of "who tried to flee was shot dead"; None when no such auxiliary follows."""
    for k in range(who + 2, min(len(tokens) - 1, who + 10)):
        if tokens[k] in _STOPS:
            return None
        nxt = tokens[k + 1]
        if tokens[k] in _PASSIVE_AUX and (
            nxt in KILL_PASSIVE or nxt in INJURE or (nxt in TO_DEATH and tokens[k + 2 : k + 3] == ["dead"])
        ):
            return k
    return None


def described_part(tokens: Sequence[str], start: int, end: int, vague: bool) -> bool:
    """Whether a vague amount describes part of the figure before it, not more victims: "some"
    in "the bodies of 8 men, some with gunshot wounds"."""
    return vague and tokens[start - 1 : start] == [","] and tokens[end : end + 1] == ["with"]


_ASIDE_START = words("most many all some half mostly mainly largely both majority")
_PART_NUMBERS = words("one two three four five six seven eight nine ten")


def aside_end(tokens: Sequence[str], comma: int) -> int | None:
    """Just past an aside that describes the victims before it ("eight people, most of them
    women, were killed"; "two people, one of them a fighter, died"; "six people, the attacker
    among them, were killed"): the figure's predicate follows it. None when no such aside opens here."""
    for k in range(comma + 2, min(len(tokens), comma + 10)):
        if tokens[k] == ",":
            inner = tokens[comma + 1 : k]
            part = inner[0] in _PART_NUMBERS and inner[1:3] == ["of", "them"]
            return k + 1 if inner[0] in _ASIDE_START or part or inner[-2:] == ["among", "them"] else None
        if tokens[k] in _STOPS:
            return None
    return None


def heavy_losses(tokens: Sequence[str]) -> bool:
    """ "heavy casualties", "massive losses": a large toll told without a number."""
    text = " ".join(tokens)
    return bool(
        re.search(r"\b(heavy|significant|considerable|huge|massive) (casualties|losses|death toll)\b", text)
    )


def not_done(tokens: Sequence[str], v: int, after: int) -> bool:
    """Whether the "to death" verb at ``tokens[v]`` killed no one: an intent or a threat ("tried
    to beat", "would beat": :data:`NOT_ACTIVE` before it) or a near miss ("nearly to death")
    within the five words from ``after``."""
    if v and tokens[v - 1] in NOT_ACTIVE:
        return True
    window = list(tokens[after : after + 5])
    k = next((i for i, pair in enumerate(pairs(window)) if pair == ["to", "death"]), None)
    return k is not None and k > 0 and window[k - 1] in NEAR_DEATH


def is_verb(tok: str) -> bool:
    """A cheap finite-verb test that stops a noun phrase ("3 gunmen attacked ...")."""
    if tok in AUX or tok in ADJ_ED or tok in ("including", "according", "remaining"):
        return False
    return tok.endswith("ed") or tok.endswith("ing") or tok in ("fled", "shot", "took", "left", "came")


ADJ_ED = words(
    "armed unarmed unidentified suspected alleged presumed uniformed displaced unnamed unspecified "
    "hundred red based affiliated related undisclosed wounded injured missing aged"
)


def leading_singular(tokens: Sequence[str], start: int) -> int:
    """How many singular people precede "and" before the number: "a police officer and 2
    soldiers" -> 1, "a mother and her two children" -> 1, "the bomber and three bystanders" -> 1."""
    at = start - 2 if tokens[start - 1 : start] and tokens[start - 1] in POSSESSIVES else start - 1
    if at < 2 or tokens[at] != "and" or object_of_other_verb(tokens, at):
        return 0
    k, stop = at - 1, max(-1, at - 7)
    while k > stop:  # "an agriculturalist and six herders": any "a" noun
        if tokens[k] == "-" or tokens[k - 1 : k] == ["-"]:
            k, stop = k - 1, max(-1, stop - 1)
            continue  # "iran-backed": one word, no verb
        if tokens[k] == "of":
            stop = max(-1, k - 5)  # "a senior commander of the Iran-backed militia X and two others"
        if (
            tokens[k] in (",", ".", ";", ":", "said", "says", "told")
            or is_verb(tokens[k])
            or digits(tokens[k]) is not None
            or read_number(tokens[k]) is not None
        ):
            break  # "an army spokesman said two soldiers and five attackers": the speaker is no victim
        if tokens[k] in ("a", "an"):
            return 1
        k -= 1
    return persons_before(tokens, at)


def object_of_other_verb(tokens: Sequence[str], at: int) -> bool:
    """Whether the conjunct before ``tokens[at]`` ("and") is the object of a verb other than a
    killing: in "militants attacked the chief and two guards were killed" the chief was attacked,
    not killed; in "gunmen killed the chief and two guards" he shares the killing."""
    for k in range(at - 1, max(-1, at - 6), -1):
        tok = tokens[k]
        if tok in (",", ".", ";", ":") or digits(tok) is not None:
            return False
        if tok in KILL_ACTIVE or (tok == "dead" and k and tokens[k - 1] in TO_DEATH):
            return False
        if tok in ACTIVE_TO_DEATH and ["to", "death"] in pairs(tokens[at : at + 8]):
            return False  # "beat the chief and two guards to death"
        if is_verb(tok) and tok not in ADJ_ED and tokens[k - 1 : k] != ["-"]:
            return True  # not "Iran-backed"
    return False


def family_counted(tokens: Sequence[str], end: int) -> Counted | None:
    """ "eight members of one family": kin, not a group's fighters."""
    if tokens[end : end + 1] == ["members"] and _HOUSEHOLD & set(tokens[end + 1 : end + 5]):
        return Counted.CIVILIANS
    return None


_HOUSEHOLD = words("family families household households clan")


# Participles that say who the counted were, not what befell them.
DESCRIBING = words("working living travelling traveling staying employed serving studying accused")
BE = words("was were is are been")


def passive_pair(tokens: Sequence[str], j: int) -> bool:
    """Whether ``tokens[j]`` ends a passive pair of verbs ("was raped and killed", "were shot and
    killed"): a victim told before it, not an act on one told after."""
    return j >= 3 and tokens[j - 1] == "and" and tokens[j - 3] in BE and is_verb(tokens[j - 2])


_FATALLY = words("shot stabbed wounded injured hit struck beaten burned burnt gunned")
_BOTH_OF = words(
    "men women people soldiers officers policemen civilians passengers brothers sisters occupants children"
)


def plain_deaths(tokens: list[str]) -> list[str]:
    """ "two men were fatally shot" read as killed, and "killing both men inside" as two: the
    press's ways of telling a death and a pair."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if tokens[k] == "fatally" and k + 1 < len(tokens) and tokens[k + 1] in _FATALLY:
            out.append("killed")
            k += 2
            continue
        if tokens[k] == "both" and k + 1 < len(tokens) and tokens[k + 1] in _BOTH_OF:
            out.append("two")
        else:
            out.append(tokens[k])
        k += 1
    return out


def without_ages(tokens: list[str]) -> list[str]:
    """An age compound ("a 10 - year - old boy") read as one adjective ("a aged boy"), and an age
    clause ("a man aged 60", "five people, aged 12 to 40,") left out: the age is no count of the
    dead, and the people it describes still are."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if (
            tokens[k + 1 : k + 5] in (["-", "year", "-", "old"], ["-", "month", "-", "old"])
            and digits(tokens[k]) is not None
        ):
            out.append("aged")
            k += 5
        elif (end := _age_clause_end(tokens, k)) > k:
            if out and out[-1] == "," and end < len(tokens) and tokens[end] == ",":
                out.pop()  # ", aged 12 to 40," goes with its commas
                end += 1
            k = end
        else:
            out.append(tokens[k])
            k += 1
    return out


def _age_clause_end(tokens: Sequence[str], k: int) -> int:
    """Where an age clause starting at ``k`` ("aged 60", "aged between 20 and 30") ends; ``k``
    where none starts there."""
    if tokens[k] not in ("aged", "ages"):
        return k
    j = k + 2 if k + 1 < len(tokens) and tokens[k + 1] in ("between", "from") else k + 1
    if j >= len(tokens) or digits(tokens[j]) is None:
        return k
    if j + 2 < len(tokens) and tokens[j + 1] in ("to", "and", "-") and digits(tokens[j + 2]) is not None:
        return j + 3
    return j + 1


def is_age(tokens: Sequence[str], start: int) -> bool:
    """The number at ``start`` is an age ("aged 45", "aged between 20 and 30")."""
    k = start - 1
    while k >= max(0, start - 5) and (tokens[k] in _AGE_RANGE or digits(tokens[k]) is not None):
        k -= 1
    return k >= 0 and tokens[k] in _AGE_WORDS


_AGE_WORDS = words("aged age ages")
_AGE_RANGE = words("between from and to - about around")
