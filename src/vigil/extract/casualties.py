"""Casualty mentions in one sentence: who was killed, injured, abducted or arrested, and how many.

The reading half of :mod:`vigil.extract.figures` (which attributes these mentions to sources
and decides ACLED's single fatality count); amounts themselves are read by :mod:`numbers`.
A figure is tied to the predicate around its noun phrase ("3 soldiers were killed", "killing 2
civilians"). Deaths stated without any amount count 1 for a singular victim ("a soldier was
killed", "killing a man") and 3 for a plural one ("civilians were killed"), ACLED's figure for
a limited, unnumbered loss; "heavy casualties" counts 10. Each rule is a small function over one
sentence's tokens, so a wire snippet and an ACLED note are read alike. Denied deaths: :mod:`denials`.
"""

from __future__ import annotations

from collections.abc import Sequence

from vigil.extract.harmclauses import (
    BE,
    DESCRIBING,
    aside_end,
    described_part,
    family_counted,
    heavy_losses,
    is_age,
    is_verb,
    leading_singular,
    not_done,
    plain_deaths,
    relative_end,
    without_ages,
    wound_noun,
)
from vigil.extract.harmwords import (
    ABDUCT,
    ACTIVE_TO_DEATH,
    ANIMALS,
    ARREST,
    AUX,
    CLAUSE_BREAK,
    INJURE,
    KILL_ACTIVE,
    KILL_PASSIVE,
    SUBSET_MARKERS,
    THINGS,
    TO_DEATH,
    pairs,
)
from vigil.extract.increments import (
    RISEN,
    body_found,
    is_increment,
    number_of_dead,
    running_total,
    succumbed_death,
)
from vigil.extract.mentions import REPORTING, Mention, counted_group
from vigil.extract.numbers import (
    LARGE_UNNUMBERED,
    Num,
    digits,
    is_count,
    number_at,
    words,
)
from vigil.extract.unnumbered import unnumbered
from vigil.taxonomy import ClaimKind, Counted


def _noun_after(tokens: Sequence[str], start: int, nums: dict[int, Num]) -> list[str]:
    """The words after a number that say who it counts, up to a breakdown or another figure:
    in "7 people, including 2 soldiers" the 7 are people, not soldiers."""
    out: list[str] = []
    for i in range(start, min(start + 6, len(tokens))):
        if i in nums or tokens[i] in SUBSET_MARKERS or tokens[i] in (",", ";", "(", ":"):
            break
        if out and tokens[i] in _NOUN_END:
            break  # "eight people died as police stormed": the police are not the dead
        out.append(tokens[i])
    return out


_NOUN_END = words("were was are is have has had died killed dead as when while after during")


def _predicate(tokens: Sequence[str], j: int) -> tuple[ClaimKind | None, int]:
    """Kind of casualty a word at j states (reading rightwards from a number), and words used."""
    tok = tokens[j]
    nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
    nxt2 = tokens[j + 2] if j + 2 < len(tokens) else ""
    if tok == "death" and nxt not in _NOT_A_DEATH and tokens[j - 1 : j] != ["to"]:
        return ClaimKind.KILLED, 1  # "police confirmed one death"
    if tok in KILL_PASSIVE or (tok in TO_DEATH and nxt == "dead"):
        if nxt == "or" and nxt2 in INJURE:
            return ClaimKind.INJURED, 3  # "killed or injured": no firm death count
        return ClaimKind.KILLED, 1
    if tok in TO_DEATH and nxt == "to" and nxt2 == "death":
        return ClaimKind.KILLED, 3
    if (
        tok in TO_DEATH
        and nxt in ("or", "and")
        and nxt2 in TO_DEATH
        and tokens[j + 3 : j + 5] == ["to", "death"]
    ):
        return ClaimKind.KILLED, 5  # "hacked or shot to death"
    if tok == "lost" and nxt in ("their", "his", "her", "lives", "life"):
        return ClaimKind.KILLED, 2
    if tok == "succumbed" and succumbed_death(tokens, j):
        return ClaimKind.KILLED, 1  # "two more succumbed to their wounds"
    if tok in INJURE and not wound_noun(tokens, j):
        return ClaimKind.INJURED, 1
    if tok in ABDUCT:
        return ClaimKind.ABDUCTED, 1
    if tok in ARREST:
        return ClaimKind.ARRESTED, 1
    return None, 0


_NOT_A_DEATH = words(
    "toll tolls threat threats sentence sentences penalty row squad squads certificate warrant"
)
_OBJECT_START = words("a an the his her their its him them one two three four five six seven eight nine ten")


def _read_right(
    tokens: Sequence[str], num: Num, nums: dict[int, Num]
) -> tuple[ClaimKind | None, int, list[Counted], bool]:
    """Find the predicate after a number's noun phrase: "3 soldiers [and 2 others] were killed".

    Also returns who each singular conjunct counts ("2 soldiers and a civilian" -> [civilians]),
    and whether a bare "and" was crossed (then an active verb before the number is the better
    read). The wounded are a noun here, not a predicate: "three of the wounded died".
    """
    j, words, extra, crossed, breakdown = num.end, 0, list[Counted](), False, False
    while j < len(tokens) and words < 12:
        tok = tokens[j]
        breakdown = breakdown or tok in SUBSET_MARKERS  # "two people including a farmer and a teacher"
        if (
            tok == "of"
            and tokens[j + 1 : j + 2] in (["the"], ["those"])
            and tokens[j + 2 : j + 3]
            in (
                ["wounded"],
                ["injured"],
            )
        ):
            j += 3  # "three of the wounded [later died]"
            continue
        if tok == "," and tokens[j + 1 : j + 2] and tokens[j + 1] in SUBSET_MARKERS:
            close = next((k for k in range(j + 2, min(len(tokens), j + 12)) if tokens[k] in ",;.()"), None)
            if close is not None and tokens[close] == ",":
                # "15 civilians, among them four women, died": past the breakdown, whose list
                # ("..., two of his guards and the attacker") names no one more
                j, breakdown = close + 1, True
                continue
        if tok == "," and (past := aside_end(tokens, j)) is not None:
            j = past  # "eight people, most of them women, were killed"
            continue
        if tok == "(" and (close := _closing(tokens, j)) is not None:
            j = close + 1  # "eleven members of the Volunteers (VDP) were killed": the acronym, no words
            continue
        if tok == "," and tokens[j + 1 : j + 2] in (["the"], ["a"], ["an"]):
            shut = next((k for k in range(j + 2, min(len(tokens), j + 12)) if tokens[k] in ",;.()"), None)
            if (
                shut is not None
                and tokens[shut] == ","
                and tokens[shut + 1 : shut + 2]
                and tokens[shut + 1] in BE
            ):
                j = shut + 1  # "..., the civilian auxiliaries of the army, were killed": who they were
                continue
        if tok == "according" or (tok == "among" and tokens[j - 1] in BE):
            return None, j, extra, crossed  # a source ("according to"), or a part ("were among 11 killed")
        if tok in DESCRIBING and words <= 2:
            # "two Chinese nationals working at a gold mine ... were killed": who they were
            main = next((k for k in range(j + 1, min(len(tokens), j + 14)) if tokens[k] in BE), None)
            if main is not None and (
                _predicate(tokens, main + 1)[0] is not None or _and_killed(tokens, main + 1) is not None
            ):
                j = main
                continue
        if tok in ("they", "he", "she", "it", "we") and words >= 1:
            return None, j, extra, crossed  # "executed 14 men they had detained": a clause of its own
        if tok == "who" and words == 1:
            main = relative_end(tokens, j)
            if main is not None:
                j = main  # "one villager who tried to flee was shot dead": the main verb's
                continue
        kind, _ = _predicate(tokens, j)
        if kind is not None:
            nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
            nxt2 = tokens[j + 2] if j + 2 < len(tokens) else ""
            active = tokens[j - 1] not in AUX and (
                (
                    tok in KILL_ACTIVE
                    and (nxt in _OBJECT_START or digits(nxt) is not None or (nxt == "and" and is_verb(nxt2)))
                )
                # "two gunmen shot dead a rubber tapper": the two did the killing
                or (tok in TO_DEATH and nxt == "dead" and (nxt2 in _OBJECT_START or digits(nxt2) is not None))
            )
            return (None, j, extra, crossed) if active else (kind, j, extra, crossed)
        if tok in ("and", ",", "or") and j + 1 < len(tokens) and (j + 1) in nums:
            if list(tokens[nums[j + 1].end : nums[j + 1].end + 2]) in _PART_OF:
                return None, j, extra, crossed  # "10 travellers, two of them died": a part, not a conjunct
            j = nums[j + 1].end  # a coordinated figure shares the predicate
            continue
        if tok in ("and", "or") and j + 1 < len(tokens):
            follower = tokens[j + 1]
            if is_verb(follower) or _predicate(tokens, j + 1)[0] is not None or follower in KILL_ACTIVE:
                if (killed := _killed_them(tokens, j + 1)) is not None:
                    # "forced nine men off and shot them dead": the second verb kills the counted
                    return ClaimKind.KILLED, killed, extra, crossed
                return None, j, extra, crossed  # "kidnapped 5 people and injured them": a second verb
            # "two soldiers and a civilian", "seven soldiers and the bomber"
            if (
                tok == "and"
                and follower in ("a", "an", "the", "their", "his", "her")
                and tokens[j + 2 : j + 3] not in (["number"], ["other"], ["others"], ["rest"])
            ):
                person = _person_noun(tokens[j + 2 : j + 10])
                if person is not None and not breakdown:
                    extra.append(person)
            crossed = True
        if tok == "lost" and (
            j + 1 >= len(tokens) or not tokens[j + 1].isalpha() or tokens[j + 1] in _LOST_END
        ):
            return ClaimKind.KILLED, j, extra, crossed  # "eight fighters lost", "were lost in the fighting"
        shared = j + 2 < len(tokens) and tokens[j + 1] == "and" and _predicate(tokens, j + 2)[0] is not None
        if is_verb(tok) and shared:
            j += 2  # "was shot and killed"
            continue
        if is_verb(tok) and tokens[j - 1] in BE and (chained := _and_killed(tokens, j)) is not None:
            j = chained  # "was tortured with heated iron rods and killed"
            continue
        if tok in (".", ";", ":", "(", ")", ",", "—", "–") or tok in CLAUSE_BREAK or is_verb(tok):
            if tok in CLAUSE_BREAK and (killed := _killed_them_later(tokens, j)) is not None:
                # "forced nine men off after checking their cards and shot them dead"
                return ClaimKind.KILLED, killed, extra, crossed
            return None, j, extra, crossed
        j += 1
        words += tok not in AUX
    return None, j, extra, crossed


def _killed_them(tokens: Sequence[str], j: int) -> int | None:
    """Where a second verb at ``j`` kills the people just counted ("and killed them", "and then
    shot them dead"): the verb's index; else None."""
    if tokens[j : j + 1] == ["then"]:
        j += 1
    verb, rest = tokens[j : j + 1], list(tokens[j + 1 : j + 3])
    if not verb:
        return None
    if verb[0] in KILL_ACTIVE and rest[:1] == ["them"]:
        return j
    if verb[0] in TO_DEATH and rest in (["them", "dead"], ["them", "to"]):
        return j
    return None


def _killed_them_later(tokens: Sequence[str], j: int) -> int | None:
    """:func:`_killed_them` past a short clause ("after checking their papers and shot them")."""
    for k in range(j + 1, min(len(tokens) - 1, j + 10)):
        if tokens[k] in (".", ";", ":", ",", "(", ")"):
            return None
        if tokens[k] == "and" and (killed := _killed_them(tokens, k + 1)) is not None:
            return killed
    return None


def _and_killed(tokens: Sequence[str], j: int) -> int | None:
    """Where a passive verb at ``j`` is joined to a death a few words on ("tortured with iron
    rods and killed"): the death's index; None when no death follows in the clause."""
    for k in range(j + 1, min(len(tokens) - 1, j + 8)):
        if tokens[k] in (".", ";", ":", ",", "(", ")") or tokens[k] in CLAUSE_BREAK:
            return None
        if tokens[k] == "and" and _predicate(tokens, k + 1)[0] is ClaimKind.KILLED:
            return k + 1
    return None


def _closing(tokens: Sequence[str], opening: int) -> int | None:
    """The ")" that closes the bracket at ``opening``, within a few words."""
    return next((k for k in range(opening + 1, min(len(tokens), opening + 8)) if tokens[k] == ")"), None)


def _person_noun(after: Sequence[str]) -> Counted | None:
    """Who a singular conjunct ("and a civilian") counts; None when it names a thing."""
    noun: list[str] = []
    for word in after:
        if word in REPORTING:
            # "..., residents and a resistance group said", "residents and an official of a local
            # group said": the speaker, not a victim
            return None
        if not word.isalpha() or word in ("and", "or"):
            break
        if len(noun) < 3 and not is_verb(word):
            noun.append(word)
        elif len(noun) < 3:
            break
    if not noun or any(w in THINGS for w in noun):
        return None
    return counted_group(noun)


# A preposition right before a number makes it no object of a verb before it: "killed in 3 raids".
_NOT_OBJECT = words("in during across within")  # not "from": "killed from 10 to 15 civilians"
_LOST_END = words("and in during while when on at after as but")


def _read_left(
    tokens: Sequence[str], num: Num, nums_by_end: dict[int, Num], reach: int = 5
) -> tuple[ClaimKind | None, bool]:
    """Find an active verb before a number: "killing [2 soldiers and] 3 civilians"; and a subset marker."""
    j, steps = num.start - 1, 0
    if j >= 0 and tokens[j] in _NOT_OBJECT:
        return None, False  # "killed in three attacks": the number counts events, not the dead
    while j >= 0 and steps < reach:
        tok = tokens[j]
        if tok == "by" and j == num.start - 1:
            return None, False  # "shot dead by two armed men": who killed, not who died
        if tok in ("said", "says", "told", "added"):
            return None, False  # "put the toll at 25 and said several were missing": another clause
        if tok == "among" and j > 0 and tokens[j - 1] in BE:
            return None, False  # "two journalists were among 11 people killed": the 11 are all
        if tok in SUBSET_MARKERS or (tok in ("whom", "them") and j > 0 and tokens[j - 1] in ("of", "among")):
            return None, True
        if tok in ACTIVE_TO_DEATH and ["to", "death"] in pairs(tokens[num.end : num.end + 5]):
            if not_done(tokens, j, num.end):
                return None, False  # "threatened to beat two men to death", "beat two men nearly to death"
            return ClaimKind.KILLED, False  # "beat two men to death"
        if tok in KILL_ACTIVE or (
            tok == "lost" and counted_group(tokens[num.end : num.end + 3]) is not Counted.TOTAL
        ):
            if j > 0 and tokens[j - 1] in ("to", "of", "the"):
                return None, False  # "tried to kill", "the killing of": not a death in this event
            if j > 0 and tokens[j - 1] in BE:
                # "five were killed when a band of about 40 men ...", "3 were killed and 200 families
                # fled": a passive's dead stand before it; a figure after it has a verb of its own
                return None, False
            if j > 1 and tokens[j - 1] == "have" and tokens[j - 2] in ("could", "would", "might"):
                return None, False  # "a bomb that could have killed dozens": what did not happen
            return ClaimKind.KILLED, False
        if tok == "dead" and j > 0 and tokens[j - 1] in TO_DEATH:
            return ClaimKind.KILLED, False  # "shot dead 6 civilians"
        if tok == "at" and j == num.start - 1 and number_of_dead(tokens[max(0, j - 6) : j]):
            return ClaimKind.KILLED, False  # "put the number of dead Taliban at eight"
        if tok == "toll" or (tok == "lives" and j > 0 and tokens[j - 1] == "the"):
            return ClaimKind.KILLED, running_total(tokens, j)
        if tok in RISEN and ("toll" in tokens[:j] or number_of_dead(tokens[:j])):
            # "the death toll from Saturday's bombing rose to 19", "the number killed climbed to 17"
            return ClaimKind.KILLED, running_total(tokens, j)
        if tok == "of" and j > 0 and tokens[j - 1] in ("bodies", "corpses", "remains"):
            return ClaimKind.KILLED, False  # "the bodies of two men were found"
        if (
            tok == "death"
            and j == num.start - 1
            and j >= 2
            and tokens[j - 1] == "to"
            and tokens[j - 2] in ACTIVE_TO_DEATH
        ):
            return ClaimKind.KILLED, False  # "hacked to death 6 villagers"
        if tok == "deaths" or tok == "death":
            if tokens[max(0, j - 2) : j] in (["for", "the"], ["over", "the"]):
                return None, False  # "arrested a man blamed for the deaths of 30": an earlier event's
            return (
                (ClaimKind.KILLED, False) if j + 1 < len(tokens) and tokens[j + 1] == "of" else (None, False)
            )
        if tok in INJURE:
            return ClaimKind.INJURED, False
        if tok in ABDUCT:
            return ClaimKind.ABDUCTED, False
        if tok in ARREST:
            return ClaimKind.ARRESTED, False
        if tok in _OTHER_FATE:
            return None, False  # "killed eight men and captured two others": the two live
        if tok in ("and", ",") and j in nums_by_end:
            j = nums_by_end[j].start - 1  # "killed 2 soldiers and 3 civilians": skip the first conjunct
            continue
        if j in nums_by_end:
            j = nums_by_end[j].start - 1
            continue
        if tok in (".", ";", ":", "(", ")") or (tok == "," and j > 0 and tokens[j - 1] in KILL_PASSIVE):
            return None, False  # "two fighters killed, one on either side": an apposition, not a new toll
        j -= 1
        steps += tok not in ("the", "at", "a", "of", "some", "to", "rose", "risen", "reached", "stood")
    return None, False


def _speakers(tokens: Sequence[str], end: int) -> bool:
    """Whether the figure ending at ``end`` counts the people who then speak ("two officials at
    the town's hospital said"): a speaking verb before any break in the clause."""
    for k in range(end, min(len(tokens), end + 8)):
        if tokens[k] in ("said", "told", "say", "says"):
            return k > end
        if tokens[k] in ("and", "or") and tokens[k + 1 : k + 2] and tokens[k + 1] in _OBJECT_START:
            continue  # "two residents and a health worker said": speakers conjoined
        if tokens[k] in ",;.:()" or tokens[k] in ("and", "or") or tokens[k] in BE or is_verb(tokens[k]):
            return False  # "put the toll at 13 and said ...": the figure's clause ended
    return False


# Verbs whose object is taken alive or moved, not killed: a figure after them is no one's death.
_OTHER_FATE = words("captured capturing seized freed released rescued evacuated displaced took taking")


def numbered(tokens: Sequence[str]) -> tuple[list[Mention], set[int]]:
    """Mentions with a figure, and the token positions of the predicates they used."""
    nums: dict[int, Num] = {}
    i = 0
    while i < len(tokens):
        num = number_at(tokens, i)
        if num is not None and is_count(tokens, num):
            nums[i] = num
            i = num.end
        else:
            i += 1
    by_end = {n.end - 1: n for n in nums.values()}
    mentions: list[Mention] = []
    used: set[int] = set()
    for num in nums.values():
        # "3 of the 5 passengers": the second number is a denominator
        if num.start >= 2 and tokens[num.start - 1] in ("the", "of") and (num.start - 2) in by_end:
            continue
        if (
            num.start >= 3
            and tokens[num.start - 2 : num.start] == ["of", "the"]
            and (num.start - 3) in by_end
        ):
            continue
        if is_age(tokens, num.start):
            continue  # "3 men aged between 20 and 30": ages, not more dead
        if num.start >= 3 and tokens[num.start - 1] == "of" and (num.start - 3) in by_end:
            continue  # "eight members of one family": whose they were, no more dead
        if described_part(tokens, num.start, num.end, num.vague):
            continue  # "bodies of 8 men, some with gunshot wounds": no more dead
        if list(tokens[num.end : num.end + 2]) in _PART_OF:
            _part_of(tokens, num, by_end, mentions, used)
            continue
        if _speakers(tokens, num.end):
            continue  # "killing 26 people, two officials at the hospital said": who speaks, no dead
        kind, where, conjuncts, crossed = _read_right(tokens, num, nums)
        if list(tokens[max(0, num.start - 2) : num.start]) == ["bodies", "of"]:
            kind = ClaimKind.KILLED  # "received the bodies of 29 children ... and 48 wounded": the dead
        leading = leading_singular(tokens, num.start)
        # past a singular conjunct's long name: "killing a senior Hamas rocket commander and two others"
        speaks = any(t in ("said", "says", "told") for t in tokens[num.end : num.end + 3])
        left, subset = _read_left(tokens, num, by_end, 13 if leading and not speaks else 5)
        if (
            left is ClaimKind.KILLED
            and kind is ClaimKind.INJURED
            and tokens[num.end : num.end + 1] == ["with"]
        ):
            kind = None  # "put the death toll at 32 with more than 60 wounded": the toll's figure
        if kind is None or (crossed and left is not None and left is not kind):
            kind, leading = left, (leading if kind is None else 0)  # "killed two gendarmes and a civilian"
        elif where < len(tokens):
            used.add(where)
        if kind is None:
            continue
        # "five more of the wounded died", "another 3 bodies": deaths added to a toll, not a toll
        added = is_increment(tokens, num.start, num.end)
        subset = subset or added
        noun = _noun_after(tokens, num.end, nums)
        if (
            noun
            and noun[0] in ANIMALS
            and not (len(noun) > 1 and noun[1].endswith(("ers", "men", "thieves")))
        ):
            continue  # "three cows were killed": no people ("four cattle rustlers" are people)
        counted = family_counted(tokens, num.end) or counted_group(noun)
        # a conjunct of the same group adds to the figure; another group is its own figure
        same = leading + sum(1 for c in conjuncts if c is counted)
        mentions.append(Mention(kind, num.value + same, counted, num.vague, subset, added))
        mentions.extend(Mention(kind, 1, c, False, subset) for c in conjuncts if c is not counted)
        if kind is ClaimKind.KILLED:
            used.update(
                k for k in range(num.start, min(len(tokens), num.end + 12)) if tokens[k] in KILL_ACTIVE
            )
    return mentions, used


_PART_OF = (["of", "whom"], ["of", "them"], ["among", "whom"], ["among", "them"])
_DIED = words("died succumbed perished killed dead")


def _part_of(
    tokens: Sequence[str], num: Num, by_end: dict[int, Num], mentions: list[Mention], used: set[int]
) -> None:
    """ "wounding four officers, two of whom later died": the part of the wounded (or abducted)
    who died is this event's toll; "killed five soldiers, two of whom died in hospital" is a
    part of the dead, no deaths to add. Either way the group is the figure's before it."""
    left, _ = _read_left(tokens, num, by_end)
    death = None
    for k in range(num.end + 2, min(len(tokens), num.end + 7)):
        if tokens[k] in ",;.:()":
            break
        if tokens[k] in _DIED:
            death = k
            break
    if death is not None:
        used.add(death)
    if left is None and death is None:
        return
    counted = mentions[-1].counted if mentions else Counted.TOTAL
    if death is not None and left is not ClaimKind.KILLED:
        mentions.append(Mention(ClaimKind.KILLED, num.value, counted, num.vague, False))
    else:
        mentions.append(Mention(left or ClaimKind.KILLED, num.value, counted, num.vague, True))


_PART_WORDS = words("among including included one whom them")


def sentence_mentions(tokens: list[str]) -> list[Mention]:
    """All casualty mentions of one sentence; unnumbered deaths only where no figure states any.

    >>> from vigil.extract.numbers import tokenize
    >>> [(m.kind.value, m.figure) for m in sentence_mentions(tokenize("A soldier was killed."))]
    [('killed', 1)]
    """
    tokens = plain_deaths(without_ages(tokens))
    stated, used = numbered(tokens)
    mentions = list(stated)
    killed = {m.counted for m in stated if m.kind is ClaimKind.KILLED}
    if killed and Counted.TOTAL not in killed and not any(t in _PART_WORDS for t in tokens):
        # "a soldier was killed while two militants were neutralised": one of another side named
        # beside a figure adds to it (a total, or "among them", may already hold him)
        mentions.extend(
            m
            for m in unnumbered(tokens, used)
            if m.kind is ClaimKind.KILLED and m.figure == 1 and not m.vague
            and m.counted is not Counted.TOTAL and m.counted not in killed
        )  # fmt: skip
    if not killed:
        mentions.extend(unnumbered(tokens, used))
        if not any(m.kind is ClaimKind.KILLED for m in mentions) and body_found(" ".join(tokens)):
            mentions.append(Mention(ClaimKind.KILLED, 1, Counted.TOTAL, False))  # "another body was found"
        elif not any(m.kind is ClaimKind.KILLED for m in mentions) and heavy_losses(tokens):
            mentions.append(Mention(ClaimKind.KILLED, LARGE_UNNUMBERED, Counted.TOTAL, True))
    return mentions
