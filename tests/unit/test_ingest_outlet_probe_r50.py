"""Outlet probe (r50): short pages of many outlets, written for this probe (not copied from the
corpus), each naming its outlet the way real pages do — an ``og:site_name``, a ``<title>``'s
part beside the headline ("Headline - Báo X", "Headline | X", "X - Headline", "Headline-X"),
a copyright line, a masthead in capitals, an agency's "(X) - " lead mark, a letterhead, or
only the page's address — and the outlet the importer should read from it (as the page
spells it, or the table's name for a known outlet), judged as the corpus judge does.

Provincial party papers, central papers and magazines, ministries' portals and their units
(departments, trade offices, embassies, provincial foreign-affairs offices), foreign news
agencies and papers of many countries, English-language Vietnamese outlets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from benchmarks.eval_import import _same_outlet
from briefer.ingest.analysis import analyse

_VI = (
    "Kim ngạch thương mại song phương trong 9 tháng năm 2025 đạt 1,2 tỷ USD, tăng 14% so với "
    "cùng kỳ năm trước. Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực nông nghiệp, "
    "năng lượng và giáo dục trong thời gian tới."
)
_EN = (
    "Two-way trade between the two countries reached 1.2 billion USD in the first nine months "
    "of 2025, up 14 percent year on year. Both sides agreed to step up cooperation in "
    "agriculture, energy and education in the coming years."
)


@dataclass(frozen=True)
class Page:
    """One probe page: a saved HTML page (``html``) or a text/docx file's lines."""

    name: str
    expected: str
    also: tuple[str, ...] = ()
    title: str = ""  # the <title>
    site: str = ""  # og:site_name
    url: str = ""  # canonical address
    headline: str = ""  # the <h1> / the text's headline line
    lead: str = ""  # the first paragraph (with its lead mark, when any)
    foot: str = ""  # a footer line (copyright)
    head: tuple[str, ...] = ()  # lines above the headline (masthead, letterhead)
    kind: str = "html"  # "html", "txt" or "docx"
    extra: dict[str, str] = field(default_factory=dict)


def _html(p: Page) -> str:
    meta = []
    if p.site:
        meta.append(f'<meta property="og:site_name" content="{p.site}">')
    if p.url:
        meta.append(f'<link rel="canonical" href="{p.url}">')
        meta.append(f'<meta property="og:url" content="{p.url}">')
    head_lines = "".join(f"<div class='brand'>{line}</div>" for line in p.head)
    foot = f"<footer><p>{p.foot}</p></footer>" if p.foot else ""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{p.title or p.headline}</title>{''.join(meta)}</head><body>"
        f"<header>{head_lines}</header><main><article><h1>{p.headline}</h1>"
        f"<p>{p.lead}</p><p>{_body(p)}</p></article></main>{foot}</body></html>"
    )


def _body(p: Page) -> str:
    return _VI if any(ch in p.headline for ch in "ăâđêôơưạảấầếềệịọốồộớờợụứừựĐ") else _EN


def _lines(p: Page) -> list[str]:
    lines = [*p.head, p.headline, p.lead, _body(p)]
    if p.foot:
        lines.append(p.foot)
    return [line for line in lines if line]


def _write(p: Page, tmp: Path) -> Path:
    if p.kind == "html":
        path = tmp / f"{p.name}.html"
        path.write_text(_html(p), encoding="utf-8")
    elif p.kind == "txt":
        path = tmp / f"{p.name}.txt"
        path.write_text("\n\n".join(_lines(p)) + "\n", encoding="utf-8")
    else:
        import docx

        document = docx.Document()
        for line in _lines(p):
            document.add_paragraph(line)
        path = tmp / f"{p.name}.docx"
        document.save(str(path))
    return path


_VI_LEAD = "Ngày 14/10/2025, đoàn công tác đã làm việc với đối tác tại thủ đô hai nước."
_EN_LEAD = "Officials of the two countries met on October 14, 2025 to review cooperation."

PROBE: tuple[Page, ...] = (
    # --- provincial party papers ---------------------------------------------------------
    Page("bacgiang-site", "Báo Bắc Giang", site="Báo Bắc Giang điện tử",
         title="Bắc Giang đón đoàn doanh nghiệp Hàn Quốc - Báo Bắc Giang điện tử",
         headline="Bắc Giang đón đoàn doanh nghiệp Hàn Quốc", lead=_VI_LEAD),
    Page("camau-title", "Báo Cà Mau", title="Cà Mau xuất khẩu tôm sang Nhật Bản | Báo Cà Mau",
         headline="Cà Mau xuất khẩu tôm sang Nhật Bản", lead=_VI_LEAD),
    Page("dongnai-masthead", "Báo Đồng Nai", kind="txt", head=("BÁO ĐỒNG NAI",),
         headline="Đồng Nai thu hút thêm vốn đầu tư từ Singapore", lead=_VI_LEAD),
    Page("nghean-copyright", "Báo Nghệ An",
         foot="© Bản quyền thuộc về Báo Nghệ An. Ghi rõ nguồn khi phát hành lại thông tin.",
         headline="Nghệ An hợp tác với tỉnh Hủa Phăn của Lào", lead=_VI_LEAD),
    Page("lamdong-url", "Báo Lâm Đồng", url="https://baolamdong.vn/kinh-te/ca-phe-lam-dong-123.html",
         headline="Cà phê Lâm Đồng vào thị trường châu Âu", lead=_VI_LEAD),
    Page("haiduong-leadmark", "Báo Hải Dương", kind="txt",
         headline="Hải Dương tiếp đoàn doanh nghiệp Đài Loan (Trung Quốc)",
         lead="(Baohaiduong.vn) - Sáng 14/10, lãnh đạo tỉnh tiếp đoàn doanh nghiệp."),
    Page("quangngai-site-caps", "Báo Quảng Ngãi", site="BÁO QUẢNG NGÃI ĐIỆN TỬ",
         headline="Quảng Ngãi xúc tiến đầu tư tại Nhật Bản", lead=_VI_LEAD),
    Page("thainguyen-title-dash", "Báo Thái Nguyên",
         title="Thái Nguyên hợp tác với doanh nghiệp Hàn Quốc - Báo Thái Nguyên điện tử",
         headline="Thái Nguyên hợp tác với doanh nghiệp Hàn Quốc", lead=_VI_LEAD),
    Page("khanhhoa-copyright-online", "Báo Khánh Hòa",
         foot="Copyright © 2025 Báo Khánh Hòa điện tử. All rights reserved.",
         headline="Khánh Hòa đón tàu du lịch quốc tế", lead=_VI_LEAD),
    Page("angiang-ago", "Báo An Giang", title="An Giang xuất khẩu gạo sang Philippines - AGO",
         url="https://baoangiang.com.vn/an-giang-xuat-khau-gao-a123.html",
         headline="An Giang xuất khẩu gạo sang Philippines", lead=_VI_LEAD),
    # --- central papers and magazines ----------------------------------------------------
    Page("nguoilambao", "Tạp chí Người Làm Báo", site="Người Làm Báo",
         title="Báo chí Việt Nam - Lào trao đổi kinh nghiệm - Tạp chí Người Làm Báo",
         headline="Báo chí Việt Nam - Lào trao đổi kinh nghiệm", lead=_VI_LEAD),
    Page("nhipcaudautu", "Nhịp Cầu Đầu Tư", also=("Tạp chí Nhịp Cầu Đầu Tư",),
         title="Dòng vốn Nhật Bản vào Việt Nam | Nhịp Cầu Đầu Tư",
         headline="Dòng vốn Nhật Bản vào Việt Nam", lead=_VI_LEAD),
    Page("kinhtenongthon-masthead", "Báo Kinh tế nông thôn", kind="txt",
         head=("KINH TẾ NÔNG THÔN", "CƠ QUAN CỦA HỘI NÔNG DÂN VIỆT NAM"),
         headline="Nông sản Việt vào thị trường Trung Đông", lead=_VI_LEAD),
    Page("phunuthudo-copyright", "Báo Phụ nữ Thủ đô",
         foot="© 2025 Bản quyền thuộc về Báo Phụ nữ Thủ đô - Cơ quan của Hội LHPN Hà Nội",
         headline="Phụ nữ Thủ đô giao lưu với phụ nữ Cuba", lead=_VI_LEAD),
    Page("qdnd-title", "Báo Quân đội nhân dân",
         title="Việt Nam - Lào tăng cường hợp tác quốc phòng - Báo Quân đội Nhân dân",
         headline="Việt Nam - Lào tăng cường hợp tác quốc phòng", lead=_VI_LEAD),
    Page("quocte-copy", "Báo Quốc tế", also=("Báo Thế giới và Việt Nam",), kind="txt",
         head=("Thế giới và Việt Nam",),
         headline="Việt Nam - Ai Cập thúc đẩy hợp tác thương mại", lead=_VI_LEAD,
         foot="Theo dõi Báo Quốc tế trên Google News"),
    # --- English-language Vietnamese outlets ---------------------------------------------
    Page("vir-title", "Vietnam Investment Review",
         title="Korean firms eye Vietnam's energy sector - Vietnam Investment Review - VIR",
         headline="Korean firms eye Vietnam's energy sector", lead=_EN_LEAD),
    Page("vns-site", "Viet Nam News", site="vietnamnews.vn",
         title="Vietnam, Chile boost trade ties - vietnamnews.vn",
         headline="Vietnam, Chile boost trade ties", lead=_EN_LEAD),
    Page("tuoitrenews", "Tuổi Trẻ", also=("Tuoi Tre News",), site="Tuoi Tre News",
         headline="Japanese investors flock to Vietnam", lead=_EN_LEAD),
    Page("vovworld", "VOV", also=("VOV World", "VOVWorld"),
         title="Vietnam, Mongolia sign education deal - VOVWORLD",
         headline="Vietnam, Mongolia sign education deal", lead=_EN_LEAD),
    Page("vnexpress-intl", "VnExpress", also=("VnExpress International",),
         title="Vietnam coffee exports to EU surge - VnExpress International",
         headline="Vietnam coffee exports to EU surge", lead=_EN_LEAD),
    Page("saigontimes-en", "The Saigon Times", site="The Saigon Times",
         title="HCMC, Busan expand ties | The Saigon Times",
         headline="HCMC, Busan expand ties", lead=_EN_LEAD),
    # --- ministries' portals and units -----------------------------------------------------
    Page("mofa-portal", "Bộ Ngoại giao",
         title="Việt Nam - Chile trao đổi chính trị | Cổng thông tin điện tử Bộ Ngoại giao",
         headline="Việt Nam - Chile trao đổi chính trị", lead=_VI_LEAD),
    Page("moit-site", "Bộ Công Thương", site="Bộ Công Thương Việt Nam",
         headline="Xuất khẩu sang Canada tăng mạnh", lead=_VI_LEAD),
    Page("cuc-xttm-letterhead", "Cục Xúc tiến thương mại", kind="docx",
         head=("BỘ CÔNG THƯƠNG", "CỤC XÚC TIẾN THƯƠNG MẠI"),
         headline="Báo cáo kết quả chương trình xúc tiến thương mại tại Ấn Độ", lead=_VI_LEAD),
    Page("vu-chauau-letterhead", "Vụ Thị trường châu Âu - châu Mỹ", kind="docx",
         head=("BỘ CÔNG THƯƠNG", "VỤ THỊ TRƯỜNG CHÂU ÂU - CHÂU MỸ",
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
         headline="Thông tin thị trường Brazil tháng 9 năm 2025", lead=_VI_LEAD),
    Page("thuongvu-title", "Thương vụ Việt Nam tại Nhật Bản",
         title="Nhật Bản tăng nhập khẩu trái cây - Thương vụ Việt Nam tại Nhật Bản",
         headline="Nhật Bản tăng nhập khẩu trái cây", lead=_VI_LEAD),
    Page("dsq-duc-letterhead", "Đại sứ quán Việt Nam tại Đức",
         also=("Đại sứ quán Việt Nam tại Cộng hòa Liên bang Đức",), kind="docx",
         head=("ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "TẠI CỘNG HÒA LIÊN BANG ĐỨC", "Số: 215/ĐSQ-KT",
               "Berlin, ngày 14 tháng 10 năm 2025"),
         headline="Tình hình quan hệ kinh tế Việt Nam - Đức quý III năm 2025", lead=_VI_LEAD),
    Page("songoaivu-letterhead", "Sở Ngoại vụ tỉnh Quảng Ninh",
         also=("Sở Ngoại vụ Quảng Ninh",), kind="txt",
         head=("UBND TỈNH QUẢNG NINH", "SỞ NGOẠI VỤ"),
         headline="Báo cáo công tác đối ngoại với tỉnh Quảng Tây (Trung Quốc)", lead=_VI_LEAD),
    Page("korea-embassy",
         "Embassy of the Republic of Korea to the Socialist Republic of Viet Nam",
         also=("Embassy of the Republic of Korea in Viet Nam",),
         title="Korea-Viet Nam trade forum held in Hanoi | Embassy of the Republic of Korea "
         "to the Socialist Republic of Viet Nam",
         headline="Korea-Viet Nam trade forum held in Hanoi", lead=_EN_LEAD),
    # --- foreign agencies ----------------------------------------------------------------
    Page("xinhua-title", "Xinhua", title="China, Vietnam pledge closer rail links-Xinhua",
         headline="China, Vietnam pledge closer rail links",
         lead="HANOI, Oct. 14 (Xinhua) -- China and Vietnam pledged closer rail links on Tuesday."),
    Page("yonhap-title", "Yonhap",
         title="S. Korea, Vietnam agree on nuclear cooperation | Yonhap News Agency",
         headline="S. Korea, Vietnam agree on nuclear cooperation",
         lead="SEOUL, Oct. 14 (Yonhap) -- South Korea and Vietnam agreed on Tuesday to expand."),
    Page("bernama-prefix", "Bernama", title="BERNAMA - Malaysia, Vietnam to boost halal trade",
         headline="Malaysia, Vietnam to boost halal trade", lead=_EN_LEAD),
    Page("antara-site", "Antara", also=("ANTARA News",), site="Antara News",
         title="Indonesia, Vietnam discuss rice trade - ANTARA News",
         headline="Indonesia, Vietnam discuss rice trade", lead=_EN_LEAD),
    Page("pna-copyright", "Philippine News Agency",
         foot="Copyright © 2025 Philippine News Agency. All Rights Reserved.",
         headline="PH, Vietnam sign rice supply deal", lead=_EN_LEAD),
    Page("mena-leadmark", "MENA", also=("Middle East News Agency",), kind="txt",
         headline="Egypt, Vietnam discuss investment",
         lead="CAIRO, Oct 14 (MENA) - Egypt and Vietnam discussed investment on Tuesday."),
    Page("tass-title", "TASS",
         title="Russia, Vietnam to expand energy cooperation — Russian Politics & Diplomacy — TASS",
         headline="Russia, Vietnam to expand energy cooperation", lead=_EN_LEAD),
    Page("afp-leadmark", "AFP", kind="txt", headline="Vietnam's exports hit record",
         lead="HANOI (AFP) - Vietnam's exports hit a record in September, official data showed."),
    Page("efe-site", "EFE", also=("Agencia EFE",), site="Agencia EFE",
         headline="España y Vietnam firman un acuerdo de cooperación",
         lead="Madrid, 14 oct (EFE).- España y Vietnam firmaron este martes un acuerdo."),
    Page("prensalatina-title", "Prensa Latina",
         title="Cuba y Vietnam amplían cooperación en arroz - Prensa Latina",
         headline="Cuba y Vietnam amplían cooperación en arroz",
         lead="La Habana, 14 oct (Prensa Latina) Cuba y Vietnam ampliaron su cooperación."),
    Page("kyodo-site", "Kyodo", also=("Kyodo News",), site="Kyodo News+",
         title="Japan, Vietnam agree on defense equipment | Kyodo News+",
         headline="Japan, Vietnam agree on defense equipment", lead=_EN_LEAD),
    Page("jiji-url", "Jiji Press", url="https://www.jiji.com/jc/article?k=2025101400123",
         headline="Japan, Vietnam Leaders Meet in Tokyo", lead=_EN_LEAD),
    Page("anadolu-turkish", "Anadolu Agency", also=("Anadolu Ajansı",), site="Anadolu Ajansı",
         headline="Türkiye ile Vietnam ticaret hacmini artırıyor", lead=_EN_LEAD),
    Page("aps-title", "Algérie Presse Service", also=("APS",),
         title="L'Algérie et le Vietnam renforcent leur coopération | Algérie Presse Service",
         headline="L'Algérie et le Vietnam renforcent leur coopération", lead=_EN_LEAD),
    Page("map-site", "MAP", also=("Agence Marocaine de Presse", "MAP Express",
                                       "Maghreb Arabe Presse"), site="MAP Express",
         headline="Morocco, Vietnam explore fertilizer trade", lead=_EN_LEAD),
    Page("kuna-title", "Kuwait News Agency", also=("KUNA",),
         title="Kuwait News Agency (KUNA) - Kuwait, Vietnam discuss oil cooperation",
         headline="Kuwait, Vietnam discuss oil cooperation", lead=_EN_LEAD),
    Page("wam-title", "WAM", also=("Emirates News Agency",),
         title="UAE, Vietnam sign CEPA | Emirates News Agency",
         headline="UAE, Vietnam sign CEPA", lead=_EN_LEAD),
    Page("saba-leadmark", "Saba", also=("Saba News Agency",), kind="txt",
         headline="Yemen, Vietnam discuss relations",
         lead="SANAA, Oct. 14 (Saba) - Yemen and Vietnam discussed bilateral relations."),
    Page("irna-site", "IRNA", also=("IRNA English",), site="IRNA English",
         headline="Iran, Vietnam discuss trade", lead=_EN_LEAD),
    Page("gna-title", "Ghana News Agency",
         title="Ghana, Vietnam explore cashew trade - Ghana News Agency",
         headline="Ghana, Vietnam explore cashew trade", lead=_EN_LEAD),
    Page("kna-title", "Kenya News Agency", also=("KNA",),
         title="Kenya, Vietnam partner on tea - Kenya News Agency",
         headline="Kenya, Vietnam partner on tea", lead=_EN_LEAD),
    Page("apa-site", "APA", also=("APA.az",), site="APA.az",
         headline="Azerbaijan, Vietnam discuss energy", lead=_EN_LEAD),
    Page("lusa-site", "Lusa", also=("Agência Lusa",), site="Lusa - Agência de Notícias de Portugal",
         headline="Portugal e Vietname reforçam cooperação", lead=_EN_LEAD),
    Page("bss-masthead", "BSS", also=("Bangladesh Sangbad Sangstha",), kind="txt",
         head=("BSS", "Bangladesh Sangbad Sangstha"),
         headline="Bangladesh, Vietnam to boost rice trade", lead=_EN_LEAD),
    # --- foreign papers --------------------------------------------------------------------
    Page("khmertimes-title", "Khmer Times",
         title="Cambodia, Vietnam to open new border gate - Khmer Times",
         headline="Cambodia, Vietnam to open new border gate", lead=_EN_LEAD),
    Page("ppp-copyright-domain", "The Phnom Penh Post",
         foot="© 2025 The Phnom Penh Post (phnompenhpost.com). All rights reserved.",
         headline="Cambodia and Vietnam boost trade", lead=_EN_LEAD),
    Page("bangkokpost-site", "Bangkok Post", site="Bangkok Post",
         title="Thailand, Vietnam aim for $25bn trade",
         headline="Thailand, Vietnam aim for $25bn trade",
         lead=_EN_LEAD),
    Page("hindu-businessline", "BusinessLine", also=("The Hindu BusinessLine",),
         site="BusinessLine", title="India, Vietnam to boost pepper trade - BusinessLine",
         headline="India, Vietnam to boost pepper trade", lead=_EN_LEAD),
    Page("lefigaro", "Le Figaro", site="Le Figaro",
         title="La France et le Vietnam signent un partenariat",
         headline="La France et le Vietnam signent un partenariat", lead=_EN_LEAD),
    Page("korea-herald-caps", "The Korea Herald", kind="txt", head=("THE KOREA HERALD",),
         headline="Seoul, Hanoi to expand supply chain ties", lead=_EN_LEAD),
    Page("manila-times-site", "The Manila Times", site="The Manila Times",
         headline="PH, Vietnam seek stronger maritime ties", lead=_EN_LEAD),
    Page("kompas-domain-site", "Kompas.com", also=("Kompas",), site="Kompas.com",
         headline="Indonesia dan Vietnam sepakati kerja sama perikanan", lead=_EN_LEAD),
    Page("dailypost-order", "Vanuatu Daily Post", also=("Daily Post Vanuatu",),
         site="Daily Post Vanuatu", headline="Vanuatu, Vietnam to open embassies", lead=_EN_LEAD),
    # --- more forms: a bracketed domain, the site first, an office's page, English names --
    Page("taichinh-bracket", "Tạp chí Tài chính", site="Tạp chí Tài chính (tapchitaichinh.vn)",
         headline="Hợp tác tài chính Việt Nam - Lào", lead=_VI_LEAD),
    Page("dongnai-site-first", "Báo Đồng Nai",
         title="Báo Đồng Nai điện tử - Đồng Nai đón nhà đầu tư Hàn Quốc",
         headline="Đồng Nai đón nhà đầu tư Hàn Quốc", lead=_VI_LEAD),
    Page("thuongvu-canada-masthead", "Thương vụ Việt Nam tại Canada", kind="txt",
         head=("THƯƠNG VỤ VIỆT NAM TẠI CANADA",),
         headline="Canada tăng nhập khẩu thủy sản từ Việt Nam", lead=_VI_LEAD),
    Page("dsq-nhatban-title", "Đại sứ quán Việt Nam tại Nhật Bản",
         title="Giao lưu văn hóa tại Tokyo - Đại sứ quán Việt Nam tại Nhật Bản",
         headline="Giao lưu văn hóa tại Tokyo", lead=_VI_LEAD),
    Page("songoaivu-hcm-title", "Sở Ngoại vụ TP. Hồ Chí Minh",
         title="Thành phố tiếp Tổng Lãnh sự Nhật Bản | Sở Ngoại vụ TP. Hồ Chí Minh",
         headline="Thành phố tiếp Tổng Lãnh sự Nhật Bản", lead=_VI_LEAD),
    Page("mofa-english", "Bộ Ngoại giao", also=("Ministry of Foreign Affairs of Viet Nam",),
         title="Viet Nam, Chile hold political consultation - Ministry of Foreign Affairs of "
         "Viet Nam", headline="Viet Nam, Chile hold political consultation", lead=_EN_LEAD),
    Page("montsame-title", "Montsame", title="Mongolia, Vietnam boost ties | MONTSAME News Agency",
         headline="Mongolia, Vietnam boost ties", lead=_EN_LEAD),
    Page("bna-copyright", "Bahrain News Agency", also=("BNA",),
         foot="© 2025 BNA - Bahrain News Agency. All rights reserved.",
         headline="Bahrain, Vietnam discuss aviation", lead=_EN_LEAD),
    Page("nhandan-en-title", "Báo Nhân Dân", also=("Nhan Dan Online",),
         title="Vietnam, Laos review cooperation - Nhan Dan Online",
         headline="Vietnam, Laos review cooperation", lead=_EN_LEAD),
    Page("embassy-vn-us", "Embassy of Viet Nam in the United States",
         title="Trade mission visits Texas | Embassy of Viet Nam in the United States",
         headline="Trade mission visits Texas", lead=_EN_LEAD),
)  # fmt: skip


@pytest.mark.parametrize("page", PROBE, ids=[p.name for p in PROBE])
def test_the_outlet_the_page_names(page: Page, tmp_path: Path) -> None:
    got = analyse(_write(page, tmp_path)).metadata.outlet
    assert _same_outlet(page.expected, got, list(page.also)), got


def test_the_probe_is_large_and_varied() -> None:
    assert len(PROBE) >= 40
    assert len({p.name for p in PROBE}) == len(PROBE)
    assert {p.kind for p in PROBE} == {"html", "txt", "docx"}
