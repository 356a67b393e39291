"""A visit's direction from its sentence (pure): whose visit ("the visit of … to …", "của
lãnh đạo Việt Nam"), where to (the host's country, a place of Việt Nam's, a province's
delegation going abroad) and who the guest is ("the Deputy Prime Minister of Viet Nam, who
is on an official visit"). Split from :mod:`briefer.ingest.events`."""

from __future__ import annotations

import re
from typing import Final

from briefer.domain.model import Country, Fact
from briefer.domain.rules import INBOUND, OUTBOUND, visit_direction
from briefer.ingest.anaphorvisit import anaphor_side
from briefer.ingest.countries import HOME, country_names, find_countries
from briefer.ingest.foldclash import mask_clashes
from briefer.ingest.homeplaces import home_party, home_places, journeyed_home, visited_home
from briefer.ingest.tripnoun import trip_side
from briefer.ingest.venues import destination_side, partner_city, place_at, visit_side
from briefer.ingest.worksessions import HOME_AUTHORITY
from briefer.text import daytime

# "the state visit of <whoever> to <where>": the visitor's nationality is no destination.
# (or "by": "the first visit by a Vietnamese foreign minister to the island"; or "from", the
# side it set out from: "the first ministerial visit from Iceland to Viet Nam")
# (a name's own dots are no sentence's end: "President Ferdinand Marcos Jr.", "Mr. A. Khan")
# (a day after "from" opens the visit's span, "a visit from May 19 to 21": no side)
_VISIT_OF: Final = re.compile(
    r"\b(visits?|trips?)\s+(?:of|by|from(?!\s+(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)))\s+"
    r"(?:[^.;]|(?<=[JS]r|Mr|Dr|Ms)\.|(?<=\b[A-Z])\.){1,80}?"
    r"(?=\s+to\s)",
    re.IGNORECASE,
)
# "…, the first by a Latvian foreign minister in a decade": who made the visit, told after
# an ordinal with no "to" in its clause — the visitor's country, no destination
_ORDINAL_WHO: Final = re.compile(
    r"\b(?:first|second|third|latest|last|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?by\s+"
    r"(?:(?!\bto\s)[^.;,]){1,80}(?=[.;,]|$)",
    re.IGNORECASE,
)
# (so is "to" before a day: "from May 19 to 21", "from 19 to 21 May")
_SPAN_END: Final = re.compile(r"\b(?:đến|tới|to)\s+(?=(?:ngày\s+)?\d)", re.IGNORECASE)
_GONE_ABROAD: Final = re.compile(r"\b(?:đã|sẽ)\s+sang\s+(?!Việt\s+Nam\b)[A-ZĐ]")
_GENITIVE_HOME: Final = re.compile(
    r"của(?:\s+\S+){0,4}?\s+Việt\s+Nam"
    # "the visit of Vietnamese Prime Minister X", "of X, Prime Minister of Viet Nam,": whose
    # (never across a destination's "to", "the visit of the Thai minister to Viet Nam")
    r"|\bof(?:\s+(?!(?:to|into|in)\b)\S+){0,4}?\s+(?:Vietnamese|Viet\s?Nam)\b"
)
# Who travels, when the verb names a place no table knows ("visited Port Moresby", "thăm …
# cảng Koper"): a Vietnamese delegation or body as the visit's subject goes out.
_HOME_VISITOR: Final = re.compile(
    r"(?:\b(?:Vietnamese|Vi[eệ]t\s?Nam)\b[^.,;]{0,40}?\b(?:delegation|mission)\b"
    r"|\bđoàn\b[^.;]{0,60}?\bViệt\s+Nam\b)(?P<between>[^.;]{0,80}?)"
    r"\b(?:visited|visits|visiting|(?:will|would|to)\s+visit|attended|đã\s+thăm|sẽ\s+thăm|thăm"
    r"|đã\s+dự|was\s+in|were\s+in)\b",
    re.IGNORECASE,
)
# A Vietnamese official described as on a visit: "Vietnamese Deputy Minister …, who was on
# a three-day working visit to the island", "Thứ trưởng … Việt Nam, đang thăm làm việc …";
# or "…, who is in the country for a working visit" (the host's country: the guest's stay)
_HOME_GUEST: Final = re.compile(
    r"\b(?:Vietnamese|Vi[eệ]t\s?Nam)\b[^.;]{0,80}?\bwho\s+(?:was|is|were|are)\s+"
    r"(?:in\s+the\s+country\b|on\s+an?\s+(?:[\w-]+\s+){0,3}(?:visit|tour|mission)\b)"
    # or leading one there ("…, Vietnam's Deputy Minister …, who is leading a business
    # delegation to the Sultanate")
    r"|\b(?:Vietnamese|Vi[eệ]t\s?Nam)\b[^.;]{0,80}?\bwho\s+(?:was|is|were|are)\s+(?:leading|heading)"
    r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:delegation|mission)\b|\bViệt\s+Nam\b[^.;]{0,40}?\bđang\s+(?:có\s+chuyến\s+)?(?:thăm|công\s+tác)\b"
    # a visit made by one ("the first official visit by a Vietnamese foreign minister")
    r"|\b(?:visits?|trips?)\s+by\s+(?:\S+\s+){0,3}?(?:Vietnamese|Viet\s?Nam(?:'s|’s)?)\b",
    re.IGNORECASE,
)
# A Vietnamese guest described as visiting ("…, the Vietnamese deputy minister, who is
# visiting the Kingdom from …"): the guest is the home side, whatever the host is called.
_HOME_VISITING: Final = re.compile(
    r"\b(?:Vietnamese|Vi[eệ]t\s?Nam(?:'s|’s)?)\s+(?:[\w-]+\s+){0,5}?(?:[\w-]+,\s+)?"
    r"who\s+(?:was|is|were|are)\s+(?:currently\s+)?visiting\b",
    re.IGNORECASE,
)
# A delegation working with a body ("đoàn làm việc với Trung tâm Đầu tư Tan-da-ni-a"): the
# host's own country is where the delegation went.
_HOSTED_BY: Final = re.compile(r"\b[Đđ]oàn\s+(?:đã\s+)?làm\s+việc\s+với\s+(?P<host>[^,.;]{3,80})")
# A delegation or mission brought to a place ("led a delegation of 30 companies to Hanoi and
# …", "a trade mission to Da Nang"): where it went, when the place is Việt Nam's.
_BROUGHT_TO: Final = re.compile(
    r"\b(?:delegation|mission)\b[^.;]{0,60}?\bto\s+(?:the\s+)?(?P<where>\S)"
)
# Where a visit arrived or took place, a country named at once: "arrived in Malta on …",
# "khảo sát thị trường tại Đa-ca, Xê-nê-gan" (a city, then its country after a comma).
_ARRIVED_IN: Final = re.compile(
    r"\b(?:arrived|arrives|arriving|landed|lands|landing)\s+(?:in|at)\s+(?:the\s+)?"
    r"|(?<![^\W\d_])(?:đến|tới)\s+(?:thủ\s+đô\s+|thành\s+phố\s+)?",
    re.IGNORECASE,
)
# A market surveyed or promoted in ("khảo sát thị trường Ga-na"): where the trip went.
_MARKET_OF: Final = re.compile(
    r"\b(?:khảo\s+sát|tìm\s+hiểu|xúc\s+tiến(?:\s+thương\s+mại)?)\s+(?:tại\s+)?thị\s+trường\s+"
)
_CITY_COMMA: Final = re.compile(  # ("tại thủ đô Madrid, Tây Ban Nha": a capital named so)
    r"(?<![^\W\d_])(?:tại|ở|in|at)\s+(?:thủ\s+đô\s+|thành\s+phố\s+)?(?:[A-ZĐÀ-Ỹ][\w'’-]*\s+){0,3}?[A-ZĐÀ-Ỹ][\w'’-]*,\s+"
)
# "Sáng 25/8" (in the morning of) folds to "sang" (to go to), which the visit rules read as
# a verb of travel: time-of-day words before a date are masked first.
_TIME_OF_DAY: Final = daytime.BEFORE_NUMBER


# "visiting" as an adjective before who visits ("a visiting Vietnamese delegation", "the
# visiting Kenyan minister"): a word that names the visitors, read as a verb it named a
# destination ("visiting Vietnam") and turned the visit round.
_VISITING_WHO: Final = re.compile(
    r"\bvisiting\s+(?=(?:[A-Z][\w'’-]*\s+){1,3}(?:delegations?|missions?|teams?|ministers?"
    r"|president|prime|deputy|vice|officials?|leaders?|groups?|business|trade|parliamentary"
    r"|foreign|head|chief|secretary|speaker|governor|mayor|general|envoys?)\b)",
)


def direction_of(text: str, partner: str) -> str:
    """A visit's direction in ``text`` for the pair with ``partner`` ("" if untold)."""
    home = Country(HOME, *country_names(HOME))
    other = Country(partner, *country_names(partner))
    said = text  # (a guest as written: "the Deputy Prime Minister of Viet Nam, who is on …")
    # "chuyến thăm … của lãnh đạo Việt Nam": whose visit, not where to.
    text = _TIME_OF_DAY.sub("", _GENITIVE_HOME.sub("", _VISIT_OF.sub(r"\1", text)))
    text = _ORDINAL_WHO.sub("", text)
    # "a visiting Vietnamese delegation": the visitors' country, not where they went to
    text = _VISITING_WHO.sub("", text)
    # "từ ngày 8 đến 10/7": "đến" before a day ends a span; it is no visiting verb; nor is a
    # word that only folds to one ("Đổi mới sáng tạo Albania" is no "sang … Albania")
    text = mask_clashes(_SPAN_END.sub(" ", text))
    # The domain rule knows each country by its table names: a press spelling ("Ả Rập
    # Xê Út", "Hung-ga-ri") is written as the table writes it first.
    for mention in reversed(find_countries(text)):
        name = country_names(mention.code)[0]
        text = text[: mention.start] + name + text[mention.end :]
    if _HOME_VISITING.search(said):
        return OUTBOUND
    probe = Fact(None, "", f"{HOME}-{partner}", "visits", "event", text)
    found = destination_side(text, partner)
    if not found and visited_home().search(text):
        # "…, who paid a working visit to HCMC on 18 November, told … that Greece …": the
        # place right after the visit's verb is where it went (a country named further on,
        # in another clause, is no destination)
        return INBOUND
    if not found and journeyed_home().search(text):
        # "travelled to Da Nang … to co-chair the Swedish-Vietnamese Joint Commission": a
        # journey's end at a place of Việt Nam's came in — unless the visit as written went
        # out ("Prime Minister X flew to Hanoi … after his visit to Sweden": a way home)
        as_written = Fact(None, "", f"{HOME}-{partner}", "visits", "event", said)
        if visit_direction(as_written, home, other) != OUTBOUND:
            return INBOUND
    found = found or visit_direction(probe, home, other)
    if found in (INBOUND, OUTBOUND):
        return found
    # ("Chuyến công tác Nhật Bản của …", "the first by a … to Vietnam": tripnoun.py)
    found = trip_side(said, partner) or _placed(text, partner)
    if found:
        return found
    visitor = _HOME_VISITOR.search(text) or _HOME_GUEST.search(said)
    if visitor and not any(m.code == partner for m in find_countries(visitor.group())):
        return OUTBOUND
    if _partner_visitor(text, partner):
        return INBOUND
    arrived = visited_home().search(text) or _brought_home(text) or _toured_home(text)
    if arrived:
        # "… do Giám đốc X dẫn đầu đã thăm và làm việc tại Quảng Bình": the visit is to a
        # place of Việt Nam's, so it came in, whoever else the sentence names
        return INBOUND
    if _brought_abroad(text, partner):
        return OUTBOUND
    host = _HOSTED_BY.search(text)
    if host and any(m.code == partner for m in find_countries(host.group("host"))):
        return OUTBOUND  # "đoàn làm việc với Trung tâm Đầu tư Tan-da-ni-a": the partner's body
    gone = _GONE_ABROAD.search(text)
    if gone and home_places().match(text, gone.end() - 1):
        return INBOUND  # "đoàn Bộ Thương mại Pakistan … đã sang Hà Nội": came over here
    if gone:
        return OUTBOUND  # "nhóm nhà khoa học … đã sang Koror khảo sát": went over abroad
    if home_party().search(text):
        return OUTBOUND  # "chuyến khảo sát của đoàn doanh nghiệp Đắk Lắk …": a province's
    side = visit_side(text, partner)  # "received … in Ankara", "tiếp … Việt Nam"
    if side:
        return side
    side = _country_venue(text, partner)  # "đi công tác tại Ga-na"
    if side:
        return side
    if _home_host(text, partner):
        return INBOUND  # (a venue abroad told above: "… tiếp đoàn … tại Seoul")
    if home_places().search(text) and not find_countries(text):
        # "The mission … took place from 12 to 16 May 2024 and included … visits to
        # industrial parks in Bac Ninh and Binh Duong": no country named, the places are
        # Việt Nam's, so the visit came in
        return INBOUND
    return anaphor_side(said, partner)  # "X's minister, on a visit to the country, …"


# A traveller going on elsewhere: "X is scheduled to leave for the Philippines on Tuesday",
# "From Hanoi, X flew to Beijing", "lên đường sang Nhật Bản".
_ONWARD: Final = re.compile(
    r"\b(?:leaves?|left|leaving|depart(?:s|ed|ing)?|fl(?:y|ies|ew|ying)(?:\s+on)?"
    r"|head(?:s|ed|ing)?(?:\s+on)?|travel(?:s|led|ed|ling)?(?:\s+on)?|go(?:es)?\s+on|went\s+on"
    r"|continu(?:e|es|ed|ing)(?:\s+on)?|proceed(?:s|ed)?)\s+(?:for|to)\s+(?:the\s+)?"
    r"|\b(?:lên\s+đường|bay|tiếp\s+tục(?:\s+chuyến\s+(?:công\s+du|thăm|công\s+tác))?)"
    r"\s+(?:sang|đi|tới|đến)\s+",
    re.IGNORECASE,
)


# Where the traveller set out from, opening the sentence: "From Hanoi, …", "Sau Việt Nam, …".
_SET_OUT: Final = re.compile(r"^\s*(?:From|After|Leaving|Sau|Rời|Từ)\s+[^,.;]{1,40},\s*")
_VIETNAMESE_LETTER: Final = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def onward_leg(text: str, partner: str) -> bool:
    """A foreign traveller going on to a third country (neither Việt Nam nor ``partner``,
    the article's own): a leg of another trip, no claim of the pair. A Vietnamese traveller's
    leg is a visit of Việt Nam's to that country: the sentence names Việt Nam before the verb,
    or, in Vietnamese, names no other country there ("Thủ tướng … lên đường sang Chi-lê")."""
    for match in _ONWARD.finditer(text):
        code = place_at(text, match.end())
        if not code or code in (HOME, partner):
            continue
        before = text[: match.start()]
        set_out = _SET_OUT.match(before)
        before = before[set_out.end() :] if set_out else before
        named = {m.code for m in find_countries(before)}
        if HOME in named or (not named and _VIETNAMESE_LETTER.search(before.lower())):
            continue
        return True
    return False


# What follows a venue's country: the clause's end, a date or the next part of the sentence.
_COUNTRY_ENDS: Final = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:từ|vào|ngày|trong|nhân|và|để|on|from|in|during|for|and|to)\b"
)


def _after(text: str, at: int) -> int:
    """Where the country named at ``at`` ends (``at`` itself when none is named there)."""
    return next((m.end for m in find_countries(text) if m.start == at), at)


def _placed(text: str, partner: str) -> str:
    """The side of a country named right after an arrival ("arrived in Malta") or after a
    venue's city ("tại Đa-ca, Xê-nê-gan", "in Dakar, Senegal"), else ""."""
    for pattern in (_ARRIVED_IN, _MARKET_OF, _CITY_COMMA):
        for match in pattern.finditer(text):
            # (a city too after an arrival: "arrived in Abuja", "đến Hà Nội")
            code = place_at(text, match.end())
            if pattern is _ARRIVED_IN and home_places().match(text, match.end()):
                code = HOME
            if pattern is _CITY_COMMA and not _COUNTRY_ENDS.match(text, _after(text, match.end())):
                code = ""  # "In Hanoi, Malaysian Prime Minister X …": a person, no venue
            if code == partner:
                return OUTBOUND
            if code == HOME:
                return INBOUND
    return ""


# A venue ("tại", "ở", "in") and the country at once; an envoy's or an office's post is no
# venue ("Đại sứ Việt Nam tại Ga-na", "the Embassy of Ghana in Viet Nam").
_AT: Final = re.compile(r"(?<![^\W\d_])(?:tại|ở|in)\s+(?:the\s+)?")
_POSTED: Final = re.compile(
    r"(?:Đại\s+sứ(?:\s+quán)?|Tổng\s+Lãnh\s+sự(?:\s+quán)?|Lãnh\s+sự(?:\s+quán)?|Thương\s+vụ"
    r"|[Vv]ăn\s+phòng(?:\s+đại\s+diện)?|[Cc]ơ\s+quan\s+đại\s+diện|[Tt]rưởng\s+đại\s+diện"
    r"|[Cc]ộng\s+đồng|người\s+Việt|Ambassador|Embassy|Consul(?:ate)?(?:\s+General)?"
    r"|[Oo]ffice|[Rr]epresentative|community|diaspora)(?:\s+\S+){0,4}?\s*$"
)


def _country_venue(text: str, partner: str) -> str:
    """The side of the first country a venue word names, not as an envoy's post."""
    at = {m.start: m.code for m in find_countries(text)}
    for match in _AT.finditer(text):
        code = at.get(match.end(), "")
        if code not in (HOME, partner) or _POSTED.search(
            text[max(0, match.start() - 60) : match.start()]
        ):
            continue
        return OUTBOUND if code == partner else INBOUND
    return ""


# A place visited whose name holds a place of Việt Nam's: "visited the Saigon Hi-Tech Park",
# "thăm Khu công nghệ cao TP.HCM", "toured a factory in Bac Ninh".
_TOURED: Final = re.compile(
    r"(?<![^\W\d_])(?:visited|visiting|toured|touring|thăm)\s+(?P<what>(?:[^\s.,;:]+\s+){0,6}?)"
    rf"(?:{home_places().pattern})",
)


def _toured_home(text: str) -> bool:
    """A visit to a place (a park, a plant) named after or in a place of Việt Nam's, no
    country named on the way."""
    return any(not find_countries(m.group("what")) for m in _TOURED.finditer(text))


def _brought_home(text: str) -> bool:
    """A delegation taken to a place of Việt Nam's or to Việt Nam itself: "led a delegation
    … to Hanoi", "a trade mission of 30 companies to Vietnam" (no visit verb needed: a
    mission sent to a country is a visit there)."""
    brought = _BROUGHT_TO.search(text)
    if brought is None:
        return False
    at = brought.start("where")
    if home_places().match(text, at):
        return True
    first = next((m for m in find_countries(text[at : at + 40]) if m.start == 0), None)
    return first is not None and first.code == HOME


def _brought_abroad(text: str, partner: str) -> bool:
    """A delegation or mission taken to the partner: "a business mission to Chile"."""
    brought = _BROUGHT_TO.search(text)
    if brought is None:
        return False
    at = brought.start("where")
    first = next((m for m in find_countries(text[at : at + 40]) if m.start == 0), None)
    return first is not None and first.code == partner


# A visit's verb and a delegation led on it: "đã dẫn đoàn thăm", "đã thăm và làm việc tại".
_VISITS: Final = re.compile(
    r"(?<![^\W\d_])(?:dẫn\s+(?:đầu\s+)?đoàn\s+)?(?:thăm(?:\s+và\s+làm\s+việc)?|visited|toured)"
    r"(?![^\W\d_])(?P<what>[^,.;]*?)(?=\s+(?:và|and)\s|[,.;]|$)"
)
_CLAUSE: Final = re.compile(r"[,;:]")
_DELEGATION: Final = re.compile(r"(?<![^\W\d_])(?:[Đđ]oàn|delegation|mission)(?![^\W\d_])")
_HOME_WORDS: Final = re.compile(r"(?<![^\W\d_])(?:Vietnamese|Việt\s+Nam|Vietnam|Viet\s+Nam)")


# What is left of a clause naming a country alone, before its verb ("Hà Lan đã", "Peru has")
_COUNTRY_ALONE: Final = re.compile(r"\s*(?:(?:đã|sẽ|vừa|đang|mới|has|have|had)\s*)*")


def _country_alone(clause: str) -> bool:
    """A clause that names a country and nothing else but a tense ("Hà Lan đã")."""
    mentions = find_countries(clause)
    for mention in reversed(mentions):
        clause = clause[: mention.start] + clause[mention.end :]
    return bool(mentions) and _COUNTRY_ALONE.fullmatch(clause) is not None


def _partner_visitor(text: str, partner: str) -> bool:
    """The partner's people visiting a place no country names: "Bộ trưởng … Madagascar đã
    dẫn đoàn thăm Viện Lúa", "đoàn Trường Đại học Mỏ Saint Petersburg … đã thăm và làm việc
    tại Trường …" (a delegation in the verb's own clause, named by the partner or its city,
    with no Vietnamese party beside it): they came to Việt Nam."""
    city = partner_city(partner)
    for verb in _VISITS.finditer(text):
        clauses = _CLAUSE.split(text[: verb.start()])
        who = clauses[-1]
        if len(clauses) > 1 and _country_alone(who):
            # "đoàn Trường X và Viện Y, Hà Lan đã thăm …": the country after a comma is the
            # delegation's bodies', the delegation in the clause before it
            who = f"{clauses[-2]},{who}"
        what = verb.group("what")
        by_partner = any(m.code == partner for m in find_countries(who)) or city.search(who)
        if not by_partner or _HOME_WORDS.search(who) or home_places().search(who):
            continue
        if not _DELEGATION.search(who + verb.group()):
            continue  # (a delegation's: two leaders together may be anywhere)
        if not find_countries(what) and not city.search(what):
            return True
    return False


# A host receiving a guest: "đã tiếp và làm việc với đoàn …", "welcomed the delegation".
_RECEIVED: Final = re.compile(
    r"(?<![^\W\d_])(?:tiếp(?:\s+đón)?|đón(?:\s+tiếp)?|received|welcomed|hosted)"
    r"(?:\s+và\s+làm\s+việc\s+với)?\s+(?P<guest>[^.;]{3,200})"
)


def _home_host(text: str, partner: str) -> bool:
    """A Vietnamese body receiving the partner's guests ("Trường Đại học Nông Lâm TP.HCM đã
    tiếp và làm việc với đoàn công tác của Viện … Pháp"): the host named by a place of Việt
    Nam's or as Vietnamese in the verb's own clause, the guest by the partner."""
    for host in _RECEIVED.finditer(text):
        who = _CLAUSE.split(text[: host.start()])[-1]
        guest = host.group("guest")
        home = home_places().search(who) or HOME_AUTHORITY.search(who) or _HOME_WORDS.search(who)
        if not home or _HOME_WORDS.search(guest):
            continue
        named = {m.code for m in find_countries(who)}
        if partner not in named and any(m.code == partner for m in find_countries(guest)):
            return True
    return False


__all__ = ["direction_of", "onward_leg"]
