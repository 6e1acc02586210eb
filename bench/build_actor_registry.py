"""Build src/vigil/extract/data/actors.json: hand-written actor knowledge plus names mined from ACLED.

Everything written here is public fact (ACLED's actor naming, regime dates, group names and
their common press names). Mining reads ../shared/data/acled/*.csv and keeps only names, inter
codes and period labels, never notes. ``--exclude COUNTRY`` builds a registry blind to a
country, for honest held-out benchmarks:

    .venv/bin/python bench/build_actor_registry.py --exclude "Burkina Faso" --out /tmp/actors_nobf.json
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# country -> demonyms / short names that prefix "troops", "army", "police" ...
DEMONYMS: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("Afghan",),
    "Algeria": ("Algerian",),
    "Angola": ("Angolan",),
    "Argentina": ("Argentine", "Argentinian"),
    "Armenia": ("Armenian",),
    "Azerbaijan": ("Azerbaijani", "Azeri"),
    "Bangladesh": ("Bangladeshi",),
    "Belarus": ("Belarusian",),
    "Benin": ("Beninese", "Beninois"),
    "Bolivia": ("Bolivian",),
    "Brazil": ("Brazilian",),
    "Burkina Faso": ("Burkinabe", "Burkinabè", "Burkinabé", "Burkina"),
    "Burundi": ("Burundian",),
    "Cambodia": ("Cambodian",),
    "Cameroon": ("Cameroonian",),
    "Central African Republic": ("Central African",),
    "Chad": ("Chadian",),
    "Chile": ("Chilean",),
    "China": ("Chinese",),
    "Colombia": ("Colombian",),
    "Democratic Republic of Congo": ("Congolese",),
    "Ecuador": ("Ecuadorian",),
    "Egypt": ("Egyptian",),
    "El Salvador": ("Salvadoran", "Salvadorean"),
    "Eritrea": ("Eritrean",),
    "Ethiopia": ("Ethiopian",),
    "France": ("French",),
    "Georgia": ("Georgian",),
    "Ghana": ("Ghanaian",),
    "Greece": ("Greek",),
    "Guatemala": ("Guatemalan",),
    "Guinea": ("Guinean",),
    "Haiti": ("Haitian",),
    "Honduras": ("Honduran",),
    "India": ("Indian",),
    "Indonesia": ("Indonesian",),
    "Iran": ("Iranian",),
    "Iraq": ("Iraqi",),
    "Israel": ("Israeli",),
    "Ivory Coast": ("Ivorian",),
    "Jordan": ("Jordanian",),
    "Kenya": ("Kenyan",),
    "Lebanon": ("Lebanese",),
    "Libya": ("Libyan",),
    "Mali": ("Malian",),
    "Mauritania": ("Mauritanian",),
    "Mexico": ("Mexican",),
    "Morocco": ("Moroccan",),
    "Mozambique": ("Mozambican",),
    "Myanmar": ("Myanmar", "Burmese"),
    "Nepal": ("Nepali", "Nepalese"),
    "Niger": ("Nigerien",),
    "Nigeria": ("Nigerian",),
    "Pakistan": ("Pakistani",),
    "Palestine": ("Palestinian",),
    "Paraguay": ("Paraguayan",),
    "Peru": ("Peruvian",),
    "Philippines": ("Philippine", "Filipino"),
    "Russia": ("Russian",),
    "Rwanda": ("Rwandan",),
    "Saudi Arabia": ("Saudi",),
    "Senegal": ("Senegalese",),
    "Serbia": ("Serbian",),
    "Somalia": ("Somali",),
    "South Africa": ("South African",),
    "South Sudan": ("South Sudanese",),
    "Sri Lanka": ("Sri Lankan",),
    "Sudan": ("Sudanese",),
    "Syria": ("Syrian",),
    "Thailand": ("Thai",),
    "Togo": ("Togolese",),
    "Tunisia": ("Tunisian",),
    "Turkey": ("Turkish",),
    "Uganda": ("Ugandan",),
    "Ukraine": ("Ukrainian",),
    "United Arab Emirates": ("Emirati",),
    "United Kingdom": ("British",),
    "United States": ("American", "US", "U.S."),
    "Venezuela": ("Venezuelan",),
    "Yemen": ("Yemeni",),
    "Zimbabwe": ("Zimbabwean",),
    "Tanzania": ("Tanzanian",),
    "Zambia": ("Zambian",),
    "Liberia": ("Liberian",),
    "Sierra Leone": ("Sierra Leonean",),
    "Madagascar": ("Malagasy",),
    "Djibouti": ("Djiboutian",),
    "Bahrain": ("Bahraini",),
    "Kazakhstan": ("Kazakh",),
    "Tajikistan": ("Tajik",),
    "Nicaragua": ("Nicaraguan",),
    "Dominican Republic": ("Dominican",),
    "Jamaica": ("Jamaican",),
    "Kyrgyzstan": ("Kyrgyz",),
    "Uzbekistan": ("Uzbek",),
    "Gambia": ("Gambian",),
    # States whose forces the press names mostly abroad (peacekeeping, training, police missions):
    # without a demonym "Australian police" in Honiara would read as the host's own police.
    "Australia": ("Australian",),
    "New Zealand": ("New Zealand",),
    "Fiji": ("Fijian",),
    "Papua New Guinea": ("Papua New Guinean", "PNG"),
    "Malaysia": ("Malaysian",),
    "Gabon": ("Gabonese",),
    "Guinea-Bissau": ("Bissau-Guinean",),
    "Malawi": ("Malawian",),
    "Moldova": ("Moldovan",),
    "Romania": ("Romanian",),
    "Bulgaria": ("Bulgarian",),
    "Croatia": ("Croatian",),
    "Cuba": ("Cuban",),
    "Panama": ("Panamanian",),
    "Guyana": ("Guyanese",),
    "Albania": ("Albanian",),
    "Trinidad and Tobago": ("Trinidadian",),
    "Canada": ("Canadian",),
    "Germany": ("German",),
    "Italy": ("Italian",),
    "Spain": ("Spanish",),
    "Japan": ("Japanese",),
    "South Korea": ("South Korean",),
    "Poland": ("Polish",),
    "Netherlands": ("Dutch",),
    "Belgium": ("Belgian",),
    "Portugal": ("Portuguese",),
    "Vietnam": ("Vietnamese",),
    "Namibia": ("Namibian",),
    "Equatorial Guinea": ("Equatorial Guinean", "Equatoguinean"),
    "Comoros": ("Comorian",),
}

# country -> acronyms and names of its armed forces (press and official)
STATE_ALIASES: dict[str, tuple[str, ...]] = {
    "Mali": ("FAMa", "FAMA", "Malian Armed Forces", "Forces armées maliennes"),
    "Burkina Faso": ("Burkinabe Armed Forces", "FABF"),
    "Niger": ("FAN", "Nigerien Armed Forces"),
    "Nigeria": ("Nigerian Armed Forces", "NAF Nigeria", "Operation Hadin Kai", "Operation Lafiya Dole"),
    "Democratic Republic of Congo": ("FARDC", "Congolese army"),
    "Sudan": ("SAF", "Sudanese Armed Forces"),
    "South Sudan": ("SSPDF", "South Sudan People's Defence Forces", "SPLA"),
    "Ethiopia": ("ENDF", "Ethiopian National Defense Force", "Ethiopian National Defence Force"),
    "Israel": ("IDF", "Israel Defense Forces", "Israeli Defence Forces", "Israel Defence Forces"),
    "Myanmar": ("Tatmadaw", "Myanmar military", "Myanmar junta"),
    "Afghanistan": ("ANDSF", "Afghan National Army", "ANA", "Afghan National Defense and Security Forces"),
    "Somalia": ("SNA", "Somali National Army"),
    "Ukraine": ("AFU", "ZSU", "Armed Forces of Ukraine"),
    "Russia": ("Russian Armed Forces", "Armed Forces of the Russian Federation"),
    "Kenya": ("KDF", "Kenya Defence Forces"),
    "Uganda": ("UPDF", "Uganda People's Defence Force"),
    "Lebanon": ("LAF", "Lebanese Armed Forces"),
    "Iraq": ("ISF", "Iraqi Security Forces"),
    "Syria": ("SAA", "Syrian Arab Army"),
    "Venezuela": ("FANB",),
    "Cameroon": ("BIR", "Rapid Intervention Battalion"),
    "Turkey": ("TSK", "Turkish Armed Forces"),
    "Pakistan": ("ISPR",),
    "Colombia": ("Colombian National Army",),
    "Mexico": ("SEDENA",),
    "France": (
        "Operation Serval",
        "Barkhane",
        "Operation Barkhane",
        "Barkhane force",
        "Task Force Takuba",
        "Takuba",
    ),
    "United States": ("AFRICOM", "CENTCOM", "US Africa Command", "US Central Command", "Pentagon"),
    "Mozambique": ("FADM",),
    "Central African Republic": ("FACA",),
    "Chad": ("ANT",),
    "Yemen": ("Yemeni government forces", "pro-Hadi forces", "Hadi forces", "pro-Hadi fighters"),
}

# country -> (start ISO date, end ISO date or "", label): ACLED's period labels for state forces.
REGIMES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "Mali": (
        ("2002-06-08", "2012-03-21", "2002-2012"),
        ("2012-03-22", "2013-09-03", "2012-2013"),
        ("2013-09-04", "2020-08-17", "2013-2020"),
        ("2020-08-18", "2021-05-23", "2020-2021"),
        ("2021-05-24", "", "2021-"),
    ),
    "Burkina Faso": (
        ("1987-10-15", "2014-10-30", "1987-2014"),
        ("2014-10-31", "2015-12-28", "2014-2015"),
        ("2015-12-29", "2022-01-23", "2015-2022"),
        ("2022-01-24", "", "2022-"),
    ),
    "Niger": (
        ("2011-04-07", "2021-04-01", "2011-2021"),
        ("2021-04-02", "2023-07-25", "2021-2023"),
        ("2023-07-26", "", "2023-"),
    ),
    "Nigeria": (
        ("1999-05-29", "2015-05-28", "1999-2015"),
        ("2015-05-29", "2023-05-28", "2015-2023"),
        ("2023-05-29", "", "2023-"),
    ),
    "Kenya": (
        ("2002-12-30", "2013-04-08", "2002-2013"),
        ("2013-04-09", "2022-09-12", "2013-2022"),
        ("2022-09-13", "", "2022-"),
    ),
    "Benin": (("2006-04-06", "2016-04-05", "2006-2016"), ("2016-04-06", "", "2016-")),
    "Ukraine": (
        ("2014-06-07", "2019-05-19", "2014-2019"),
        ("2019-05-20", "", "2019-"),
    ),
    "Russia": (("2000-05-07", "", "2000-"),),
    "Bangladesh": (("2009-01-06", "2024-08-07", "2009-2024"), ("2024-08-08", "", "2024-")),
    "Afghanistan": (
        ("2014-09-29", "2021-08-14", "2014-2021"),
        ("2021-08-15", "", "2021-"),
    ),
    "Syria": (("2000-07-17", "2024-12-07", "2000-2024"), ("2024-12-08", "", "2024-")),
    "Iraq": (
        ("2014-09-08", "2018-10-24", "2014-2018"),
        ("2018-10-25", "2020-05-06", "2018-2020"),
        ("2020-05-07", "2022-10-26", "2020-2022"),
        ("2022-10-27", "", "2022-"),
    ),
    "Somalia": (
        ("2012-09-16", "2017-02-15", "2012-2017"),
        ("2017-02-16", "2022-05-22", "2017-2022"),
        ("2022-05-23", "", "2022-"),
    ),
    "Sudan": (("1989-06-30", "2019-04-10", "1989-2019"), ("2019-04-11", "", "2019-")),
    "South Sudan": (("2011-07-09", "", "2011-"),),
    "Democratic Republic of Congo": (
        ("2001-01-26", "2019-01-23", "2001-2019"),
        ("2019-01-24", "", "2019-"),
    ),
    "Myanmar": (("2016-03-30", "2021-01-31", "2016-2021"), ("2021-02-01", "", "2021-")),
    "India": (("2004-05-22", "2014-05-25", "2004-2014"), ("2014-05-26", "", "2014-")),
    "Pakistan": (("2018-08-18", "2022-04-10", "2018-2022"), ("2022-04-11", "", "2022-")),
    "Colombia": (("2018-08-07", "2022-08-06", "2018-2022"), ("2022-08-07", "", "2022-")),
    "Mexico": (
        ("2012-12-01", "2018-11-30", "2012-2018"),
        ("2018-12-01", "2024-09-30", "2018-2024"),
        ("2024-10-01", "", "2024-"),
    ),
    "Ethiopia": (("2018-04-02", "", "2018-"),),
    "Mozambique": (("2015-01-15", "2025-01-14", "2015-2025"), ("2025-01-15", "", "2025-")),
    "Cameroon": (("1982-11-06", "", "1982-"),),
    "Israel": (
        ("2009-03-31", "2021-06-12", "2009-2021"),
        ("2021-06-13", "2022-12-28", "2021-2022"),
        ("2022-12-29", "", "2022-"),
    ),
    "Haiti": (
        ("2017-02-07", "2021-07-06", "2017-2021"),
        ("2021-07-07", "2024-04-24", "2021-2024"),
        ("2024-04-25", "", "2024-"),
    ),
    "Chad": (("1990-12-02", "2021-04-19", "1990-2021"), ("2021-04-20", "", "2021-")),
    "Guinea": (("2010-12-21", "2021-09-04", "2010-2021"), ("2021-09-05", "", "2021-")),
    "Central African Republic": (("2016-03-30", "", "2016-"),),
    "France": (("2017-05-14", "", "2017-"),),
    "United States": (
        ("2017-01-20", "2021-01-19", "2017-2021"),
        ("2021-01-20", "2025-01-19", "2021-2025"),
        ("2025-01-20", "", "2025-"),
    ),
    "Turkey": (("2016-07-15", "", "2016-"),),
    "Egypt": (("2014-06-08", "", "2014-"),),
    "Libya": (("2014-06-25", "", "2014-"),),
    "Yemen": (("2012-02-27", "", "2012-"),),
    "Iran": (("1989-06-04", "", "1989-"),),
    "Lebanon": (("2020-01-21", "", "2020-"),),
    "Palestine": (("2007-06-15", "", "2007-"),),
    "Uganda": (("1986-01-29", "", "1986-"),),
    "Rwanda": (("1994-07-19", "", "1994-"),),
    "Togo": (("2005-05-04", "", "2005-"),),
    "Ivory Coast": (("2011-04-11", "", "2011-"),),
    "Senegal": (("2012-04-02", "2024-04-01", "2012-2024"), ("2024-04-02", "", "2024-")),
    "Mauritania": (("2019-08-01", "", "2019-"),),
    "Saudi Arabia": (("2015-01-23", "", "2015-"),),
    "Azerbaijan": (("2003-10-31", "", "2003-"),),
    "Armenia": (("2018-05-08", "", "2018-"),),
    # heads of state or government, as ACLED dates state forces (start of the ruling executive)
    "Algeria": (("1999-04-27", "2019-04-02", "1999-2019"), ("2019-04-03", "", "2019-")),
    "Morocco": (("1999-07-23", "", "1999-"),),
    "Tunisia": (("2014-12-31", "2019-07-25", "2014-2019"), ("2019-07-26", "", "2019-")),
    "Eritrea": (("1993-05-24", "", "1993-"),),
    "Djibouti": (("1999-05-08", "", "1999-"),),
    "Tanzania": (("2015-11-05", "2021-03-18", "2015-2021"), ("2021-03-19", "", "2021-")),
    "Burundi": (("2005-08-26", "2020-06-17", "2005-2020"), ("2020-06-18", "", "2020-")),
    "Zimbabwe": (("1980-04-18", "2017-11-23", "1980-2017"), ("2017-11-24", "", "2017-")),
    "Zambia": (("2015-01-25", "2021-08-23", "2015-2021"), ("2021-08-24", "", "2021-")),
    "Angola": (("1979-09-21", "2017-09-25", "1979-2017"), ("2017-09-26", "", "2017-")),
    "South Africa": (("2009-05-09", "2018-02-14", "2009-2018"), ("2018-02-15", "", "2018-")),
    "Madagascar": (("2019-01-19", "", "2019-"),),
    "Ghana": (("2017-01-07", "2025-01-06", "2017-2025"), ("2025-01-07", "", "2025-")),
    "Liberia": (("2018-01-22", "2024-01-21", "2018-2024"), ("2024-01-22", "", "2024-")),
    "Sierra Leone": (("2018-04-04", "", "2018-"),),
    "Gambia": (("2017-01-19", "", "2017-"),),
    "Guinea-Bissau": (("2020-02-27", "", "2020-"),),
    "Jordan": (("1999-02-07", "", "1999-"),),
    "Bahrain": (("1999-03-06", "", "1999-"),),
    "Philippines": (("2016-06-30", "2022-06-29", "2016-2022"), ("2022-06-30", "", "2022-")),
    "Indonesia": (("2014-10-20", "2024-10-19", "2014-2024"), ("2024-10-20", "", "2024-")),
    "China": (("1949-10-01", "", "1949-"),),
    "Belarus": (("1994-07-20", "", "1994-"),),
    "Tajikistan": (("1994-11-16", "", "1994-"),),
    "Kazakhstan": (("2019-03-20", "", "2019-"),),
    "Kyrgyzstan": (("2017-11-24", "2020-10-15", "2017-2020"), ("2020-10-16", "", "2020-")),
    "Uzbekistan": (("2016-09-08", "", "2016-"),),
    "Brazil": (
        ("2016-08-31", "2018-12-31", "2016-2018"),
        ("2019-01-01", "2022-12-31", "2019-2022"),
        ("2023-01-01", "", "2023-"),
    ),
    "Venezuela": (("1999-02-02", "", "1999-"),),
    "Nicaragua": (("2007-01-10", "", "2007-"),),
    "Honduras": (("2010-01-27", "2022-01-26", "2010-2022"), ("2022-01-27", "", "2022-")),
    "Guatemala": (("2020-01-14", "2024-01-14", "2020-2024"), ("2024-01-15", "", "2024-")),
    "El Salvador": (("2019-06-01", "", "2019-"),),
    "Chile": (("2018-03-11", "2022-03-10", "2018-2022"), ("2022-03-11", "", "2022-")),
    "Argentina": (("2019-12-10", "2023-12-09", "2019-2023"), ("2023-12-10", "", "2023-")),
    "Ecuador": (
        ("2017-05-24", "2021-05-23", "2017-2021"),
        ("2021-05-24", "2023-11-22", "2021-2023"),
        ("2023-11-23", "", "2023-"),
    ),
    "Paraguay": (("2018-08-15", "2023-08-14", "2018-2023"), ("2023-08-15", "", "2023-")),
    "Bolivia": (
        ("2006-01-22", "2019-11-11", "2006-2019"),
        ("2019-11-12", "2020-11-07", "2019-2020"),
        ("2020-11-08", "", "2020-"),
    ),
    "Dominican Republic": (("2020-08-16", "", "2020-"),),
    "Jamaica": (("2016-03-03", "", "2016-"),),
}

# A named group: (ACLED name, inter, home country or None, aliases, scope, press names, active)
# ``scope``: countries where ``press`` names (vague descriptions) point at this group;
# ``active``: (start, end) ISO dates bounding when the press names apply ("" = open).
Group = tuple[str, int, str | None, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, str]]

SAHEL = ("Mali", "Burkina Faso", "Niger")
OPEN = ("", "")
# How the press names a UN mission's troops (scoped to the mission's country).
PEACEKEEPERS = (
    "UN peacekeepers", "U.N. peacekeepers", "UN peacekeeper", "U.N. peacekeeper", "peacekeepers", "peacekeeper",
    "blue helmets",
)  # fmt: skip
AU_PEACEKEEPERS = (
    "AU peacekeepers",
    "African Union peacekeepers",
    "AU troops",
    "African Union troops",
    *PEACEKEEPERS,
)

GROUPS: tuple[Group, ...] = (
    # --- Sahel
    (
        "JNIM: Group for Support of Islam and Muslims",
        2,
        None,
        (
            "JNIM",
            "GSIM",
            "Group for Support of Islam and Muslims",
            "Jamaat Nusrat al-Islam wal-Muslimin",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            "Jamaat Nusrat al-Islam",
            "Support Group for Islam and Muslims",
            "Groupe de soutien à l'islam et aux musulmans",
            "Nusrat al-Islam",
        ),
        (*SAHEL, "Benin", "Togo"),
        (
            "jihadists linked to al-Qaeda",
            "al-Qaeda-linked jihadists",
            "al-Qaeda-linked militants",
            "al Qaeda-linked militants",
            "al-Qaeda affiliate",
            "al-Qaeda affiliated",
            "al-Qaeda-affiliated",
            "al-Qaeda's Sahel branch",
            "al-Qaeda in the Sahel",
            "Al-Qaeda-linked group",
        ),
        OPEN,
    ),
    (
        "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)",
        2,
        None,
        (
            "JNIM and/or ISGS",
            "JNIM or ISGS",
            "JNIM and/or IS Sahel",
            "JNIM or IS Sahel",
            "ISGS or JNIM",
            "ISGS and/or JNIM",
            "IS Sahel or JNIM",
            "JNIM or IS",
            "JNIM and/or ISSP",
            "ISSP or JNIM",
        ),
        SAHEL,
        (),
        OPEN,
    ),
    (
        "Islamic State (Greater Sahara)",
        2,
        None,
        (
            "ISGS",
            "IS Sahel",
            "IS-Sahel",
            "Islamic State in the Greater Sahara",
            "Islamic State Greater Sahara",
            "Islamic State in the Sahel",
            "Islamic State Sahel Province",
            "ISSP",
            "EIGS",
            "ISWAP-Greater Sahara",
            "Etat islamique au Grand Sahara",
            "État islamique au Grand Sahara",
            "IS Greater Sahara",
        ),
        (*SAHEL, "Benin"),
        (
            "Islamic State",
            "jihadists linked to the Islamic State",
            "Islamic State-linked jihadists",
            "Islamic State-linked militants",
            "IS-linked jihadists",
            "IS-linked militants",
            "ISIS",
            "IS",
        ),
        OPEN,
    ),
    (
        "Katiba Macina",
        2,
        "Mali",
        ("Katiba Macina", "Macina Liberation Front", "Katibat Macina", "Katiba Massina"),
        (),
        (),
        OPEN,
    ),
    ("Katiba Serma", 2, "Mali", ("Katiba Serma",), (), (), OPEN),
    (
        "Ansaroul Islam",
        2,
        "Burkina Faso",
        ("Ansaroul Islam", "Ansarul Islam", "Ansar ul Islam", "Ansar al-Islam"),
        (),
        (),
        OPEN,
    ),
    (
        "AQIM: Al Qaeda in the Islamic Maghreb",
        2,
        None,
        ("AQIM", "al-Qaeda in the Islamic Maghreb", "Al Qaeda in the Islamic Maghreb"),
        (),
        (),
        OPEN,
    ),
    (
        "Wagner Group",
        8,
        None,
        (
            "Wagner",
            "Wagner Group",
            "Wagner group",
            "Africa Corps",
            "Wagner mercenaries",
            "Wagner fighters",
            "Wagner PMC",
            "PMC Wagner",
        ),
        ("Mali", "Central African Republic", "Libya", "Sudan", "Mozambique", "Burkina Faso", "Niger"),
        (
            "Russian mercenaries",
            "Russian paramilitaries",
            "Russian paramilitary",
            "Russian instructors",
            "Russian private military",
            "mercenaries",
        ),
        OPEN,
    ),
    (
        "Azawad Liberation Front",
        2,
        "Mali",
        (
            "Azawad Liberation Front",
            "FLA",
            "Front de libération de l'Azawad",
            "Front for the Liberation of Azawad",
        ),
        ("Mali",),
        (
            "separatist rebels",
            "Tuareg rebels",
            "Tuareg separatists",
            "Tuareg-led rebels",
            "separatists",
            "rebels",
        ),
        ("2024-11-30", ""),
    ),
    (
        "CSP-DPA: Strategic Framework for the Defense of the People of Azawad",
        2,
        "Mali",
        (
            "CSP-DPA",
            "CSP",
            "CSP-PSD",
            "Permanent Strategic Framework",
            "Strategic Framework for the Defense of the People of Azawad",
        ),
        ("Mali",),
        ("separatist rebels", "Tuareg rebels", "Tuareg separatists", "separatists", "rebels"),
        ("2023-08-01", "2024-11-29"),
    ),
    (
        "CMA: Coordination of Azawad Movements",
        2,
        "Mali",
        ("CMA", "Coordination of Azawad Movements", "Coordination des mouvements de l'Azawad"),
        ("Mali",),
        ("separatist rebels", "Tuareg rebels", "Tuareg separatists", "separatists", "ex-rebels"),
        ("2014-06-09", "2023-07-31"),
    ),
    (
        "MNLA: National Movement for the Liberation of Azawad",
        2,
        "Mali",
        (
            "MNLA",
            "National Movement for the Liberation of Azawad",
            "Mouvement national de libération de l'Azawad",
        ),
        ("Mali",),
        ("Tuareg rebels", "Tuareg separatists", "separatist rebels", "rebels"),
        ("2011-10-16", "2014-06-08"),
    ),
    (
        "GATIA: Imghad Tuareg and Allies Self-Defense Group",
        3,
        "Mali",
        ("GATIA", "Imghad Tuareg and Allies Self-Defense Group"),
        (),
        (),
        OPEN,
    ),
    (
        "MSA: Movement for the Salvation of Azawad",
        3,
        "Mali",
        ("MSA", "Movement for the Salvation of Azawad"),
        (),
        (),
        OPEN,
    ),
    ("Ansar Dine", 2, "Mali", ("Ansar Dine", "Ansar Eddine", "Ansar al-Din"), (), (), OPEN),
    (
        "Dan Na Ambassagou",
        4,
        "Mali",
        ("Dan Na Ambassagou", "Dan Na Amassagou", "Dana Ambassagou", "Dan na Ambassagou"),
        ("Mali",),
        ("Dogon militia", "Dogon militiamen", "Dogon hunters"),
        OPEN,
    ),
    (
        "VDP: Volunteer for Defense of Homeland",
        4,
        "Burkina Faso",
        (
            "VDP",
            "Volunteers for the Defense of the Homeland",
            "Volunteers for the Defence of the Homeland",
            "Volunteers for the Defense of the Fatherland",
            "Volontaires pour la défense de la patrie",
            "Volunteer for Defense of Homeland",
        ),
        ("Burkina Faso",),
        (
            "volunteer fighters",
            "army auxiliaries",
            "civilian auxiliaries",
            "pro-army militia",
            "army volunteers",
            "civilian volunteers",
            "auxiliaries",
        ),
        OPEN,
    ),
    ("Koglweogo Militia", 3, "Burkina Faso", ("Koglweogo", "Koglweogos", "Kogl-weogo"), (), (), OPEN),
    (
        "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)",
        8,
        "Mali",
        (
            "MINUSMA",
            "UN peacekeepers in Mali",
            "United Nations Multidimensional Integrated Stabilization Mission in Mali",
        ),
        ("Mali",),
        PEACEKEEPERS,
        ("2013-07-01", "2023-12-31"),
    ),
    # --- Nigeria, Lake Chad
    (
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        2,
        "Nigeria",
        (
            "Boko Haram",
            "JAS",
            "Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
            "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
            "Shekau faction",
        ),
        # not Niger: its jihadists are as often IS Sahel's, JNIM's or ISWAP's, so a vague word
        # there names no one group
        ("Nigeria", "Cameroon", "Chad"),
        ("Boko Haram insurgents", "insurgents", "jihadists"),
        OPEN,
    ),
    (
        "Islamic State (West Africa)",
        2,
        "Nigeria",
        (
            "ISWAP",
            "Islamic State West Africa Province",
            "Islamic State West Africa",
            "IS West Africa",
            "Islamic State in West Africa",
        ),
        ("Nigeria", "Cameroon", "Niger", "Chad"),
        ("Islamic State", "IS-linked jihadists", "ISIS", "IS"),
        OPEN,
    ),
    ("Ansaru", 2, "Nigeria", ("Ansaru", "Jama'atu Ansarul Muslimina fi Biladis Sudan"), (), (), OPEN),
    (
        "IPOB: Indigenous People of Biafra",
        3,
        "Nigeria",
        ("IPOB", "Indigenous People of Biafra"),
        (),
        (),
        OPEN,
    ),
    ("ESN: Eastern Security Network", 3, "Nigeria", ("ESN", "Eastern Security Network"), (), (), OPEN),
    (
        "CJTF: Civilian Joint Task Force",
        3,
        "Nigeria",
        ("CJTF", "Civilian Joint Task Force", "Civilian JTF"),
        (),
        (),
        OPEN,
    ),
    (
        "Ambazonian Separatists",
        2,
        "Cameroon",
        ("Ambazonian separatists", "Ambazonia Defence Forces", "Amba Boys", "Amba fighters", "ADF Ambazonia"),
        ("Cameroon",),
        ("separatists", "separatist fighters", "Anglophone separatists", "secessionists"),
        OPEN,
    ),
    (
        "MFDC: Movement of Democratic Forces of Casamance",
        2,
        "Senegal",
        ("MFDC", "Movement of Democratic Forces of Casamance", "Casamance separatists", "Casamance rebels"),
        ("Senegal",),
        ("separatists", "separatist rebels", "separatist fighters"),
        OPEN,
    ),
    (
        "FACT: Front for Change and Concord in Chad",
        2,
        "Chad",
        ("FACT", "Front for Change and Concord in Chad"),
        (),
        (),
        OPEN,
    ),
    (
        "3R: Return, Reclamation, Rehabilitation",
        2,
        "Central African Republic",
        ("3R", "Return, Reclamation, Rehabilitation", "Return, Reclamation and Rehabilitation"),
        (),
        (),
        OPEN,
    ),
    # --- Horn of Africa, Sudan, Great Lakes
    (
        "Al Shabaab",
        2,
        "Somalia",
        (
            "Al Shabaab",
            "al-Shabaab",
            "Al-Shabaab",
            "al-Shabab",
            "Al-Shabab",
            "al Shabab",
            "Al Shabab",
            "Shabaab",
            "Harakat al-Shabaab al-Mujahideen",
        ),
        ("Somalia", "Kenya"),
        ("militants", "jihadists", "insurgents"),
        OPEN,
    ),
    (
        "Islamic State (Somalia)",
        2,
        "Somalia",
        ("ISS", "IS-Somalia", "Islamic State in Somalia", "Islamic State Somalia Province"),
        ("Somalia",),
        ("Islamic State",),
        OPEN,
    ),
    (
        "AMISOM: African Union Mission in Somalia (2007-2022)",
        8,
        "Somalia",
        ("AMISOM", "African Union Mission in Somalia"),
        ("Somalia",),
        AU_PEACEKEEPERS,
        ("", "2022-03-31"),
    ),
    (
        "ATMIS: African Union Transition Mission in Somalia (2022-2024)",
        8,
        "Somalia",
        ("ATMIS", "African Union Transition Mission in Somalia"),
        ("Somalia",),
        AU_PEACEKEEPERS,
        ("2022-04-01", "2024-12-31"),
    ),
    (
        "Rapid Support Forces",
        2,
        "Sudan",
        ("RSF", "Rapid Support Forces", "Janjaweed"),
        ("Sudan",),
        ("paramilitaries", "paramilitary forces", "paramilitary"),
        ("2023-04-15", ""),
    ),
    (
        "SPLM-N: Sudan People's Liberation Movement-North",
        2,
        "Sudan",
        ("SPLM-N", "SPLA-N", "Sudan People's Liberation Movement-North"),
        (),
        (),
        OPEN,
    ),
    (
        "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition",
        2,
        "South Sudan",
        ("SPLA-IO", "SPLM-IO", "SPLM/A-IO", "Sudan People's Liberation Army-In Opposition"),
        ("South Sudan",),
        ("rebels", "opposition forces"),
        OPEN,
    ),
    ("NAS: National Salvation Front", 2, "South Sudan", ("NAS", "National Salvation Front"), (), (), OPEN),
    (
        "TPLF: Tigray People's Liberation Front",
        2,
        "Ethiopia",
        ("TPLF", "Tigray People's Liberation Front", "Tigrayan forces", "Tigray Defense Forces", "TDF"),
        ("Ethiopia",),
        ("Tigrayan fighters", "Tigrayan rebels"),
        OPEN,
    ),
    (
        "OLF-Shane: Oromo Liberation Front-Shane",
        2,
        "Ethiopia",
        ("OLA", "Oromo Liberation Army", "OLF-Shane", "OLF Shane", "Shane"),
        (),
        (),
        OPEN,
    ),
    (
        "Fano Militia",
        4,
        "Ethiopia",
        ("Fano", "Fano militia", "Fano militiamen", "Fano fighters"),
        (),
        (),
        OPEN,
    ),
    (
        "M23: March 23 Movement",
        2,
        "Democratic Republic of Congo",
        ("M23", "March 23 Movement", "Mouvement du 23 mars", "AFC/M23", "M23 rebels"),
        ("Democratic Republic of Congo",),
        (),
        OPEN,
    ),
    (
        "ADF: Allied Democratic Forces",
        2,
        "Democratic Republic of Congo",
        ("ADF", "Allied Democratic Forces", "ADF-Nalu"),
        (),
        (),
        OPEN,
    ),
    (
        "Islamic State (Central Africa)",
        2,
        "Democratic Republic of Congo",
        ("ISCAP", "Islamic State Central Africa Province", "IS Central Africa"),
        ("Democratic Republic of Congo",),
        ("Islamic State",),
        OPEN,
    ),
    (
        "CODECO: Cooperative for Development of the Congo",
        4,
        "Democratic Republic of Congo",
        ("CODECO", "Cooperative for the Development of Congo", "Cooperative for Development of the Congo"),
        (),
        (),
        OPEN,
    ),
    (
        "FDLR: Democratic Forces for the Liberation of Rwanda",
        2,
        "Democratic Republic of Congo",
        ("FDLR", "Democratic Forces for the Liberation of Rwanda"),
        (),
        (),
        OPEN,
    ),
    ("Wazalendo", 3, "Democratic Republic of Congo", ("Wazalendo",), (), (), OPEN),
    (
        # ACLED's name; a mission's peacekeepers are the mission wherever it serves
        "MONUSCO: United Nations Organization Stabilization Mission in Democratic Republic of Congo (2010-)",
        8,
        "Democratic Republic of Congo",
        ("MONUSCO", "United Nations Organization Stabilization Mission in the DR Congo"),
        ("Democratic Republic of Congo",),
        PEACEKEEPERS,
        OPEN,
    ),
    (
        "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (2014-)",
        8,
        "Central African Republic",
        ("MINUSCA",),
        ("Central African Republic",),
        PEACEKEEPERS,
        ("2014-04-10", ""),
    ),
    (
        "UNMISS: United Nations Mission in South Sudan (2011-)",
        8,
        "South Sudan",
        ("UNMISS", "United Nations Mission in South Sudan"),
        ("South Sudan",),
        PEACEKEEPERS,
        ("2011-07-09", ""),
    ),
    (
        "UNIFIL: United Nations Interim Force in Lebanon (1978-)",
        8,
        "Lebanon",
        ("UNIFIL", "United Nations Interim Force in Lebanon"),
        ("Lebanon",),
        PEACEKEEPERS,
        OPEN,
    ),
    (
        "Islamic State (Mozambique)",
        2,
        "Mozambique",
        (
            "Islamic State Mozambique Province",
            "ISMP",
            "Ahlu Sunnah Wa-Jamo",
            "Ansar al-Sunna",
            "IS Mozambique",
        ),
        ("Mozambique",),
        ("al-Shabaab", "al-Shabab", "Al Shabaab", "insurgents", "Islamic State", "jihadists"),
        OPEN,
    ),
    # --- Middle East
    (
        "Islamic State (Syria)",
        2,
        "Syria",
        ("ISIS", "ISIL", "Daesh", "Daech", "Islamic State in Syria"),
        ("Syria",),
        ("Islamic State", "IS", "IS cells", "jihadists"),
        OPEN,
    ),
    (
        "Islamic State (Iraq)",
        2,
        "Iraq",
        ("Islamic State in Iraq",),
        ("Iraq",),
        ("ISIS", "ISIL", "Daesh", "Islamic State", "IS", "IS militants"),
        OPEN,
    ),
    (
        "HTS: Hayat Tahrir al Sham",
        2,
        "Syria",
        ("HTS", "Hayat Tahrir al-Sham", "Hayat Tahrir al Sham", "Tahrir al-Sham", "Hay'at Tahrir al-Sham"),
        (),
        (),
        OPEN,
    ),
    ("QSD: Syrian Democratic Forces", 2, "Syria", ("SDF", "QSD", "Syrian Democratic Forces"), (), (), OPEN),
    ("YPG: People's Protection Units", 2, "Syria", ("YPG", "People's Protection Units"), (), (), OPEN),
    (
        "NDF: National Defence Forces",
        3,
        "Syria",
        ("NDF", "National Defence Forces", "National Defense Forces"),
        (),
        (),
        OPEN,
    ),
    (
        "Syrian National Army",
        2,
        "Syria",
        ("Syrian National Army", "SNA", "Turkish-backed factions", "Turkish-backed fighters"),
        (),
        (),
        OPEN,
    ),
    (
        "PKK: Kurdistan Workers Party",
        2,
        None,
        ("PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"),
        (),
        (),
        OPEN,
    ),
    (
        "PMF: Popular Mobilization Forces",
        3,
        "Iraq",
        ("PMF", "PMU", "Popular Mobilization Forces", "Popular Mobilisation Forces", "Hashd al-Shaabi"),
        (),
        (),
        OPEN,
    ),
    (
        "Kataib Hezbollah",
        3,
        "Iraq",
        ("Kataib Hezbollah", "Kata'ib Hezbollah", "Kataib Hizbullah"),
        (),
        (),
        OPEN,
    ),
    ("Hezbollah", 2, "Lebanon", ("Hezbollah", "Hizbollah", "Hizbullah", "Hizballah"), (), (), OPEN),
    (
        "Hamas Movement",
        2,
        "Palestine",
        (
            "Hamas",
            "Hamas Movement",
            "Qassam Brigades",
            "Izz ad-Din al-Qassam Brigades",
            "al-Qassam Brigades",
            "Ezzedine al-Qassam Brigades",
        ),
        (),
        (),
        OPEN,
    ),
    (
        "PIJ: Palestinian Islamic Jihad",
        2,
        "Palestine",
        ("PIJ", "Palestinian Islamic Jihad", "Islamic Jihad", "Al-Quds Brigades", "al-Quds Brigades"),
        (),
        (),
        OPEN,
    ),
    (
        "Houthi Movement",
        2,
        "Yemen",
        ("Houthi Movement", "Ansar Allah", "Ansarallah"),
        (),
        (),
        ("", "2016-11-27"),
    ),
    (
        "Military Forces of Yemen (2016-) Supreme Political Council",
        1,
        "Yemen",
        (
            "Houthis",
            "Houthi",
            "Houthi forces",
            "Houthi rebels",
            "Houthi fighters",
            "pro-Houthi forces",
            "Supreme Political Council",
        ),
        (),
        (),
        OPEN,
    ),
    (
        "AQAP: Al Qaeda in the Arabian Peninsula",
        2,
        "Yemen",
        ("AQAP", "al-Qaeda in the Arabian Peninsula", "Al Qaeda in the Arabian Peninsula"),
        ("Yemen",),
        ("al-Qaeda",),
        OPEN,
    ),
    (
        "STC: Southern Transitional Council",
        3,
        "Yemen",
        ("STC", "Southern Transitional Council"),
        (),
        (),
        OPEN,
    ),
    (
        "Operation Restoring Hope",
        8,
        "Yemen",
        (
            "Saudi-led coalition",
            "Saudi-led Coalition",
            "Arab coalition",
            "Saudi-led military coalition",
            "coalition warplanes",
            "coalition aircraft",
        ),
        ("Yemen",),
        (
            "the coalition",
            "coalition",
            "coalition forces",
            "Saudi forces",
            "Saudi troops",
            "Saudi army",
            "Saudi military",
            "Saudi border guards",
            "Saudi artillery",
            "Saudi warplanes",
        ),
        OPEN,
    ),
    # --- Afghanistan, Pakistan, India
    (
        "Taliban",
        2,
        "Afghanistan",
        ("Taliban", "Taleban", "Afghan Taliban"),
        ("Afghanistan",),
        ("insurgents",),
        ("", "2021-08-14"),
    ),
    (
        "Islamic State (Afghanistan)",
        2,
        "Afghanistan",
        (
            "ISKP",
            "IS-K",
            "ISIS-K",
            "Islamic State Khorasan",
            "Islamic State Khorasan Province",
            "ISIS-Khorasan",
            "IS-KP",
            "Daesh",
        ),
        ("Afghanistan",),
        ("Islamic State", "ISIS", "IS"),
        OPEN,
    ),
    ("NRF: National Resistance Front", 2, "Afghanistan", ("NRF", "National Resistance Front"), (), (), OPEN),
    (
        "TTP: Tehreek-i-Taliban Pakistan",
        2,
        "Pakistan",
        (
            "TTP",
            "Tehreek-i-Taliban Pakistan",
            "Tehrik-i-Taliban Pakistan",
            "Tehreek-e-Taliban Pakistan",
            "Pakistani Taliban",
        ),
        ("Pakistan",),
        ("militants", "terrorists", "Taliban"),
        OPEN,
    ),
    (
        "BLA: Balochistan Liberation Army",
        2,
        "Pakistan",
        ("BLA", "Balochistan Liberation Army", "Baloch Liberation Army"),
        (),
        (),
        OPEN,
    ),
    (
        "BLF: Balochistan Liberation Front",
        2,
        "Pakistan",
        ("BLF", "Balochistan Liberation Front"),
        (),
        (),
        OPEN,
    ),
    ("Islamic State (Pakistan)", 2, "Pakistan", ("ISPP", "Islamic State Pakistan Province"), (), (), OPEN),
    (
        "CPI (Maoist): Communist Party of India (Maoist)",
        2,
        "India",
        (
            "CPI (Maoist)",
            "CPI-Maoist",
            "Communist Party of India (Maoist)",
            "Maoists",
            "Maoist",
            "Naxals",
            "Naxalites",
            "Naxal",
            "Maoist rebels",
            "Maoist insurgents",
        ),
        (),
        (),
        OPEN,
    ),
    ("Hizbul Mujahideen", 2, "India", ("Hizbul Mujahideen", "Hizbul", "HM"), (), (), OPEN),
    ("LeT: Lashkar-e-Taiba", 2, None, ("LeT", "Lashkar-e-Taiba", "Lashkar-e-Toiba"), (), (), OPEN),
    ("JeM: Jaish-e-Mohammad", 2, None, ("JeM", "Jaish-e-Mohammad", "Jaish-e-Mohammed"), (), (), OPEN),
    ("BJP: Bharatiya Janata Party", 3, "India", ("BJP", "Bharatiya Janata Party"), (), (), OPEN),
    ("INC: Indian National Congress", 3, "India", ("INC", "Indian National Congress"), (), (), OPEN),
    (
        "TMC: All India Trinamool Congress",
        3,
        "India",
        ("TMC", "Trinamool Congress", "Trinamool"),
        (),
        (),
        OPEN,
    ),
    # --- Myanmar
    (
        "PDF: People's Defense Force",
        2,
        "Myanmar",
        (
            "PDF",
            "People's Defense Force",
            "People's Defence Force",
            "People's Defence Forces",
            "People's Defense Forces",
        ),
        ("Myanmar",),
        ("resistance fighters", "anti-junta fighters"),
        ("2021-05-05", ""),
    ),
    ("AA: Arakan Army", 2, "Myanmar", ("Arakan Army", "AA"), (), (), OPEN),
    ("KIA: Kachin Independence Army", 2, "Myanmar", ("KIA", "Kachin Independence Army"), (), (), OPEN),
    (
        "KNLA: Karen National Liberation Army",
        2,
        "Myanmar",
        ("KNLA", "Karen National Liberation Army", "KNU"),
        (),
        (),
        OPEN,
    ),
    (
        "TNLA: Ta'ang National Liberation Army",
        2,
        "Myanmar",
        ("TNLA", "Ta'ang National Liberation Army"),
        (),
        (),
        OPEN,
    ),
    (
        "MNDAA: Myanmar National Democratic Alliance Army",
        2,
        "Myanmar",
        ("MNDAA", "Myanmar National Democratic Alliance Army"),
        (),
        (),
        OPEN,
    ),
    # --- Americas
    (
        "ELN: National Liberation Army",
        2,
        "Colombia",
        ("ELN", "National Liberation Army", "Ejército de Liberación Nacional"),
        (),
        (),
        OPEN,
    ),
    (
        # ACLED's name; the press says "dissidents of the former FARC" as often as "FARC dissidents"
        "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction",
        2,
        "Colombia",
        (
            "FARC Dissidents",
            "FARC dissidents",
            "FARC-EMC",
            "Estado Mayor Central",
            "Segunda Marquetalia",
            "FARC dissident",
            "dissidents of the former FARC",
            "dissidents of the FARC",
            "former FARC dissidents",
            "ex-FARC dissidents",
            "dissident FARC",
            "FARC dissident groups",
            "FARC dissident group",
        ),
        (),
        (),
        OPEN,
    ),
    (
        "Clan del Golfo",
        3,
        "Colombia",
        ("Clan del Golfo", "Gulf Clan", "AGC", "Autodefensas Gaitanistas de Colombia"),
        (),
        (),
        OPEN,
    ),
    (
        "CJNG: Jalisco New Generation Cartel",
        3,
        "Mexico",
        ("CJNG", "Jalisco New Generation Cartel", "Cartel Jalisco Nueva Generacion", "Jalisco cartel"),
        (),
        (),
        OPEN,
    ),
    ("Sinaloa Cartel", 3, "Mexico", ("Sinaloa Cartel", "Sinaloa cartel", "Cartel de Sinaloa"), (), (), OPEN),
    ("Viv Ansanm", 3, "Haiti", ("Viv Ansanm",), (), (), OPEN),
    (
        "G9 Family and Allies",
        3,
        "Haiti",
        ("G9", "G9 Family and Allies", "G9 an Fanmi e Alye", "G-9"),
        (),
        (),
        OPEN,
    ),
    ("400 Mawozo", 3, "Haiti", ("400 Mawozo",), (), (), OPEN),
    # ACLED names Haiti's (and Latin America's "Los ...") gangs "<name> Gang"
    ("Gran Grif Gang", 3, "Haiti", ("Gran Grif", "Gran Grif gang", "Grand Grif"), (), (), OPEN),
    (
        "Base 5 Secondes Gang",
        3,
        "Haiti",
        ("5 Segonn", "5 Secondes", "Base 5 Secondes", "5 Seconds gang"),
        (),
        (),
        OPEN,
    ),
    ("Grand-Ravine Gang", 3, "Haiti", ("Grand Ravine gang", "Grand-Ravine gang", "Gran Ravin"), (), (), OPEN),
    # --- Ecuador: the prison-based gangs behind the 2024 internal armed conflict decree
    ("Los Choneros Gang", 3, "Ecuador", ("Los Choneros", "Choneros"), (), (), OPEN),
    ("Los Lobos Gang", 3, "Ecuador", ("Los Lobos",), (), (), OPEN),
    (
        "MSS: Multinational Security Support Mission in Haiti",
        8,
        "Haiti",
        (
            "MSS",
            "Multinational Security Support",
            "multinational security mission",
            "multinational security support mission",
            "Kenyan-led mission",
            "Kenya-led mission",
            "Kenyan-led force",
            "Kenya-led force",
            "Kenyan-led multinational force",
        ),
        (),
        (),
        OPEN,
    ),
    # --- Ukraine / Russia
    (
        "NAF: United Armed Forces of Novorossiya",
        2,
        "Ukraine",
        ("NAF", "United Armed Forces of Novorossiya", "Novorossiya", "DPR forces", "LPR forces"),
        ("Ukraine",),
        ("pro-Russian separatists", "separatists", "Russia-backed separatists", "rebels"),
        ("2014-04-01", "2022-02-23"),
    ),
    (
        "Donbass People's Militia",
        2,
        "Ukraine",
        ("Donbass People's Militia", "DPR militia", "Donetsk People's Militia"),
        (),
        (),
        OPEN,
    ),
    (
        "Luhansk People's Militia",
        2,
        "Ukraine",
        ("Luhansk People's Militia", "LPR militia", "Lugansk People's Militia"),
        (),
        (),
        OPEN,
    ),
    ("Russian Volunteer Corps", 2, "Russia", ("Russian Volunteer Corps", "RDK"), (), (), OPEN),
    # --- Libya
    (
        "Military Forces of Libya (2014-) Haftar Faction",
        1,
        "Libya",
        (
            "LNA",
            "Libyan National Army",
            "Haftar's forces",
            "Haftar forces",
            "forces loyal to Khalifa Haftar",
            "Haftar Faction",
            "LAAF",
            "Libyan Arab Armed Forces",
        ),
        (),
        (),
        OPEN,
    ),
    (
        "Military Forces of Libya (2016-) Government of National Accord",
        1,
        "Libya",
        ("GNA", "Government of National Accord", "GNA forces", "GNA-aligned forces", "Volcano of Rage"),
        (),
        (),
        OPEN,
    ),
    # --- Yemen, Syria, Iraq (beyond the state forces and the main groups above)
    (
        "National Resistance Forces",
        3,
        "Yemen",
        (
            "National Resistance Forces",
            "National Resistance",
            "Tareq Saleh's forces",
            "forces of Tareq Saleh",
        ),
        (),
        (),
        OPEN,
    ),
    ("Southern Resistance", 3, "Yemen", ("Southern Resistance", "Southern Resistance forces"), (), (), OPEN),
    ("Operation Peace Spring", 2, "Syria", ("Operation Peace Spring", "OPS"), (), (), OPEN),
    (
        "Global Coalition Against Daesh",
        8,
        None,
        (
            "Global Coalition Against Daesh",
            "Global Coalition",
            "international coalition",
            "US-led coalition",
            "U.S.-led coalition",
            "anti-ISIS coalition",
            "anti-IS coalition",
            "Operation Inherent Resolve",
        ),
        ("Syria", "Iraq"),
        (
            "coalition",
            "the coalition",
            "coalition forces",
            "coalition warplanes",
            "US forces",
            "U.S. forces",
            "American forces",
            "US troops",
            "US military",
        ),
        ("2014-08-08", ""),
    ),
    # --- Egypt, Burundi, Mozambique, Philippines, Brazil, Israel/Palestine, Myanmar, India
    (
        "Islamic State (Egypt)",
        2,
        "Egypt",
        ("Sinai Province", "Wilayat Sinai", "Islamic State Sinai Province", "Ansar Beit al-Maqdis"),
        ("Egypt",),
        ("Islamic State", "IS", "ISIS", "Daesh", "jihadists"),
        OPEN,
    ),
    (
        "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy (Imbonerakure Faction)",
        3,
        "Burundi",
        ("Imbonerakure", "CNDD-FDD youth", "ruling party youth"),
        (),
        (),
        OPEN,
    ),
    (
        "RED-Tabara: Resistance for the Rule of Law-Tabara",
        2,
        "Burundi",
        ("RED-Tabara", "Red-Tabara", "RED Tabara", "Red Tabara", "Resistance for the Rule of Law"),
        (),
        (),
        OPEN,
    ),
    ("Dyck Advisory Group", 8, "Mozambique", ("Dyck Advisory Group", "DAG"), (), (), OPEN),
    (
        "LeJ: Lashkar-e-Jhangvi",
        2,
        "Pakistan",
        ("LeJ", "Lashkar-e-Jhangvi", "Lashkar-i-Jhangvi", "Lashkar-e-Jhangvi al-Alami"),
        (),
        (),
        OPEN,
    ),
    (
        # ACLED's name for the deep south's Patani-Malay insurgents (BRN and its cells)
        "Malay Muslim Separatists (Thailand)",
        2,
        "Thailand",
        ("Malay Muslim separatists", "Malay Muslim insurgents", "Patani separatists", "Patani insurgents"),
        ("Thailand",),
        ("insurgents", "separatists", "separatist insurgents", "Muslim insurgents", "militants", "insurgent"),
        OPEN,
    ),
    (
        "Mayi Mayi Militia",
        3,
        "Democratic Republic of Congo",
        ("Mayi Mayi", "Mayi-Mayi", "Mai-Mai", "Mai Mai", "Mai-Mai militia", "Mayi Mayi militia"),
        (),
        (),
        OPEN,
    ),
    ("NPA: New People's Army", 2, "Philippines", ("NPA", "New People's Army"), (), (), OPEN),
    ("CV: Red Command", 3, "Brazil", ("Red Command", "Comando Vermelho", "CV"), (), (), OPEN),
    (
        "PCC: First Capital Command",
        3,
        "Brazil",
        ("First Capital Command", "Primeiro Comando da Capital", "PCC"),
        (),
        (),
        OPEN,
    ),
    (
        # the de facto state's forces, fighting on land ACLED codes as Azerbaijan (to 2023)
        "Military Forces of Artsakh (2007-)",
        1,
        "Azerbaijan",
        (
            "military forces of Artsakh",
            "Artsakh forces",
            "Artsakh Defense Army",
            "Artsakh Defence Army",
            "Defense Army of Artsakh",
            "Nagorno-Karabakh Defense Army",
            "Nagorno-Karabakh Defence Army",
            "Karabakh Armenian forces",
            "Nagorno-Karabakh forces",
            "Karabakh forces",
            "Artsakh troops",
            "Artsakh army",
        ),
        ("Azerbaijan", "Armenia"),
        ("ethnic Armenian forces", "separatist forces in Nagorno-Karabakh"),
        ("", "2023-09-30"),
    ),
    (
        "Settlers (Israel)",
        3,
        "Israel",
        ("Israeli settlers", "Jewish settlers"),
        ("Israel", "Palestine"),
        ("settlers", "armed settlers", "settler"),
        OPEN,
    ),
    (
        "TPNPB: West Papua National Liberation Army",
        2,
        "Indonesia",
        ("TPNPB", "West Papua National Liberation Army", "TPNPB-OPM", "Free Papua Movement"),
        ("Indonesia",),
        # "OPM" is also Uganda's and Kenya's Office of the Prime Minister: Indonesia only
        ("OPM", "Papuan separatists", "Papuan separatist rebels", "Papuan rebels", "separatist rebels"),
        OPEN,
    ),
    (
        "ARSA: Arakan Rohingya Salvation Army",
        2,
        "Myanmar",
        ("ARSA", "Arakan Rohingya Salvation Army"),
        (),
        (),
        OPEN,
    ),
    (
        "KNDF: Karenni Nationalities Defense Force",
        2,
        "Myanmar",
        ("KNDF", "Karenni Nationalities Defense Force", "Karenni Nationalities Defence Force"),
        (),
        (),
        OPEN,
    ),
    (
        "Freedom of Russia Legion",
        2,
        "Russia",
        ("Freedom of Russia Legion", "Legion of Free Russia"),
        (),
        (),
        OPEN,
    ),
    # --- Transnational
    ("Islamic State", 2, None, ("Islamic State", "ISIS", "ISIL", "Daesh"), (), (), OPEN),
    ("Al Qaeda", 2, None, ("al-Qaeda", "Al Qaeda", "Al-Qaeda", "al Qaeda"), (), (), OPEN),
)

# Identity groups that ACLED names ``<X> Ethnic Militia (<country>)`` when they fight.
ETHNIC: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Fulani", ("Fulani", "Peul", "Peulh", "Peuhl", "Fula", "Fulbe")),
    ("Dogon", ("Dogon",)),
    ("Bambara", ("Bambara",)),
    ("Tuareg", ("Tuareg", "Touareg")),
    ("Arab", ("Arab",)),
    ("Mossi", ("Mossi",)),
    ("Hausa", ("Hausa",)),
    ("Tiv", ("Tiv",)),
    ("Berom", ("Berom",)),
    ("Pokot", ("Pokot",)),
    ("Turkana", ("Turkana",)),
    ("Nuer", ("Nuer",)),
    ("Dinka", ("Dinka",)),
    ("Murle", ("Murle",)),
    ("Lendu", ("Lendu",)),
    ("Hema", ("Hema",)),
    ("Amhara", ("Amhara",)),
    ("Oromo", ("Oromo",)),
    ("Somali", ("Somali",)),
    ("Masalit", ("Masalit",)),
    ("Meitei", ("Meitei", "Meetei")),
    ("Kuki", ("Kuki", "Kuki-Zo")),
    ("Misseriya", ("Misseriya", "Messiria")),
    ("Garre", ("Garre",)),
    ("Borana", ("Borana", "Boran")),
)

# Communal militias named ``<X> Communal Militia (<country>)``.
COMMUNAL: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Dozo", ("Dozo", "Dozos", "Donso", "Dozo hunters", "traditional hunters")),
)


# --------------------------------------------------------------------------- mining

STATE_RE = re.compile(r"^(Military|Police) Forces of (.+?) \((\d{4})-(\d{4})?\)(.*)$")
GOV_RE = re.compile(r"^Government of (.+?) \((\d{4})-(\d{4})?\)$")
TEMPLATE_RE = re.compile(
    r"^(Civilians|Protesters|Rioters|Unidentified Armed Group|Unidentified Ethnic Militia|"
    r"Unidentified Communal Militia|Unidentified Gang|Unidentified Military Forces|"
    r"Unidentified Political Militia)"
    r" \((.+)\)$"
)
ETHNIC_RE = re.compile(r"^(.+) Ethnic Militia \((.+)\)$")
COMMUNAL_RE = re.compile(r"^(.+) Communal Militia \((.+)\)$")
IDENTITY_RE = re.compile(r"^(.+) \((.+)\)$")  # Students (Kenya), Women (Mali) ...
# ACLED's name for Islamist fighters a report does not attribute to a named group, per country
# ("Islamist Militia (Mozambique)"): the press words it codes that way, scoped to that country.
ISLAMIST_RE = re.compile(r"^Islamist Militia \((.+)\)$")
ISLAMIST_PRESS = ("Islamist militants", "Islamic militants", "Islamist militant", "Islamic militant")
FACTION_WORDS = ("Faction", "Council", "Accord", "Government", "Movement")
BRANCH_SUFFIXES = ("Air Force", "Navy", "Gendarmerie", "Military Police", "National Guard", "Special Forces")


def _shared() -> Path:
    env = os.environ.get("VIGIL_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[1] / ".." / "shared"


def read_rows(exclude: set[str]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted((_shared() / "data" / "acled").glob("*.csv")):
        with path.open(encoding="utf-8") as fh:
            rows.extend(r for r in csv.DictReader(fh) if r["country"] not in exclude)
    return rows


INTER_LABELS = {
    "state forces": 1,
    "rebel group": 2,
    "rebel groups": 2,
    "political militia": 3,
    "political militias": 3,
    "identity militia": 4,
    "identity militias": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external/other forces": 8,
}


def _inter(value: str) -> int | None:
    value = value.strip()
    if value.isdigit():
        return int(value) or None
    return INTER_LABELS.get(value.lower())


def _acronym_aliases(name: str) -> list[str]:
    """``"ABC: Full Name"`` -> both parts; a bare name -> itself."""
    aliases = [name]
    if ": " in name:
        short, full = name.split(": ", 1)
        aliases += [short, full]
    return aliases


@dataclass(frozen=True, slots=True)
class Mined:
    """What the ACLED rows tell about actors: regime labels, named groups, units, identity bases."""

    regime_dates: dict[tuple[str, str], list[str]]
    groups: dict[str, Counter[int]]
    group_countries: dict[str, Counter[str]]
    units: Counter[tuple[str, str, str]]
    ethnic: set[str]
    communal: set[str]


def mine(rows: list[dict[str, str]]) -> Mined:
    """Collect regimes, named groups and ethnic/communal bases from ACLED rows."""
    regime_dates: dict[tuple[str, str], list[str]] = defaultdict(list)
    groups: dict[str, Counter[int]] = defaultdict(Counter)
    group_countries: dict[str, Counter[str]] = defaultdict(Counter)
    units: Counter[tuple[str, str, str]] = Counter()
    ethnic: set[str] = set()
    communal: set[str] = set()
    for row in rows:
        sides = [(row["actor1"], row["inter1"]), (row["actor2"], row["inter2"])]
        sides += [(a.strip(), "") for a in (row["assoc_actor_1"] + ";" + row["assoc_actor_2"]).split(";")]
        for name, inter in sides:
            if not name:
                continue
            if m := STATE_RE.match(name):
                branch, country, start, end, suffix = m.groups()
                suffix = suffix.strip()
                if suffix and any(w in suffix for w in FACTION_WORDS):
                    groups[name][1] += 1
                    group_countries[name][country] += 1
                    continue
                regime_dates[(country, f"{start}-{end or ''}")].append(row["event_date"])
                if suffix and suffix not in BRANCH_SUFFIXES:
                    units[(country, branch, suffix)] += 1
                continue
            if m := GOV_RE.match(name):
                regime_dates[(m.group(1), f"{m.group(2)}-{m.group(3) or ''}")].append(row["event_date"])
                continue
            if TEMPLATE_RE.match(name):
                continue
            if m := ETHNIC_RE.match(name):
                ethnic.add(m.group(1))
                continue
            if m := COMMUNAL_RE.match(name):
                communal.add(m.group(1))
                continue
            if " and/or " in name or name.startswith(("Mutiny of", "Former ")):
                continue
            if IDENTITY_RE.match(name) and not inter:
                continue  # identity labels of participants/victims (Students (Kenya)); templated at run time
            code = _inter(inter)
            if code is not None:
                groups[name][code] += 1
            elif name not in groups:
                groups[name] = Counter()
            group_countries[name][row["country"]] += 1
    return Mined(
        regime_dates=regime_dates,
        groups=groups,
        group_countries=group_countries,
        units=units,
        ethnic=ethnic,
        communal=communal,
    )


def _mined_regimes(regime_dates: dict[tuple[str, str], list[str]]) -> dict[str, list[dict[str, str | None]]]:
    """Turn period labels seen in the data into dated regimes (boundary = first date seen)."""
    by_country: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (country, label), dates in regime_dates.items():
        start_year = label.split("-")[0]
        first = min(dates)
        start = first if first.startswith(start_year) else f"{start_year}-01-01"
        by_country[country].append((start, label))
    out: dict[str, list[dict[str, str | None]]] = {}
    for country, items in by_country.items():
        items.sort()
        regimes: list[dict[str, str | None]] = []
        for i, (start, label) in enumerate(items):
            end = None
            if i + 1 < len(items):
                nxt = date.fromisoformat(items[i + 1][0])
                end = (nxt - timedelta(days=1)).isoformat()
            regimes.append({"start": start, "end": end, "label": label})
        out[country] = regimes
    return out


# Named state units ACLED appends to the state force's name ("Military Forces of Brazil (2019-2022)
# Military Police"): (country, branch, unit name, aliases). Mined units add to these.
UNITS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Brazil", "Military", "Military Police", ("Military Police", "military police officers")),
    ("Brazil", "Police", "Federal Police", ("Federal Police", "Federal Highway Police")),
    ("Brazil", "Police", "Civil Police", ("Civil Police",)),
    ("Russia", "Military", "Military Police", ("Military Police", "Russian military police")),
    ("Russia", "Military", "Navy", ("Black Sea Fleet", "Russian Navy", "Russian navy")),
    ("Ukraine", "Military", "National Guard", ("National Guard of Ukraine", "National Guard")),
    (
        "Ukraine",
        "Military",
        "Territorial Defense Forces",
        ("Territorial Defense Forces", "Territorial Defence"),
    ),
    ("Ukraine", "Police", "Security Service of Ukraine", ("SBU", "Security Service of Ukraine")),
    ("Ukraine", "Police", "State Border Guard Service", ("State Border Guard Service", "border guards")),
    ("Turkey", "Military", "Gendarmerie", ("gendarmerie", "gendarmes", "Jandarma")),
    ("Turkey", "Police", "National Intelligence Organization", ("MIT", "National Intelligence Organization")),
    (
        "Yemen",
        "Military",
        "Security Belt Forces",
        ("Security Belt Forces", "Security Belt", "pro-STC forces"),
    ),
    ("Yemen", "Police", "Special Security Forces", ("Special Security Forces",)),
    (
        "Iraq",
        "Military",
        "Popular Mobilization Forces",
        ("Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"),
    ),
    ("Syria", "Military", "Air Force Intelligence Directorate", ("Air Force Intelligence",)),
    ("Myanmar", "Police", "Border Guard Police", ("Border Guard Police", "BGP")),
    ("India", "Police", "Central Reserve Police Force", ("CRPF", "Central Reserve Police Force")),
    ("India", "Police", "Border Security Force", ("BSF", "Border Security Force")),
    ("India", "Military", "Rashtriya Rifles", ("Rashtriya Rifles",)),
    (
        "Afghanistan",
        "Police",
        "National Directorate of Security",
        ("NDS", "National Directorate of Security"),
    ),
    ("Afghanistan", "Police", "Afghan Local Police", ("ALP", "Afghan Local Police")),
    ("Afghanistan", "Military", "Special Forces", ("Afghan special forces", "commandos")),
    ("Venezuela", "Military", "GNB: Venezuelan National Guard", ("GNB", "Bolivarian National Guard")),
    ("Mexico", "Military", "National Guard", ("National Guard", "Guardia Nacional")),
    ("Mexico", "Police", "State Police", ("state police",)),
    ("Uganda", "Military", "Local Defense Unit", ("LDU", "Local Defence Unit", "Local Defense Unit")),
    ("Kenya", "Police", "General Service Unit", ("GSU", "General Service Unit")),
    ("Ethiopia", "Police", "Liyu Police", ("Liyu Police", "Liyu")),
    # ACLED codes Puntland's forces as units of Somalia's military; the Dervish Force is the
    # one it names most, the Puntland Security Force (PSF) the counter-terrorism unit
    (
        "Somalia",
        "Military",
        "Puntland Dervish Force",
        (
            "Dervish Force",
            "Puntland Dervish",
            "Puntland forces",
            "Puntland troops",
            "Puntland's forces",
            "Puntland security forces",
        ),
    ),
    ("Somalia", "Military", "Puntland Security Force", ("Puntland Security Force", "PSF")),
    ("Sudan", "Police", "Central Reserve Police", ("Central Reserve Police", "Abu Tira")),
    ("Burkina Faso", "Police", "Forest Guards", ("forest guards", "water and forest agents")),
    ("Benin", "Police", "Forest Guards", ("forest guards", "forest rangers")),
    ("Bangladesh", "Police", "Rapid Action Battalion", ("RAB", "Rapid Action Battalion")),
    ("Bangladesh", "Police", "Border Guards Bangladesh", ("BGB", "Border Guards Bangladesh")),
    ("Sri Lanka", "Police", "Special Task Force", ("STF", "Special Task Force")),
    # the army's paramilitary rangers (Thahan Phran) of the deep south
    (
        "Thailand",
        "Military",
        "Thai Rangers",
        ("rangers", "Thai rangers", "paramilitary rangers", "Thahan Phran"),
    ),
)

# ACLED renames: name -> ((from ISO date, new name), ...)
RENAMED: dict[str, tuple[tuple[str, str], ...]] = {
    # ATMIS took over from AMISOM on 1 April 2022: "the African Union mission" after that is ATMIS
    "AMISOM: African Union Mission in Somalia (2007-2022)": (
        ("2022-04-01", "ATMIS: African Union Transition Mission in Somalia (2022-2024)"),
    ),
    "Islamic State (Greater Sahara)": (("2022-03-21", "Islamic State (Sahel)"),),
    "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)": (
        ("2022-03-21", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)"),
    ),
}


# Where groups that cross borders fight: ACLED name -> countries, the main theatre first.
# Provenance: public knowledge of each conflict (ACLED's and UCDP's country profiles), checked
# against the countries each name appears in across data/acled/*.csv. Those rows are a sample
# of a few countries (JNIM is mostly Burkinabe there, Al Shabaab mostly Kenyan), so they confirm
# an area but never rank it. A named group votes for every country of its area; its home country
# (``country``), where it has one, still decides when the text names no place.
SAHEL_JIHAD = ("Mali", "Burkina Faso", "Niger")
LAKE_CHAD = ("Nigeria", "Niger", "Cameroon", "Chad")
AREAS: dict[str, tuple[str, ...]] = {
    "JNIM: Group for Support of Islam and Muslims": (*SAHEL_JIHAD, "Benin", "Togo"),
    "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)": SAHEL_JIHAD,
    "Islamic State (Greater Sahara)": ("Niger", "Mali", "Burkina Faso"),
    "Katiba Macina": ("Mali", "Burkina Faso"),
    "Katiba Serma": ("Mali", "Burkina Faso"),
    "Ansaroul Islam": ("Burkina Faso", "Mali"),
    "AQIM: Al Qaeda in the Islamic Maghreb": ("Algeria", "Mali", "Niger", "Mauritania", "Tunisia", "Libya"),
    "Wagner Group": (
        "Central African Republic",
        "Mali",
        "Libya",
        "Sudan",
        "Syria",
        "Mozambique",
        "Ukraine",
        "Burkina Faso",
        "Niger",
    ),
    "Dozo": ("Burkina Faso", "Mali", "Ivory Coast"),  # hunters' brotherhoods of the Mande world
    "Dozo Militia": ("Burkina Faso", "Mali", "Ivory Coast"),
    "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad": LAKE_CHAD,
    "Islamic State (West Africa)": LAKE_CHAD,
    "Al Shabaab": ("Somalia", "Kenya"),
    "ADF: Allied Democratic Forces": ("Democratic Republic of Congo", "Uganda"),
    "Islamic State (Central Africa)": ("Democratic Republic of Congo", "Uganda"),
    "FDLR: Democratic Forces for the Liberation of Rwanda": ("Democratic Republic of Congo", "Rwanda"),
    "LRA: Lords Resistance Army": (
        "Central African Republic",
        "Democratic Republic of Congo",
        "South Sudan",
        "Uganda",
    ),
    "PKK: Kurdistan Workers Party": ("Turkey", "Iraq"),
    "Hezbollah": ("Lebanon", "Syria"),
    "Hamas Movement": ("Palestine", "Israel"),
    "Houthi Movement": ("Yemen", "Saudi Arabia"),
    "Global Coalition Against Daesh": ("Iraq", "Syria"),
    "TTP: Tehreek-i-Taliban Pakistan": ("Pakistan", "Afghanistan"),
    "Islamic State (Afghanistan)": ("Afghanistan", "Pakistan"),
    "LeT: Lashkar-e-Taiba": ("India", "Pakistan"),
    "RED-Tabara: Resistance for the Rule of Law-Tabara": ("Burundi", "Democratic Republic of Congo"),
    "JeM: Jaish-e-Mohammad": ("India", "Pakistan"),
}


# The local franchise a press description by allegiance names ("al-Qaeda-linked militants",
# "jihadists loyal to the Islamic State"): family -> ACLED name -> the countries where that
# name is the family's branch. Provenance: public knowledge of each conflict (ACLED's and UCDP's
# country profiles); Niger's Islamic State is the Sahel branch west, ISWAP by Lake Chad, and the
# Sahel branch is the one most reported.
AFFILIATES: dict[str, dict[str, tuple[str, ...]]] = {
    "al-Qaeda": {
        "JNIM: Group for Support of Islam and Muslims": (*SAHEL_JIHAD, "Benin", "Togo"),
        "Al Shabaab": ("Somalia", "Kenya"),
        "AQIM: Al Qaeda in the Islamic Maghreb": ("Algeria", "Tunisia", "Libya", "Mauritania"),
        "AQAP: Al Qaeda in the Arabian Peninsula": ("Yemen", "Saudi Arabia"),
    },
    "Islamic State": {
        "Islamic State (Greater Sahara)": (*SAHEL_JIHAD, "Benin", "Togo"),
        "Islamic State (West Africa)": ("Nigeria", "Cameroon", "Chad"),
        "Islamic State (Mozambique)": ("Mozambique", "Tanzania"),
        "Islamic State (Central Africa)": ("Democratic Republic of Congo", "Uganda"),
        "Islamic State (Somalia)": ("Somalia",),
        "Islamic State (Afghanistan)": ("Afghanistan",),
        "Islamic State (Pakistan)": ("Pakistan",),
        "Islamic State (Iraq)": ("Iraq",),
        "Islamic State (Syria)": ("Syria",),
        "Islamic State (Egypt)": ("Egypt",),
        "Dawlah Islamiyah": ("Philippines",),
    },
}


# Groups that took power: ACLED codes them as the state's forces from that day on (the Taliban
# are "Military Forces of Afghanistan (2021-)" since the fall of Kabul). name -> (country, since).
IN_POWER: dict[str, tuple[str, str]] = {"Taliban": ("Afghanistan", "2021-08-15")}


def _curated_fields(name: str) -> dict[str, object]:
    """``name``'s franchise family and where it is the family's branch, and when it took power."""
    fields: dict[str, object] = {}
    for family, branches in AFFILIATES.items():
        if name in branches:
            fields["affiliate"] = [family, list(branches[name])]
    if name in IN_POWER:
        fields["in_power"] = list(IN_POWER[name])
    return fields


def _with_area(entry: dict[str, object]) -> dict[str, object]:
    """``entry`` with its operating area, if it has one; a mined home outside it is a stray row."""
    entry.update(_curated_fields(str(entry["name"])))
    area = AREAS.get(str(entry["name"]))
    if area:
        entry["area"] = list(area)
        if entry.get("country") not in (None, *area):
            entry["country"] = None
    return entry


def build(exclude: set[str]) -> list[dict[str, object]]:
    mined = mine(read_rows(exclude))
    entries: list[dict[str, object]] = []
    regimes = _mined_regimes(mined.regime_dates)
    for country, curated in REGIMES.items():
        regimes[country] = [{"start": s, "end": e or None, "label": lab} for s, e, lab in curated]
    countries = sorted(set(regimes) | set(DEMONYMS))
    for country in countries:
        entries.append(
            {
                "name": f"Military Forces of {country}",
                "kind": "state",
                "inter": 1,
                "country": country,
                "aliases": list(STATE_ALIASES.get(country, ())),
                "demonyms": list(DEMONYMS.get(country, ())),
                "regimes": regimes.get(country, []),
            }
        )
    curated_units = {(u_country, u_name) for u_country, _, u_name, _ in UNITS}
    for u_country, u_branch, u_name, u_aliases in UNITS:
        entries.append(
            {
                "name": u_name,
                "kind": "unit",
                "branch": u_branch,
                "inter": 1,
                "country": u_country,
                "aliases": sorted({*u_aliases, *_acronym_aliases(u_name)}),
            }
        )
    for (m_country, m_branch, suffix), count in sorted(mined.units.items()):
        if count < 2 or (m_country, suffix) in curated_units:
            continue
        entries.append(
            {
                "name": suffix,
                "kind": "unit",
                "branch": m_branch,
                "inter": 1,
                "country": m_country,
                "aliases": _acronym_aliases(suffix),
            }
        )
    seen: set[str] = set()
    for name, inter, g_country, g_aliases, scope, press, active in GROUPS:
        seen.add(name)
        entries.append(
            {
                "name": name,
                "kind": "group",
                "inter": inter,
                "country": g_country,
                "aliases": sorted(set(g_aliases) | set(_acronym_aliases(name))),
                "scope": list(scope),
                "press": list(press),
                "active": [active[0] or None, active[1] or None],
                "renamed": [list(r) for r in RENAMED.get(name, ())],
            }
        )
    seen |= {new for renames in RENAMED.values() for _, new in renames}
    groups = mined.groups
    where = mined.group_countries
    for name, codes in sorted(groups.items()):
        if name in seen or not codes:
            continue
        total = sum(where[name].values())
        home, n_home = where[name].most_common(1)[0]
        islamist = ISLAMIST_RE.match(name)
        entries.append(
            {
                "name": name,
                "kind": "group",
                "inter": codes.most_common(1)[0][0],
                "country": home if n_home >= 0.8 * total else None,
                "aliases": _acronym_aliases(name),
                "scope": [islamist.group(1)] if islamist else [],
                "press": list(ISLAMIST_PRESS) if islamist else [],
                "active": [None, None],
            }
        )
    ethnic: dict[str, tuple[str, ...]] = dict(ETHNIC)
    for base in sorted(mined.ethnic):
        if not base.startswith("Unidentified"):
            ethnic.setdefault(base, (base,))
    for base, names in sorted(ethnic.items()):
        entries.append({"name": base, "kind": "ethnic", "inter": 4, "country": None, "aliases": list(names)})
    communal: dict[str, tuple[str, ...]] = dict(COMMUNAL)
    for base in sorted(mined.communal):
        if not base.startswith("Unidentified"):
            communal.setdefault(base, (base,))
    for base, names in sorted(communal.items()):
        specific = base in dict(COMMUNAL)  # curated names are specific enough to match alone
        entries.append(
            {
                "name": base,
                "kind": "communal",
                "inter": 4,
                "country": None,
                "aliases": list(names),
                "press": list(names) if specific else [],
            }
        )
    return [_with_area(e) for e in entries]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--exclude", action="append", default=[], help="country not to mine (repeatable)")
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "src/vigil/extract/data/actors.json"
    )
    args = parser.parse_args()
    entries = build(set(args.exclude))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    kinds = Counter(str(e["kind"]) for e in entries)
    print(f"wrote {len(entries)} entries to {args.out}: {dict(kinds)}")


if __name__ == "__main__":
    main()
