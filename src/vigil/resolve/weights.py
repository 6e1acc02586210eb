"""The pair model's weights: log-odds that two reports tell one event, per piece of evidence.

Fitted by logistic regression (``bench/dedup.py --fit``: untyped reports for no-event
headlines, as the bench runs by default) on candidate pairs of UCDP's Syria reports of
2016-2017 at several densities (samples of 800 events, about the density of a quieter
country, up to the whole crowded file), rounded to one decimal; checked on 2018-2019. Each
name is a feature of :func:`vigil.resolve.match.features`; the reasons printed by ``vigil
show`` name the same evidence.

One weight is not fitted: ``other_disorder`` (say a clash and an agreement) is the
codebook's floor, -3.0, so two disorder types merge only on overwhelming evidence (UCDP
groups a clash with its shelling, so the fitted -0.6 would let them merge freely). Across
event types of one disorder the fitted cost stands: UCDP tells a clash and the shelling
around it as one event.

``unplaced`` (either report placed no finer than its country) is fitted at -0.6: such a
report has nothing to tell one local event from another, and without this cost the bias
had to carry it for every pair (the old bias, -2.7, was too harsh on placed pairs). ``far``
(precise places over 50 km apart, but one headline names the other's place) is near zero:
it is no longer a veto, and no evidence either way.
"""

from __future__ import annotations

from types import MappingProxyType

WEIGHTS = MappingProxyType(
    {
        "bias": -2.3,
        "crowd": -0.9,
        "crowded_day": 0.0,
        "same_day": 3.2,
        "next_day": 2.1,
        "same_published": 0.3,
        "next_published": 0.0,
        "same_place": 1.1,
        "near": -0.1,
        "far": -0.1,
        "same_admin1": 0.5,
        "other_admin1": -3.0,
        "unplaced": -0.6,
        "same_type": -0.6,
        "other_type": -0.8,
        "other_disorder": -3.0,
        "untyped": -0.2,
        "same_subtype": 0.0,
        "same_toll": 0.3,
        "both_tolls": 0.6,
        "grams": 0.5,
        "names": 1.0,
        "numbers": 0.8,
        "same_outlet": -0.5,
        "actors": 0.1,
    }
)
