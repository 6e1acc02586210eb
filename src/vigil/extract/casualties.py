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
from dataclasses import dataclass

from vigil.extract.harmclauses import (
    ADJ_ED,
    BE,
    DESCRIBING,
    PERSON_SINGULAR,
    aside_end,
    described_part,
    family_counted,
    heavy_losses,
    is_age,
    is_verb,
    leading_singular,
    not_done,
    passive_pair,
    persons_after,
    persons_before,
    plain_deaths,
    previous_word,
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
    COUNTED_WORDS,
    INJURE,
    KILL_ACTIVE,
    KILL_PASSIVE,
    NEGATORS,
    NOT_ACTIVE,
    SUBSET_MARKERS,
    THINGS,
    TO_DEATH,
    VICTIM_HEADS,
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
from vigil.extract.numbers import (
    LARGE_UNNUMBERED,
    LIMITED_UNNUMBERED,
    Num,
    digits,
    is_count,
    number_at,
    words,
)
from vigil.taxonomy import ClaimKind, Counted


@dataclass(frozen=True, slots=True)
class Mention:
    """One casualty statement of a sentence; ``subset`` marks a part of another figure: a
    breakdown ("including 2 soldiers") or an increment ("five more died")."""

    kind: ClaimKind
    figure: int | None
    counted: Counted
    vague: bool
    subset: bool = False
    added: bool = False  # an increment ("another 4 were killed"): deaths beside a period's toll


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


def counted_group(words: Sequence[str]) -> Counted:
    """The group the first word of a known group names ("civilians" -> CIVILIANS), else TOTAL."""
    for word in words:
        for counted, lexicon in COUNTED_WORDS.items():
            if word in lexicon:
                return counted
    return Counted.TOTAL


def _predicate(tokens: Sequence[str], j: int) -> tuple[ClaimKind | None, int]:
    """Kind of casualty a word at j states (reading rightwards from a number), and words used."""
    tok = tokens[j]
    nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
    nxt2 = tokens[j + 2] if j + 2 < len(tokens) else ""
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
        if tok == "according" or (tok == "among" and tokens[j - 1] in BE):
            return None, j, extra, crossed  # a source ("according to"), or a part ("were among 11 killed")
        if tok in DESCRIBING and words <= 2:
            # "two Chinese nationals working at a gold mine ... were killed": who they were
            main = next((k for k in range(j + 1, min(len(tokens), j + 14)) if tokens[k] in BE), None)
            if main is not None and _predicate(tokens, main + 1)[0] is not None:
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
            active = (
                tok in KILL_ACTIVE
                and tokens[j - 1] not in AUX
                and (nxt in _OBJECT_START or digits(nxt) is not None or (nxt == "and" and is_verb(nxt2)))
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
                return None, j, extra, crossed  # "kidnapped 5 people and killed them": a second verb
            # "two soldiers and a civilian", "seven soldiers and the bomber"
            if (
                tok == "and"
                and follower in ("a", "an", "the")
                and tokens[j + 2 : j + 3] not in (["number"], ["other"], ["others"], ["rest"])
            ):
                person = _person_noun(tokens[j + 2 : j + 5])
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
        if tok in (".", ";", ":", "(", ")", ",", "—", "–") or tok in CLAUSE_BREAK or is_verb(tok):
            return None, j, extra, crossed
        j += 1
        words += tok not in AUX
    return None, j, extra, crossed


def _person_noun(after: Sequence[str]) -> Counted | None:
    """Who a singular conjunct ("and a civilian") counts; None when it names a thing."""
    noun: list[str] = []
    for word in after:
        if word in _REPORTING:
            return None  # "..., residents and a resistance group said": the speaker, not a victim
        if not word.isalpha() or word in ("and", "or") or is_verb(word):
            break
        noun.append(word)
    if not noun or any(w in THINGS for w in noun):
        return None
    return counted_group(noun)


# A preposition right before a number makes it no object of a verb before it: "killed in 3 raids".
_NOT_OBJECT = words("in during across within")  # not "from": "killed from 10 to 15 civilians"
_LOST_END = words("and in during while when on at after as but")


def _read_left(tokens: Sequence[str], num: Num, nums_by_end: dict[int, Num]) -> tuple[ClaimKind | None, bool]:
    """Find an active verb before a number: "killing [2 soldiers and] 3 civilians"; and a subset marker."""
    j, steps = num.start - 1, 0
    if j >= 0 and tokens[j] in _NOT_OBJECT:
        return None, False  # "killed in three attacks": the number counts events, not the dead
    while j >= 0 and steps < 5:
        tok = tokens[j]
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
        kind, where, conjuncts, crossed = _read_right(tokens, num, nums)
        leading = leading_singular(tokens, num.start)
        left, subset = _read_left(tokens, num, by_end)
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


_SINGULAR_DET = words("a an one the his her its their this that another")


_MODALS = words("to the of was were been be is are would will could may might did not")
_AFTER_HEADLINE_PASSIVE = words("by in on at during after when while near , . ; ( -")


def _unnumbered(tokens: Sequence[str], used: set[int]) -> list[Mention]:
    """Deaths stated without a figure: "a soldier was killed" = 1, "killing civilians" = 3."""
    mentions: list[Mention] = []
    for j, tok in enumerate(tokens):
        if j in used:
            continue
        prev = previous_word(tokens, j)  # "a soldier was also killed": the auxiliary's
        nxt = list(tokens[j + 1 : j + 4])
        shot_dead = tok == "dead" and prev in TO_DEATH  # "shot dead a civilian"
        if (tok in KILL_ACTIVE or shot_dead) and prev not in _MODALS and nxt and not passive_pair(tokens, j):
            obj = nxt if nxt[0] not in _AFTER_HEADLINE_PASSIVE else _past_verb_chain(tokens, j)
            mention = _active_object(obj) if obj else None
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
    return None


def _passive_subject(tokens: Sequence[str], j: int) -> Mention | None:
    """Who "was killed": find the auxiliary and the determiner of its subject."""
    k = j - 1
    while k >= 0 and (
        tokens[k] in ("reportedly", "allegedly", "also", "later", "shot", "found", "left", "and", "instantly")
        or (is_verb(tokens[k]) and k + 1 < len(tokens) and tokens[k + 1] == "and")
    ):
        k -= 1
    aux = tokens[k] if k >= 0 else ""
    if aux == "been" and k > 0:
        k -= 1
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
    if any(
        tokens[i] in ("who", "which", "whose") or (tokens[i] == "that" and not _reported(tokens, i))
        for i in range(max(0, k - 4), k)
    ):
        return None  # a relative clause recalls someone, not this event's toll
    if aux in ("was", "is") or persons_before(tokens, k) > 1:
        return Mention(ClaimKind.KILLED, max(1, persons_before(tokens, k)), counted_group(window[-3:]), False)
    return Mention(ClaimKind.KILLED, LIMITED_UNNUMBERED, counted_group(window[-3:]), True)


_REPORTING = words("said says told reported added confirmed announced stated claimed alleged")


def _reported(tokens: Sequence[str], i: int) -> bool:
    """ "police said on Monday that a student was killed": "that" opens what was said, not a
    relative clause, when a reporting verb stands just before it, or when it opens a second
    thing said ("said seven were killed and that a sergeant was shot")."""
    if i >= 1 and tokens[i - 1] == "and" and any(t in _REPORTING for t in tokens[:i]):
        return True
    return any(t in _REPORTING for t in tokens[max(0, i - 4) : i])


def _negated(tokens: Sequence[str], j: int) -> bool:
    window = tokens[max(0, j - 5) : j]
    return any(t in NEGATORS or t in _HEDGES for t in window)


_HEDGES = words("failed attempted nearly almost narrowly tried threatened threatening until unless")
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
            for m in _unnumbered(tokens, used)
            if m.kind is ClaimKind.KILLED and m.figure == 1 and not m.vague
            and m.counted is not Counted.TOTAL and m.counted not in killed
        )  # fmt: skip
    if not killed:
        mentions.extend(_unnumbered(tokens, used))
        if not any(m.kind is ClaimKind.KILLED for m in mentions) and body_found(" ".join(tokens)):
            mentions.append(Mention(ClaimKind.KILLED, 1, Counted.TOTAL, False))  # "another body was found"
        elif not any(m.kind is ClaimKind.KILLED for m in mentions) and heavy_losses(tokens):
            mentions.append(Mention(ClaimKind.KILLED, LARGE_UNNUMBERED, Counted.TOTAL, True))
    return mentions
