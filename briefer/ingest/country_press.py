# ruff: noqa: E501
"""How the Vietnamese press and English-language news name countries beyond ISO's names
(a data table, kept by hand): the transcriptions the Ministry of Foreign Affairs and the
press use ("Gioóc-đa-ni", "Phi-gi", "Cô-oét"), which differ from pycountry's ("Gi-oa-đanh"),
the French names francophone partners go by ("Bénin", "Sénégal"), and the English
adjectives of nationality ("Kenyan", "Icelandic", "Vietnamese-Chilean"),
so that a sentence naming a partner only by its adjective still counts toward the pair.

Each transcription is also matched with its syllables joined by spaces or run together
(see ``briefer.ingest.countries``). One-syllable words are left out: they are ordinary
words too.
"""

from typing import Final

# code → the press's Vietnamese transcriptions
PRESS_SPELLINGS: Final[dict[str, tuple[str, ...]]] = {
    "AD": ("An-đô-ra",), "AF": ("Áp-ga-ni-xtan", "Ápganixtan"), "AL": ("An-ba-ni", "Anbani"),
    "AM": ("Ác-mê-ni-a", "Acmênia"), "AZ": ("A-déc-bai-gian", "Adécbaigian"),
    "BA": ("Bosnia và Herzegovina", "Bosnia & Herzegovina", "Bô-xni-a Héc-dê-gô-vi-na", "Bô-xni-a và Héc-dê-gô-vi-na"), "BH": ("Ba-ranh", "Baranh"),
    "BF": ("Buốc-ki-na Pha-xô",), "BI": ("Bu-run-đi",), "BJ": ("Bê-nanh", "Bênanh", "Bénin"),
    "BT": ("Bu-tan", "Butan"), "BW": ("Bốt-xoa-na",), "CD": ("CHDC Công-gô", "Cộng hòa Dân chủ Công-gô", "Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC", "Congo-Kinshasa"),
    "CG": ("Cộng hòa Công-gô", "Congo-Brazzaville"), "CI": ("Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "Cote d’Ivoire", "Ivory Coast", "Cốt-đi-voa", "Bờ Biển Ngà"),
    "CM": ("Ca-mơ-run", "Camơrun", "Cameroun"), "CV": ("Cáp-ve", "Cape Verde"), "DJ": ("Gi-bu-ti",),
    "DM": ("Đô-mi-ni-ca",), "DO": ("Cộng hòa Đô-mi-ni-ca", "Cộng hòa Dominicana", "Dominicana", "Đô-mi-ni-ca-na"), "EE": ("E-xtô-ni-a", "Extônia"),
    "ER": ("Ê-ri-tơ-rê-a",), "ET": ("Ê-ti-ô-pi-a", "Êtiôpia"), "FJ": ("Phi-gi", "Phigi"),
    "FM": ("Micronesia", "Mi-crô-nê-xi-a",), "GA": ("Ga-bông", "Gabông"), "GD": ("Grê-na-đa",),
    "GE": ("Gru-di-a", "Grudia"), "GH": ("Ga-na", "Gana"), "GM": ("Găm-bi-a",),
    "GN": ("Ghi-nê", "Ghinê"), "GQ": ("Ghi-nê Xích Đạo", "Ghi-nê Xích đạo", "Guinea Xích đạo"), "GW": ("Ghi-nê Bít-xao",),
    "HR": ("Crô-a-ti-a", "Croatia", "Crôatia"), "IQ": ("I-rắc", "Irắc"), "IS": ("Ai-xơ-len", "Aixơlen"),
    "JO": ("Gioóc-đa-ni", "Gioócđani", "Jordan"), "KE": ("Kê-ni-a", "Kênia"),
    "KG": ("Cư-rơ-gư-xtan", "Kyrgyzstan", "Kư-rơ-gư-xtan"), "KI": ("Ki-ri-ba-ti",),
    "KM": ("Cô-mo",), "KW": ("Cô-oét", "Côoét"), "LB": ("Li-băng", "Libăng"),
    "LI": ("Lích-ten-xtên",), "LR": ("Li-bê-ri-a",), "LS": ("Lê-xô-thô",), "LT": ("Lít-va", "Litva"),
    "LU": ("Lúc-xăm-bua", "Lúcxămbua"), "LV": ("Lát-vi-a", "Látvia"), "LY": ("Li-bi", "Libi"),
    "MC": ("Mô-na-cô",), "MD": ("Môn-đô-va", "Mônđôva"), "ME": ("Mông-tê-nê-grô", "Môn-tê-nê-grô"),
    "MG": ("Ma-đa-gát-xca", "Mađagátxca"), "MH": ("Quần đảo Marshall", "Quần đảo Mác-san"), "MK": ("Bắc Macedonia", "Bắc Ma-xê-đô-ni-a"),
    "ML": ("Ma-li",), "MR": ("Mô-ri-ta-ni", "Môritani", "Mauritanie"), "MT": ("Man-ta", "Manta"),
    "MU": ("Mô-ri-xơ", "Môrixơ"), "MV": ("Man-đi-vơ", "Manđivơ"), "MW": ("Ma-la-uy",),
    "NA": ("Na-mi-bi-a", "Namibia"), "NE": ("Ni-giê", "Nigiê"), "NP": ("Nê-pan", "Nêpan"),
    "NR": ("Na-u-ru",), "OM": ("Ô-man", "Ôman"), "PG": ("Pa-pua Niu Ghi-nê", "Papua Niu Ghi-nê", "PNG"),
    "PS": ("Pa-le-xtin", "Palextin", "Palestine"), "PW": ("Pa-lau",), "QA": ("Ca-ta", "Cata"),
    "RW": ("Ru-an-đa", "Ruanđa"), "SB": ("Quần đảo Solomon", "Quần đảo Xô-lô-môn",), "SC": ("Xây-sen", "Xâysen"),
    "SD": ("Xu-đăng", "Xuđăng"), "SI": ("Xlô-ven-ni-a", "Xlôvenia", "Xlô-vê-ni-a"),
    "SL": ("Xi-ê-ra Lê-ôn",), "SM": ("San Ma-ri-nô",), "SN": ("Xê-nê-gan", "Xênêgan", "Sénégal"),
    "SO": ("Xô-ma-li", "Xômali"), "SS": ("Nam Xu-đăng",), "ST": ("Xao Tô-mê và Prin-xi-pê", "São Tomé and Príncipe", "São Tomé và Príncipe"),
    "SY": ("Xy-ri", "Xi-ri", "Xyri"), "SZ": ("E-xoa-ti-ni", "Swaziland"), "TD": ("Chad", "Tchad"),
    "TG": ("Tô-gô", "Tôgô"), "TJ": ("Tát-gi-ki-xtan", "Tátgikixtan"), "TM": ("Tuốc-mê-ni-xtan", "Tuốcmênixtan"),
    "TN": ("Tuy-ni-di", "Tuynidi"), "TO": ("Tông-ga",), "TV": ("Tu-va-lu",),
    "TZ": ("Tan-da-ni-a", "Tandania"), "UG": ("U-gan-đa", "Uganđa"), "UZ": ("U-dơ-bê-ki-xtan", "Udơbêkixtan"),
    "VA": ("Tòa Thánh Va-ti-căng", "Va-ti-căng", "Vatican", "Tòa Thánh"), "VU": ("Va-nu-a-tu",),
    "WS": ("Xa-moa",), "YE": ("Y-ê-men", "Yêmen"), "ZM": ("Dăm-bi-a", "Dămbia"),
    "ZW": ("Dim-ba-bu-ê", "Dimbabuê"), "LK": ("Xri Lan-ca",), "LA": ("CHDCND Lào",),
    "AG": ("An-ti-goa và Ba-bu-đa",), "KN": ("Xanh Kít và Nê-vít",), "LC": ("Xanh Lu-xi-a",),
    "VC": ("Xanh Vin-xen và Grê-na-đin",), "BS": ("Ba-ha-ma",), "BB": ("Bác-ba-đốt",),
    "TT": ("Tri-ni-đát và Tô-ba-gô",), "GY": ("Gai-a-na",), "BZ": ("Bê-li-xê",),
    "PT": ("Bồ Đào Nha",), "ES": ("Tây Ban Nha",), "DK": ("Đan Mạch",),
    "AE": ("Tiểu vương quốc Ả Rập Thống nhất", "Các Tiểu vương quốc Ả-rập Thống nhất"),
    "HK": ("Hồng Công", "Hồng Kông", "Hong Kong"), "CF": ("Cộng hòa Trung Phi",),
}  # fmt: skip

# code → English adjectives of nationality (the forms news writes; "Korean" is the Republic's)
# code → the name a brief prints where pycountry's Vietnamese name is an old Sino-Vietnamese
# one neither the press nor the ministry writes any more ("Băng Đảo", "A Phú Hãn", "Lục Xâm
# Bảo", "Đảo Băng") or misspelt ("Hông Kông"): a brief titled "Việt Nam – Băng Đảo" reads as
# an error to its reader. (pycountry's name stays an alias: an old text is still matched.)
PRESS_NAMES: Final[dict[str, str]] = {
    "AF": "Afghanistan",
    "GL": "Greenland",
    "HK": "Hồng Kông",
    "IS": "Iceland",
    "LU": "Luxembourg",
}

ADJECTIVES: Final[dict[str, tuple[str, ...]]] = {
    "AF": ("Afghan",), "AL": ("Albanian",), "DZ": ("Algerian",), "AD": ("Andorran",), "AO": ("Angolan",),
    "AR": ("Argentine", "Argentinian", "Argentinean"), "AM": ("Armenian",), "AU": ("Australian",),
    "AT": ("Austrian",), "AZ": ("Azerbaijani",), "BS": ("Bahamian",), "BH": ("Bahraini",),
    "BD": ("Bangladeshi",), "BB": ("Barbadian",), "BY": ("Belarusian",), "BE": ("Belgian",),
    "BZ": ("Belizean",), "BJ": ("Beninese",), "BT": ("Bhutanese",), "BO": ("Bolivian",),
    "BA": ("Bosnian",), "BW": ("Botswanan",), "BR": ("Brazilian",), "BN": ("Bruneian",),
    "BG": ("Bulgarian",), "BF": ("Burkinabe",), "BI": ("Burundian",), "KH": ("Cambodian",),
    "CM": ("Cameroonian",), "CA": ("Canadian",), "CV": ("Cape Verdean",), "TD": ("Chadian",),
    "CL": ("Chilean",), "CN": ("Chinese",), "CO": ("Colombian",), "CG": ("Congolese",),
    "CR": ("Costa Rican",), "HR": ("Croatian",), "CU": ("Cuban",), "CY": ("Cypriot",),
    "CZ": ("Czech",), "DK": ("Danish",), "DJ": ("Djiboutian",), "DO": ("Dominican",),
    "EC": ("Ecuadorian", "Ecuadorean"), "EG": ("Egyptian",), "SV": ("Salvadoran", "Salvadorean"),
    "GQ": ("Equatorial Guinean",), "ER": ("Eritrean",), "EE": ("Estonian",), "SZ": ("Swazi",),
    "ET": ("Ethiopian",), "FJ": ("Fijian",), "FI": ("Finnish",), "FR": ("French",), "GA": ("Gabonese",),
    "GM": ("Gambian",), "GE": ("Georgian",), "DE": ("German",), "GH": ("Ghanaian",), "GR": ("Greek",),
    "GD": ("Grenadian",), "GT": ("Guatemalan",), "GN": ("Guinean",), "GY": ("Guyanese",),
    "HT": ("Haitian",), "HN": ("Honduran",), "HU": ("Hungarian",), "IS": ("Icelandic",),
    "IN": ("Indian",), "ID": ("Indonesian",), "IR": ("Iranian",), "IQ": ("Iraqi",), "IE": ("Irish",),
    "IL": ("Israeli",), "IT": ("Italian",), "CI": ("Ivorian",), "JM": ("Jamaican",), "JP": ("Japanese",),
    "JO": ("Jordanian",), "KZ": ("Kazakh", "Kazakhstani"), "KE": ("Kenyan",), "KW": ("Kuwaiti",),
    "KG": ("Kyrgyz",), "LA": ("Laotian",), "LV": ("Latvian",), "LB": ("Lebanese",),
    "LS": ("Basotho",), "LR": ("Liberian",), "LY": ("Libyan",), "LT": ("Lithuanian",),
    "LU": ("Luxembourgish",), "MG": ("Malagasy",), "MW": ("Malawian",), "MY": ("Malaysian",),
    "MV": ("Maldivian",), "ML": ("Malian",), "MT": ("Maltese",), "MR": ("Mauritanian",),
    "MU": ("Mauritian",), "MX": ("Mexican",), "MD": ("Moldovan",), "MC": ("Monegasque",),
    "MN": ("Mongolian",), "ME": ("Montenegrin",), "MA": ("Moroccan",), "MZ": ("Mozambican",),
    "NA": ("Namibian",), "NP": ("Nepali", "Nepalese"), "NL": ("Dutch",),
    "NZ": ("New Zealander",), "NI": ("Nicaraguan",), "NE": ("Nigerien",), "NG": ("Nigerian",),
    "KP": ("North Korean",), "MK": ("North Macedonian", "Macedonian"), "NO": ("Norwegian",),
    "OM": ("Omani",), "PK": ("Pakistani",), "PS": ("Palestinian",), "PA": ("Panamanian",),
    "PG": ("Papua New Guinean",), "PY": ("Paraguayan",), "PE": ("Peruvian",), "PH": ("Filipino", "Philippine"),
    "PL": ("Polish",), "PT": ("Portuguese",), "QA": ("Qatari",), "RO": ("Romanian",),
    "RU": ("Russian",), "RW": ("Rwandan",), "WS": ("Samoan",), "SA": ("Saudi",), "SN": ("Senegalese",),
    "RS": ("Serbian",), "SC": ("Seychellois",), "SL": ("Sierra Leonean",), "SG": ("Singaporean",),
    "SK": ("Slovak", "Slovakian"), "SI": ("Slovenian", "Slovene"), "SO": ("Somali",),
    "ZA": ("South African",), "KR": ("South Korean", "Korean"), "SS": ("South Sudanese",),
    "ES": ("Spanish",), "LK": ("Sri Lankan",), "SD": ("Sudanese",), "SR": ("Surinamese",),
    "SE": ("Swedish",), "CH": ("Swiss",), "SY": ("Syrian",), "TW": ("Taiwanese",), "TJ": ("Tajik",),
    "TZ": ("Tanzanian",), "TL": ("Timorese",), "TG": ("Togolese",), "TO": ("Tongan",),
    "TT": ("Trinidadian",), "TN": ("Tunisian",), "TR": ("Turkish",), "TM": ("Turkmen",),
    "UG": ("Ugandan",), "UA": ("Ukrainian",), "AE": ("Emirati",), "GB": ("British",),
    "US": ("American",), "UY": ("Uruguayan",), "UZ": ("Uzbek",), "VU": ("Vanuatuan",),
    "VE": ("Venezuelan",), "VN": ("Vietnamese",), "YE": ("Yemeni",), "ZM": ("Zambian",),
    "ZW": ("Zimbabwean",),
    # the smaller member states' adjectives (Caribbean, Pacific, African, European)
    "AG": ("Antiguan",), "VC": ("Vincentian",), "KN": ("Kittitian",), "LC": ("Saint Lucian",),
    "FM": ("Micronesian",), "MH": ("Marshallese",), "PW": ("Palauan",), "KI": ("I-Kiribati",),
    "NR": ("Nauruan",), "TV": ("Tuvaluan",), "SB": ("Solomon Islander",), "KM": ("Comorian",),
    "GW": ("Bissau-Guinean",), "ST": ("Santomean",), "CF": ("Central African",),
    "LI": ("Liechtensteiner",), "SM": ("Sammarinese",), "MM": ("Burmese",),
}  # fmt: skip
