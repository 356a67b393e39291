"""The verbs and shapes that set a partnership up or raise it, in English and Vietnamese.

Owns the pieces the partnership event cues (``keywords.EVENT_CUES``) are built from: "upgraded
their ties to a", "nâng cấp quan hệ lên Đối tác …", "the Strategic Partnership was set up in
…". Plain regex text, no compiled patterns: the cues join them with their own names.
"""

from __future__ import annotations

from typing import Final

# "upgraded their ties to a", "elevated relations to", "set up a", "established a",
# "signed a", "have maintained a … partnership since 2012" (held since: set up then);
# "agreed a Strategic Partnership in 2010", "launched the …" (the partnership its object
# right after the verb: "agreed to work towards a …" is no partnership set up)
UPGRADE: Final = (
    r"(?:(?:upgrad\w*|elevat\w*|rais\w*|establish\w*|set up|forg\w*|signed|maintained)"
    r"(?: \S+){0,3}? (?:to |into )?|(?:agreed|launched)(?: on| upon)? )"
    r"(?:an? |the )?"
)

# The verbs that set a relationship up or raise it ("trở thành" = became).
# ("là Đối tác toàn diện từ năm 2010": partners since then; "xác lập khuôn khổ Đối tác toàn
# diện năm 2013": the framework named between verb and partnership)
SETS_UP: Final = "(?:thiết lập|xác lập|nâng cấp|nâng|trở thành|là)"
# The partnership a verb raises the ties to, its name capitalised or not after a verb of
# raising ("nâng quan hệ lên đối tác toàn diện năm 2007"), or the second of two raisings
# sharing the verb ("nâng cấp lên X năm 2009 và Đối tác chiến lược toàn diện tháng 12/2022").
# (the ties may name their two sides: "nâng cấp quan hệ Việt Nam - Hy Lạp lên Đối tác …",
# "nâng quan hệ hai nước lên …")
TIES: Final = r"[Qq]uan hệ(?: hai nước| song phương| Việt Nam ?[-–] ?[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,2})?"
RAISED_TO: Final = (
    rf"(?:{SETS_UP} (?:(?:{TIES}|lên|thành|khuôn khổ) ){{0,3}}Đ"
    rf"|(?:thiết lập|xác lập|nâng cấp|nâng) (?:(?:{TIES}|lên|thành|khuôn khổ) ){{0,3}}đ"
    rf"|và (?:lên )?Đ)ối tác"
)

# The English passive of a partnership set up, its name first ("since the Strategic
# Partnership was set up in 2009"), as "Đối tác chiến lược được thiết lập" above.
# Or a relative clause naming who set it up: "the Strategic Partnership, which the two
# countries established in 2023" (its object the partnership, its date then the partnership's).
SET_UP_EN: Final = (
    r"(?:,?(?: (?:which|that))? (?:was|were|had been|has been) (?:formally |officially )?"
    r"|,? (?:which|that) (?:the (?:two )?(?:countries|nations|sides)|both (?:countries|sides)"
    r"|they|the two) (?:formally |officially )?(?:have |had )?)"
    r"(?:established|set up|forged|launched|formed|signed)"
)

# "became strategic partners" / "became a strategic partnership": the relationship becoming
# the partnership, its date the partnership's (the name follows: "[Ss]trategic [Pp]artner").
BECAME: Final = r"(?:became|become|(?:have|has|had) been) (?:an? )?"

# The Vietnamese passive, the partnership named first (its countries may follow): "Đối tác
# chiến lược Việt Nam - X, được xác lập năm …", "…, vốn được thiết lập …", "…, được nâng cấp
# tháng 12/2022" (raised to it then).
SET_UP_VI: Final = (
    r"(?: Việt Nam ?[-–] ?[A-ZĐ]\w*)?,?(?: vốn| đã)* được (?:thiết lập|xác lập|nâng cấp)"
)

# The ties raised to a partnership named in lower case: "upgraded ties to a green strategic
# partnership", "elevated their relations to an enhanced partnership" (the verb and the
# ties say it is the relationship, not a firm's deal).
TIES_RAISED_EN: Final = (
    r"(?:upgrad\w*|elevat\w*|rais\w*) (?:\S+ ){0,2}?(?:ties|relations(?:hip)?) (?:to|into)"
    r" (?:an? |the )?(?!(?:comprehensive |strategic )+partnership)(?:[a-z][\w-]+ ){1,3}partnership"
)
