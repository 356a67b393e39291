"""Events in a sentence: a date near an event cue → an event candidate.

Owns :class:`EventFinder`: the cue each date belongs to (the nearest before it, else after
it), one event per milestone ("thiết lập quan hệ ngoại giao ngày … và nâng cấp … tháng
12/2022"), one per item of a dated list, anniversaries read back to the founding (which
anniversary counts: :mod:`briefer.ingest.anniversarydate`), and a visit's direction
(:mod:`briefer.ingest.visitdirection`). The candidate finder (:mod:`briefer.ingest.candidates`)
hands it each sentence with the dates its figures left.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from briefer.ingest import eventwords as ew
from briefer.ingest import keywords as kw
from briefer.ingest.actvisit import act_dated, borrowed_time
from briefer.ingest.anniversarydate import anniversary_date, counted_anniversary, marks
from briefer.ingest.attributiveyear import attributive_cue
from briefer.ingest.countries import pair_code
from briefer.ingest.cueclaim import date_cue
from briefer.ingest.cueclause import in_cue_clause
from briefer.ingest.cuereach import EVENT_REACH as _EVENT_REACH
from briefer.ingest.cuereach import cue_before, cue_distance, nearest_cue, visit_cue_after
from briefer.ingest.eventitems import dated_items
from briefer.ingest.eventwords import ANNIVERSARY, CEREMONY, DESTINATION, OCCASION
from briefer.ingest.figuretime import bare_time, tells_quantity
from briefer.ingest.homesent import home_sent_side
from briefer.ingest.occasionmilestone import occasioned, visit_then
from briefer.ingest.occasions import names_visit, occasion_day, received_day, signed_at_occasion
from briefer.ingest.signingday import (
    aside_dates,
    narrower,
    planned_visit,
    received_in,
    signing_date,
    signs_undated,
    visit_time,
)
from briefer.ingest.spans import Pairs, Sentence, clauses, compared_at, event_dates, terms_dated
from briefer.ingest.venues import dateline_arrival
from briefer.ingest.visitclause import cue_direction
from briefer.ingest.visitdirection import direction_of
from briefer.ingest.visitors import foreign_head_side, visitor_side
from briefer.text.dates import DateRef

_Cues = list[tuple[int, kw.EventCue, re.Match[str]]]
_AGREEMENT: Final = next(c for c in kw.EVENT_CUES if c.name == "agreement")


def _bare_month(ref: DateRef) -> bool:
    """A single month named without its year ("in April")."""
    return ref.precision == "month" and ref.start == ref.end and not re.search(r"\d", ref.text)


_ITEM_END: Final = re.compile(r"\)(?=\s*(?:,|và\s|;|\.|$))")


class EventFinder:
    """Finds the events of one body's sentences; candidates go out through ``emit``."""

    def __init__(
        self,
        body: str,
        pairs: Pairs,
        emit: Callable[..., None],
        partner: Callable[..., str],
        parenthesised: Callable[[DateRef, Sentence], bool],
    ) -> None:
        self.body = body
        self.pairs = pairs
        self.emit = emit
        self.partner = partner
        self.parenthesised = parenthesised
        self.carried_direction = ""
        self.talks_on = ""  # the day of the talks told last (a signing after them is then)
        self.visited = ("", "")  # the time of the visit told last (signingday.py)
        self.signed_at = -1  # the sentence whose signing took that time
        self.received_on = ""  # the day of the audience told last (a bare signing then)

    @staticmethod
    @lru_cache(maxsize=256)
    def _cues(text: str) -> list[tuple[int, kw.EventCue, re.Match[str]]]:
        """Every event cue in a sentence, scanned once for all its dates (and kept for the
        next question about the same sentence)."""
        return [
            (order, cue, match)
            for order, cue in enumerate(kw.EVENT_CUES)
            for match in cue.pattern.finditer(text)
        ]

    def _items(self, text: str, dates: list[DateRef], s: Sentence) -> list[tuple[int, int, int]]:
        """(clause start, item start, item end) in sentence offsets, one event each: the
        items of a dated list ("Fujimori (7/1998), Giampietri … (11/2006)") or clauses."""
        spans: list[tuple[int, int, int]] = []
        for c_start, c_end in clauses(text):
            inside = [d for d in dates if c_start <= d.pos - s.start < c_end]
            bracketed = [d for d in inside if self.parenthesised(d, s)]
            if len(bracketed) >= 2:
                item_start = c_start
                for match in _ITEM_END.finditer(text, c_start, c_end):
                    spans.append((c_start, item_start, match.end()))
                    rest = text[match.end() : c_end]
                    skip = re.match(r"\s*(?:,|và\s|;)?\s*", rest)
                    item_start = match.end() + (skip.end() if skip else 0)
                if item_start < c_end and text[item_start:c_end].strip(" .;,"):
                    spans.append((c_start, item_start, c_end))
            elif inside:
                spans.extend(dated_items(text, inside, s.start, c_start, c_end))
        return spans

    def _compared(self, ref: DateRef, s: Sentence) -> bool:
        """ "tăng 12% so với năm 2023": a year a figure is compared with, not an event."""
        return compared_at(s.text, ref.pos - s.start, ref)

    def find(self, s: Sentence, free_dates: list[DateRef], used: set[int], figures: int = 0) -> int:
        text = s.text
        held = occasion_day(text, free_dates, s.start)
        self.talks_on = held or self.talks_on
        signed = bool(self.talks_on) and signed_at_occasion(text)  # (else the visit's, below)
        if held:
            self.visited = narrower(self.visited, (held, held))
        self.received_on = received_day(text, free_dates, s.start) or self.received_on
        asides = aside_dates(text, free_dates, s.start)  # (a milestone's, never the signing's)
        own = [d for d in free_dates if d not in asides]
        until = signs_undated(text, own, s.start) if self.visited[0] else -1
        if until >= 0 and not signed and not figures and self.signed_at != s.start:
            self.signed_at = s.start  # (once: its later clauses come back here)
            # "Trong chuyến thăm, hai bên đã ký …", "The two sides signed …": during the
            # visit told last (a term, "giai đoạn 2025 - 2030", dates no signing); the
            # clauses after it go on ("…; đường bay … dự kiến khai trương vào quý I/2026")
            day = signing_date(self.visited)
            if received_in(self.received_on, self.visited) and not names_visit(text[:until]):
                day = self.received_on  # ("Vučić on Wednesday received …"; "… signed …")
            signings = self._signed_then(s, until, day)
            rest = [d for d in free_dates if d.pos - s.start > until or d in asides]
            return signings + (self.find(s, rest, used) if rest else 0)
        if signed and (not free_dates or signs_undated(text, free_dates, s.start) >= 0):
            # "Sau hội đàm, hai Bộ trưởng đã ký …", "Tại hội nghị, … đã ký …": on that day
            # (a term, "for the 2026-2030 period", dates none)
            partner = self.partner(s, (s.start, s.end))
            self.emit(
                s.start,
                s.end,
                kind="event",
                topic="agreements",
                pair=pair_code(partner),
                event_date=self.talks_on,
                reasons=(f"after talks on {self.talks_on}",),
            )
            return 1
        dates = [d for d in free_dates if id(d) not in used and not self._compared(d, s)]
        dates = terms_dated(event_dates(dates, s), s)
        if not dates:  # (no date left, no event: the filters below only narrow, cues unread)
            return 0
        cues = self._cues(text)
        # (a month named without its year, "in April", dates an event only by a cue: "output
        # averaged 2.4 million barrels a day in June" is a quantity's time)
        dates = [d for d in dates if not _bare_month(d) or self._cue_near(cues, d, s)]
        if figures or tells_quantity(text):
            # In a sentence of figures, a bare year without an event cue is the figures'
            # time, not an event of its own; so is a year, a quarter or a run of years by a
            # quantity no pair owns ("Kinh tế X tăng trưởng 8,9% trong năm 2024").
            dates = [
                d
                for d in dates
                if not bare_time(d, bool(figures))
                or nearest_cue(cues, d.pos - s.start, d.endpos - s.start) is not None
            ]
        if not dates:
            return 0
        count = 0
        # A list of visits names the direction once: "phía Việt Nam có chuyến thăm Hungary
        # của … (9/2018) và … (4/2022)".
        self.carried_direction = ""
        for c_start, i_start, i_end in self._items(text, dates, s):
            inside = [d for d in dates if i_start <= d.pos - s.start < i_end]
            if not inside:
                continue
            partners = self._event_partners(s, i_start, i_end)
            milestones = self._milestones(cues, inside, s)
            told = {(id(ref), found[1].start()) for ref, found in milestones if found}
            cue_in = self._cue_in(cues, s)
            milestones += [  # ("nâng cấp … nhân chuyến thăm … tháng 10/2024": on the visit;
                # "chuyến thăm … 7 đến 8/5/2025 …, khi hai nước … nâng cấp …": in its time)
                (ref, found)
                for ref, found in [
                    *occasioned(text, cues, inside, s.start, cue_in),
                    *visit_then(text, cues, inside, s.start, cue_in),
                ]
                if found is not None and (id(ref), found[1].start()) not in told
            ]
            for best, found in milestones:
                count += self._event(
                    s, text, (c_start, i_start, i_end), best, found, partners, inside
                )
            count += self._occasion(s, text, i_start, i_end, inside, milestones, partners)
        return count

    def _occasion(
        self,
        s: Sentence,
        text: str,
        i_start: int,
        i_end: int,
        inside: list[DateRef],
        milestones: list[tuple[DateRef, tuple[kw.EventCue, re.Match[str]] | None]],
        partners: list[str],
    ) -> int:
        """A visit named as the occasion of a dated milestone, with no date of its own,
        happened then: "nâng cấp … tháng 11/2024, nhân chuyến thăm … của Tổng Bí thư …" is
        also a visit in 11/2024 (its direction from its own words); by a milestone's day,
        in that day's month (the visit's own days are untold: actvisit.py)."""
        occasion = OCCASION.search(text, i_start, i_end)
        if occasion is None or any(
            d.pos - s.start >= occasion.start() and not self._later_act(d, s, occasion.end())
            for d in inside
        ):
            return 0  # no occasion, or the visit is dated itself (the cues handle that)
        before = [
            ref
            for ref, found in milestones
            if found is not None
            and found[0].name != "visit"
            and ref.pos - s.start < occasion.start()
        ]
        if not before:
            return 0
        ref = before[-1]
        words = text[occasion.start() : i_end]
        for partner in partners:
            # ("…, who was on a working visit": whose visit, the words before tell)
            direction = self.direction(words, partner) or self.direction(
                text[i_start:i_end], partner
            )
            self.emit(
                s.start + i_start,
                s.start + i_end,
                kind="event",
                topic="visits",
                pair=pair_code(partner),
                event_date=borrowed_time(ref),
                metric=f"visit.{direction}" if direction else "",
                reasons=(f"date “{ref.text}”", f"occasion “{occasion.group()}”"),
            )
        return len(partners)

    def _later_act(self, ref: DateRef, s: Sentence, after: int) -> bool:
        """ "… được ký ngày 28/10/2024 nhân chuyến thăm … và có hiệu lực từ tháng 3/2025": a
        date after the visit's words that a milestone cue of its own, told after them,
        dates is that milestone's, not the visit's."""
        found = self._cue_of(self._cues(s.text), ref, s)
        return found is not None and found[0].name != "visit" and found[1].start() >= after

    @staticmethod
    def _cue_near(cues: _Cues, d: DateRef, s: Sentence) -> bool:
        return nearest_cue(cues, d.pos - s.start, d.endpos - s.start) is not None

    def _milestones(
        self,
        cues: list[tuple[int, kw.EventCue, re.Match[str]]],
        inside: list[DateRef],
        s: Sentence,
    ) -> list[tuple[DateRef, tuple[kw.EventCue, re.Match[str]] | None]]:
        """The dates of an item that are events: one, or one per milestone when the item
        names several, each by its own cue ("thiết lập quan hệ ngoại giao ngày 22/12/1992
        và nâng cấp … lên Đối tác chiến lược toàn diện vào tháng 12/2022")."""
        precision = ["day", "month", "year"]
        groups: dict[int, list[tuple[DateRef, tuple[kw.EventCue, re.Match[str]]]]] = {}
        for ref in inside:
            found = self._cue_of(cues, ref, s)
            if found is not None and found[0].name not in ("anniversary", "visit", "host"):
                groups.setdefault(found[1].start(), []).append((ref, found))
        visits = [
            (ref, found)
            for ref in inside
            for found in [self._cue_of(cues, ref, s)]
            if found is not None and found[0].name == "visit"
        ]
        dated = [ref for group in groups.values() for ref, _ in group]
        if len(groups) == 1 and visits and visits[0][0] not in dated:
            # "began a visit to … on April 8, the first since the two countries signed a
            # strategic partnership in December 2009": the visit and a milestone, each dated
            # (of the visit's dates, the finest: "Tháng 9 vừa qua, … đã thăm … từ ngày 22 đến
            # 24/9/2026 và hai bên ký …" is a visit from the 22nd)
            visit = min(visits, key=lambda v: precision.index(v[0].precision))
            groups.setdefault(visit[1][1].start(), []).append(visit)
        if len(groups) >= 2:
            picks = [
                min(group, key=lambda g: precision.index(g[0].precision))
                for group in groups.values()
            ]
            return [(ref, found) for ref, found in sorted(picks, key=lambda g: g[0].pos)]
        near = in_cue_clause(s.text, inside, lambda d: self._cue_of(cues, d, s), s.start)
        finest = min(precision.index(d.precision) for d in near)
        # Of the finest dates, the one nearest its cue: "Ngày 16-1, … hội đàm … nhân chuyến
        # thăm … từ ngày 15 đến 17-1" is a visit from the 15th.
        best = min(
            (d for d in near if precision.index(d.precision) == finest),
            key=lambda d: (
                # "held talks … on September 8 … during her visit to Iran from September
                # 7-10", "Từ ngày 20 đến 23/5, Đại sứ … đã thăm …, trình … ngày 21/5": the
                # visit's own span dates the visit the sentence reports
                not self._visit_span(cues, d, s),
                not cue_before(cues, d, s),
                cue_distance(cues, d, s),
            ),
        )
        spans = [d for d in inside if d.start[:4] != d.end[:4]]
        if spans and ANNIVERSARY.search(s.text):
            # "(May 8, 1989 – May 8, 2024)": the years an anniversary counts; a visit dated
            # outside them is a milestone of its own ("…, ngày 15/7/2024, đoàn … đã thăm")
            visits = [
                (d, found)
                for d in inside
                if d not in spans and d.precision == "day"
                for found in [visit_cue_after(cues, d, s)]
                if found is not None
            ]
            # ("Ngày 23/11/2023, … tổ chức Lễ kỷ niệm 30 năm … (1993 - 2023)": the ceremony's
            # own day is a milestone of its own too)
            ceremonies = [
                (d, self._cue_of(cues, d, s))
                for d in inside
                if d not in spans and d.precision == "day"
                for held in [CEREMONY.search(s.text, d.endpos - s.start)]
                if held is not None and held.start() - (d.endpos - s.start) <= _EVENT_REACH
            ]
            # (a marked day's own cue comes after it: the founding's before it is not its)
            marked = [
                (d, nearest_cue([c for c in cues if c[2].start() >= end], start, end))
                for d in inside
                if marks(d, spans, s)
                for start, end in [(d.pos - s.start, d.endpos - s.start)]
            ]
            extra = (visits or ceremonies or marked)[:1]
            return [(spans[0], self._cue_of(cues, spans[0], s)), *extra]
        found = self._cue_of(cues, best, s)
        if len(groups) == 1 and best not in dated and found and found[0].name == "anniversary":
            # "which marked 49 years of ties on 12 July, have been Strategic Partners since
            # May 2016": the anniversary's own day, and the milestone its own cue dates
            pick = min(*groups.values(), key=lambda g: precision.index(g[0].precision))
            return sorted([(best, found), pick], key=lambda g: g[0].pos)
        named = self._named_after(cues, inside, best, found, s)
        return sorted([(best, found), named], key=lambda g: g[0].pos) if named else [(best, found)]

    def _named_after(
        self,
        cues: list[tuple[int, kw.EventCue, re.Match[str]]],
        inside: list[DateRef],
        best: DateRef,
        found: tuple[kw.EventCue, re.Match[str]] | None,
        s: Sentence,
    ) -> tuple[DateRef, tuple[kw.EventCue, re.Match[str]]] | None:
        """ "The trip, from 3 to 6 May, follows the visit to Lima in March of …": the cue
        after the finest date names a date of its own right after it; that is its event (the
        finest date, before the cue, stays an event of the sentence's subject)."""
        if found is None or found[0].name != "visit" or found[1].start() < best.endpos - s.start:
            return None
        for ref in inside:
            at = ref.pos - s.start
            within = ref is not best and 0 <= at - found[1].end() <= _EVENT_REACH
            if within and self._cue_of(cues, ref, s) == found:
                return (ref, found)
        return None

    def _visit_span(
        self, cues: list[tuple[int, kw.EventCue, re.Match[str]]], ref: DateRef, s: Sentence
    ) -> bool:
        found = self._cue_of(cues, ref, s)
        return ref.start != ref.end and found is not None and found[0].name == "visit"

    def _cue_in(
        self, cues: list[tuple[int, kw.EventCue, re.Match[str]]], s: Sentence
    ) -> Callable[[DateRef], tuple[kw.EventCue, re.Match[str]] | None]:
        return lambda ref: self._cue_of(cues, ref, s)

    def _cue_of(
        self, cues: list[tuple[int, kw.EventCue, re.Match[str]]], ref: DateRef, s: Sentence
    ) -> tuple[kw.EventCue, re.Match[str]] | None:
        """A date's cue: the nearest one before it ("thăm … từ ngày 28 đến 31/10/2024 và dự
        Hội nghị …" is a visit; "ký Hiệp định … ngày 6/12/2005 và thiết lập … Đối tác …
        tháng 2/2023": each milestone's cue precedes its date), else the nearest after it."""
        start, end = ref.pos - s.start, ref.endpos - s.start
        named = attributive_cue(s.text, start, end, cues, _AGREEMENT)
        if named is not None:  # ("building on their 2014 FTA": the agreement's year)
            return named  # type: ignore[return-value]
        return date_cue(cues, s.text, start, end, _EVENT_REACH, nearest_cue)

    def _event(
        self,
        s: Sentence,
        text: str,
        item: tuple[int, int, int],
        best: DateRef,
        found: tuple[kw.EventCue, re.Match[str]] | None,
        partners: list[str],
        inside: list[DateRef],
    ) -> int:
        """The event ``best`` dates in the item (clause start, item start, item end)."""
        c_start, i_start, i_end = item
        count = 0
        topic, metric, reasons = "", "", [f"date “{best.text}”"]
        event_date = best.iso
        if found is not None:
            cue, match = found
            topic, metric = cue.topic, cue.metric
            if cue.name == "membership":
                metric = kw.membership_metric(match)
            reasons.append(f"{cue.name} “{match.group()}”")
        anniversary = counted_anniversary(
            text, c_start, i_end, best, found, s, self._cues(text), self.parenthesised, inside
        )
        if anniversary is not None:
            event_date = anniversary_date(anniversary, best)
            established = kw.EVENT_CUES[1].pattern.search(text[c_start:i_end])
            if established is not None or metric == "":
                topic, metric = "diplomatic", "relations.established" if established else ""
            reasons.append(f"anniversary “{anniversary.group()}”")
        topic = topic or kw.topic_of(text) or "overview"
        proposal = ew.proposal_kept(text, kw.PROPOSAL.search(text, i_start, i_end), found)
        if proposal is not None:
            # "trân trọng mời … thăm Peru … 2024": a visit proposed, not one made ("đã khảo
            # sát … và đề xuất giải pháp": a visit made, then a proposal)
            topic, metric = "proposals", ""
            reasons.append(f"proposal “{proposal.group()}”")
        for partner in partners:
            event_metric = metric
            if found is not None and found[0].name == "visit" and proposal is None:
                clause = text[c_start:i_end]
                after = text[best.endpos - s.start : best.endpos - s.start + 12]
                if not planned_visit(clause, found[1].start() - c_start):
                    self.visited = narrower(self.visited, visit_time(best, clause, after))
                if act_dated(text, best, found[1], inside, s.start):
                    event_date = borrowed_time(best)  # (an act's day: its month, actvisit.py)
                item_direction = (
                    cue_direction(self.direction, clause, found[1].start() - c_start, partner)
                    or dateline_arrival(self.body, clause, partner)
                    or self.carried_direction
                )
                self.carried_direction = item_direction
                if item_direction:
                    event_metric = f"visit.{item_direction}"
            self.emit(
                s.start + i_start,
                s.start + i_end,
                kind="event",
                topic=topic,
                pair=pair_code(partner),
                event_date=event_date,
                metric=event_metric,
                reasons=tuple(reasons),
            )
            count += 1
        return count

    def _signed_then(self, s: Sentence, until: int, day: str) -> int:
        """An agreements event for a signing clause with no date of its own, on ``day``."""
        partner = pair_code(self.partner(s, (s.start, s.start + until)))
        self.emit(s.start, s.start + until, kind="event", topic="agreements", pair=partner,
                  event_date=day, reasons=(f"during the visit of {day}",))  # fmt: skip
        return 1

    def _event_partners(self, s: Sentence, i_start: int, i_end: int) -> list[str]:
        """One partner, or each country a visit goes to ("thăm Chile, thăm … Peru")."""
        destinations: list[str] = []
        for mention in self.pairs.within(s.start + i_start, s.start + i_end):
            before = self.body[max(s.start, mention.start - 60) : mention.start]
            if DESTINATION.search(before) and mention.code not in destinations:
                destinations.append(mention.code)
        if destinations:
            return destinations[:3]
        return [self.partner(s, (s.start + i_start, s.start + i_end))]

    @staticmethod
    def direction(text: str, partner: str) -> str:
        """A visit's direction in ``text`` for ``partner`` ("" if untold; homesent.py)."""
        side = visitor_side(text, partner) or home_sent_side(text, partner)
        return side or direction_of(text, partner) or foreign_head_side(text)


__all__ = ["EventFinder"]
