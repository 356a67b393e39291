"""Who a file says published it, as claims for the outlet's choice (``metachoice``): the
page's own names (site name, publisher, logo …), its address, and the names its text
gives (masthead, copyright, colophon, licence, a call to follow the site …)."""

from __future__ import annotations

from urllib.parse import urlsplit

from briefer.ingest.clean import Metadata
from briefer.ingest.companytail import papers_over_companies
from briefer.ingest.headfoot import foot_address_name, foot_confirmed_head
from briefer.ingest.initialsmast import initials_masthead
from briefer.ingest.issuerlines import colophon_name, portal_issuer
from briefer.ingest.licenceline import licence_holder
from briefer.ingest.menusection import without_section_tails, without_sections
from briefer.ingest.metachoice import (
    CONFIRMED,
    KNOWN,
    TEXT_BASE,
    WEIGHTS,
    Claim,
    paper_claims,
    text_claims,
)
from briefer.ingest.orgparts import contact_field, organisation_part
from briefer.ingest.outletforms import followed_name, spelled_out, without_view_label
from briefer.ingest.outletnames import outlet_of_url
from briefer.ingest.outlettidy import lower_cased
from briefer.ingest.ownerhouse import papers_over_houses
from briefer.ingest.pastedfoot import reprint_name
from briefer.ingest.pastedknown import copyright_domain, known_head
from briefer.ingest.printtitlesite import confirmed_header_site
from briefer.ingest.readers import RawDocument
from briefer.ingest.reservedhost import reserved_host
from briefer.ingest.typesize import unmarked
from briefer.ingest.verifiedaccount import verified_account
from briefer.text.normalize import normalize

_HEAD_CHARS = 600  # where a page's masthead and menu name its site
_HEAD_FOOT_RANK = 2  # a masthead its foot confirms, ranked as a lead's outlet
_FOLLOW_RANK = 3  # a site's call to follow it, ranked as a byline's outlet (over a copyright)


def outlet_claims(raw: RawDocument, found: Metadata, url: str) -> list[Claim]:
    """Who the file says published it: the page's own names, its address, the text's."""
    claims = [
        Claim(name, WEIGHTS[signal], signal)
        for signal, name in raw.site_claims
        if not signal.startswith("date ")
    ]
    # (a printed page's site name beside the title part its header offers; a page's markup
    # names its site among its own claims)
    if raw.site_name and (raw.kind == "pdf" or not raw.site_claims):
        # (a printed page's header naming only a domain the table lacks: a last resort)
        bare = "." in raw.site_name and " " not in raw.site_name
        signal = "bare domain" if bare else "site name"
        claims.append(Claim(raw.site_name, WEIGHTS[signal], signal))
    # (an address on a reserved domain, "x.invalid", "example.com": no site's name)
    if url and not reserved_host(url):
        named = outlet_of_url(url)
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        signal = "bare domain" if named == host or not named else "address"
        claims.append(Claim(named, WEIGHTS[signal], signal))
    site = confirmed_header_site(raw.text, url)  # ("Headline - Site" over site.xx's address)
    claims += [Claim(site, WEIGHTS["title part"], "title part")] if site else []
    # (a section's line the menu row lists, "Local News", names no site)
    claims += without_sections(text_claims(list(found.outlet_offers)), raw.text[:_HEAD_CHARS])
    head = normalize(unmarked(raw.text[:_HEAD_CHARS]))  # (NFC: a decomposed text reads alike)
    claims = paper_claims(claims, head)  # "X Online" on baox.vn: "Báo X"
    if found.outlet and not found.outlet_offers:  # (a Metadata made by hand)
        claims.append(Claim(found.outlet, TEXT_BASE, "text"))
    # ("From: Department of X" under a portal's headline; "XYZ · Name of XYZ" at a paper's foot)
    plain = unmarked(raw.text)  # (the text as printed, its size marks aside: read once)
    issuer, colophon = portal_issuer(plain), colophon_name(plain)
    claims += [Claim(issuer, TEXT_BASE, "text issuer")] if issuer else []
    claims += [Claim(colophon, WEIGHTS["copyright"], "text colophon")] if colophon else []
    reprint = reprint_name(plain)  # ('Ghi rõ nguồn "X" khi phát hành lại' at the foot)
    claims += [Claim(reprint, WEIGHTS["copyright"], "text reprint")] if reprint else []
    logo = initials_masthead(head)  # ("KDN" / its name)
    if logo:
        claims.append(Claim(logo, TEXT_BASE - _FOLLOW_RANK, "text masthead"))
    licensee = licence_holder(plain)  # ("Báo X - Giấy phép số …" at the foot)
    claims += [Claim(licensee, WEIGHTS["copyright"], "text licence")] if licensee else []
    account = verified_account(plain)
    if account:  # (an official account's card on a platform: its owner publishes, over
        # the platform's own site name)
        claims.append(Claim(account, WEIGHTS["site name"] + CONFIRMED, "text account"))
    if raw.kind == "text":
        # (a pasted page's masthead its foot names again; the body its foot's address line
        # opens on)
        mast, addressed = foot_confirmed_head(plain), foot_address_name(plain)
        claims += [Claim(mast, TEXT_BASE - _HEAD_FOOT_RANK, "text head foot")] if mast else []
        claims += [Claim(addressed, WEIGHTS["copyright"], "text foot address")] if addressed else []
        # (its masthead opening a first line and its address held by its copyright, as the
        # table knows them)
        known, hosted = known_head(plain), copyright_domain(plain)
        claims += [Claim(known, TEXT_BASE - _FOLLOW_RANK, "text known head")] if known else []
        claims += [Claim(hosted, WEIGHTS["copyright"] + KNOWN, "text address")] if hosted else []
    followed = followed_name(raw.text)  # ("Follow X on WhatsApp": the site names itself)
    if followed:
        claims.append(Claim(followed, TEXT_BASE - _FOLLOW_RANK, "text follow"))
    claims = without_section_tails(claims, raw.text[:_HEAD_CHARS])  # ("X - Business")
    claims = papers_over_houses(claims)  # (the house that owns the paper the logo shows)
    claims = papers_over_companies(claims)  # ("© X Post Group" of the masthead's "X Post")
    # (a saved view's label is no name: "X - Bản in" is X; initials the page's head spells
    # out are the name spelled: "KBR" is "Kigali Business Review")
    # (a logo's "Republic of X | Y Service": the part naming an organisation; a label and its
    # e-mail or telephone, "For enquiries: desk@x.org", is a contact field, no name)
    unlabelled = [(without_view_label(organisation_part(c.name)), c) for c in claims]
    read = [
        Claim(spelled_out(name, head) or name, c.weight, c.signal)
        for name, c in unlabelled
        if name and not contact_field(name)
    ]
    # (a name in lower case, "cựu chiến binh" of a title's slug, is words, not a masthead)
    return [c for c in read if not lower_cased(c.name)] or read


__all__ = ["outlet_claims"]
