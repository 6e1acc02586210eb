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
"""

from __future__ import annotations

from types import MappingProxyType

WEIGHTS = MappingProxyType(
    {
        "bias": -2.7,
        "crowd": -0.9,
        "crowded_day": 0.0,
        "same_day": 3.1,
        "next_day": 2.0,
        "same_published": 0.5,
        "next_published": 0.0,
        "same_place": 0.7,
        "near": 0.2,
        "same_admin1": 0.7,
        "other_admin1": -2.3,
        "same_type": -0.7,
        "other_type": -0.9,
        "other_disorder": -3.0,
        "untyped": -0.3,
        "same_subtype": 0.1,
        "same_toll": 0.5,
        "both_tolls": 0.5,
        "grams": 0.9,
        "names": 1.6,
        "numbers": 0.7,
        "same_outlet": -0.5,
        "actors": 0.1,
    }
)
