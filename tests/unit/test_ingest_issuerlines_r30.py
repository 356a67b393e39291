"""The body a portal's 'From:' line, a paper's colophon or a bulletin's contact line names;
a <title>'s site name beside its bare domain."""

from briefer.ingest.issuerlines import bulletin_body, colophon_name, portal_issuer
from briefer.ingest.sitebeside import name_beside_domain


def test_portal_issuer_line_not_a_mail_header() -> None:
    page = "Minister opens trade office\nFrom: Department of Foreign Trade\nPublished on 2 May"
    assert portal_issuer(page) == "Department of Foreign Trade"
    assert portal_issuer("Headline\nPublished by: Harbour Port Authority\nText.") == (
        "Harbour Port Authority"
    )
    mail = "From: Department of Trade <desk@trade.example>\nTo: list@x.example\nSubject: News"
    assert portal_issuer(mail) == ""
    assert portal_issuer("From: Minh Anh\nSent: Monday\nTo: Lan\nSubject: Hi") == ""
    assert portal_issuer("Headline\nFrom: a reader in Lagos\nText.") == ""


def test_colophon_initials_and_name() -> None:
    foot = "Body text.\nLITS · Lake Institute for Trade Studies ·\n12 Shore Rd · Port Town"
    assert colophon_name(foot) == "Lake Institute for Trade Studies"
    assert colophon_name("Body.\nViện Kinh tế Sông Mây · VKTSM") == "Viện Kinh tế Sông Mây"
    assert colophon_name("Body.\nTel · Fax · Email") == ""


def test_bulletin_contact_line_names_its_office_vi_en() -> None:
    text = "Xuất khẩu tăng 8%.\nThương vụ Việt Nam tại Sông Mây - Số 9 Phố Hồ, Thủ đô. ĐT: 0123"
    assert bulletin_body("Bản tin thị trường Sông Mây", text) == "Thương vụ Việt Nam tại Sông Mây"
    text_en = "Exports rose.\nTrade Office of Viet Nam in X - 12 Harbour Street. Tel: +1 234"
    assert bulletin_body("X Market Bulletin", text_en) == ""  # (no Vietnamese body's kind)
    # (an outlet that is no bulletin keeps its name)
    assert bulletin_body("Báo Sông Mây", text) == ""


def test_name_beside_domain() -> None:
    parts = ["Firms look to Viet Nam", "Lakeside News", "lakeside.com"]
    assert name_beside_domain(parts, "lakeside.com") == "Lakeside News"
    parts_vi = ["Doanh nghiệp tìm đối tác", "Sông Mây Online", "songmay.vn"]
    # (the label is the name's first word: "songmay" is not "Sông", the domain stays)
    assert name_beside_domain(parts_vi, "songmay.vn") == "songmay.vn"
    assert name_beside_domain(["Headline here", "Sông Mây"], "Sông Mây") == "Sông Mây"
