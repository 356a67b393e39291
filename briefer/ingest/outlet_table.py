"""The outlets and publishers editors import from, a data table (pure): Vietnamese papers,
magazines, agencies, television and radio, ministries and associations, the foreign agencies
and papers Vietnamese editors quote, and the provincial papers by the provinces' names.

Each entry is the name as the outlet writes it ("&" kept where the outlet writes "&"), its web
domains, and the other names its pages use (short forms, initials, English names). Renamed
and merged outlets (2025) keep their former names in ``FORMER``: a page that still shows the
old title is shown by it, and either name groups with the other.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from briefer.ingest.provinces import PROVINCES
from briefer.text.fold import fold

Entry = tuple[str, tuple[str, ...], tuple[str, ...]]

# Central papers, agencies, television and radio, government portals.
_NATIONAL: Final[tuple[Entry, ...]] = (
    ("TTXVN", ("ttxvn.vn", "vnanet.vn", "ttxvn.org.vn"),
     ("Thông tấn xã Việt Nam", "VNA", "Vietnam News Agency", "TTXVN")),
    # (the site names itself "Vietnam+ (VietnamPlus)"; "TTXVN/Vietnam+" is the agency's byline
    # mark on its stories, not the site's name)
    ("Vietnam+", ("vietnamplus.vn", "en.vietnamplus.vn"),
     ("VietnamPlus", "Vietnam+ (VietnamPlus)", "TTXVN/Vietnam+")),
    ("Báo Tin tức (TTXVN)", ("baotintuc.vn",), ("Báo Tin tức", "Tin tức")),
    ("Viet Nam News", ("vietnamnews.vn",), ("Vietnam News", "Viet Nam News", "VNS")),
    ("Le Courrier du Vietnam", ("lecourrier.vn",), ("Courrier du Vietnam",)),
    ("Thể thao & Văn hóa", ("thethaovanhoa.vn",), ("Báo Thể thao và Văn hóa", "TTVH")),
    ("Báo ảnh Việt Nam", ("vietnam.vnanet.vn",), ("Vietnam Pictorial",)),
    ("Báo ảnh Dân tộc và Miền núi", ("dantocmiennui.vn",), ()),
    ("Truyền hình Thông tấn", ("vnews.gov.vn",), ("Vnews", "VNEWS")),
    ("VOV", ("vov.vn", "vovworld.vn", "vovgiaothong.vn", "vovtv.vn", "vov2.vov.vn"),
     ("VOV.VN", "Đài Tiếng nói Việt Nam", "Báo điện tử VOV", "Voice of Vietnam", "VOV",
      "VOV World", "VOV5", "VOV Giao thông", "VOVTV")),
    ("VTV", ("vtv.vn", "vtvgo.vn", "vtv.gov.vn"),
     ("Đài Truyền hình Việt Nam", "VTV News", "VTV1", "VTV4", "VTV24", "Vietnam Television")),
    ("VTC", ("vtc.vn", "vtc.gov.vn"), ("Đài Truyền hình Kỹ thuật số VTC",)),
    ("HTV", ("htv.com.vn", "htvc.vn", "htv.gov.vn"),
     ("Đài Truyền hình TP.HCM", "Đài Truyền hình Thành phố Hồ Chí Minh", "HTV7", "HTV9",
      "Đài Truyền hình TP Hồ Chí Minh")),
    ("Hanoionline", ("hanoionline.vn", "hanoitv.vn"),
     ("Đài Hà Nội", "Đài Phát thanh và Truyền hình Hà Nội", "Hanoi TV", "Hà Nội TV")),
    ("Truyền hình Quốc hội Việt Nam", ("quochoitv.vn",), ("Quốc hội TV",)),
    ("Truyền hình Công an nhân dân", ("antv.gov.vn",), ("ANTV",)),
    ("Truyền hình Quốc phòng Việt Nam", ("qpvn.vn",), ("QPVN",)),
    ("Truyền hình Nhân Dân", ("tv.nhandan.vn",), ()),
    # (a province's station by its full name, as every other province's is: THVL its initials)
    ("Đài Phát thanh và Truyền hình Vĩnh Long", ("thvl.vn",), ("THVL", "Truyền hình Vĩnh Long")),
    ("Báo Nhân Dân", ("nhandan.vn", "en.nhandan.vn"),
     ("Nhân Dân", "NHÂN DÂN", "Nhan Dan", "NDO", "NDĐT", "Nhân Dân điện tử", "Nhan Dan Online")),
    ("Báo Điện tử Chính phủ", ("baochinhphu.vn", "en.baochinhphu.vn"),
     ("Chinhphu.vn", "VGP", "VGP News", "Báo Chính phủ")),
    ("Cổng Thông tin điện tử Chính phủ", ("chinhphu.vn",), ("Vietnam Government Portal",)),
    ("Báo Quân đội nhân dân", ("qdnd.vn",), ("Quân đội nhân dân", "QĐND", "QĐND Online",
                                            "People's Army Newspaper")),
    ("Báo Điện tử Đảng Cộng sản Việt Nam", ("dangcongsan.vn", "dangcongsan.org.vn"),
     ("Đảng Cộng sản Việt Nam", "ĐCSVN")),
    # (the Ministry of Foreign Affairs' paper, "Báo Thế giới và Việt Nam" until 2025, its
    # FORMER title; the former title's short forms and English name are the former's)
    ("Báo Quốc tế", ("baoquocte.vn",), ("Baoquocte.vn",)),
    ("Báo Thế giới và Việt Nam", ("worldandvietnam.vn",),
     ("Thế giới và Việt Nam", "TGVN", "WVR", "The World and Vietnam Report")),
    ("VnExpress", ("vnexpress.net", "e.vnexpress.net"), ("VnExpress International", "VnE")),
    ("Tuổi Trẻ", ("tuoitre.vn", "tuoitrenews.vn"), ("Tuổi Trẻ Online", "TTO", "Tuoi Tre News")),
    ("Thanh Niên", ("thanhnien.vn",), ("Báo Thanh Niên", "Thanh Nien")),
    ("VietNamNet", ("vietnamnet.vn",), ("VietNamNet", "Vietnamnet")),
    ("Znews", ("zingnews.vn", "znews.vn"), ("Zing News", "Zing")),
    ("Lao Động", ("laodong.vn",), ("Báo Lao Động",)),
    ("Sài Gòn Giải Phóng", ("sggp.org.vn",), ("SGGP", "Saigon Giai Phong", "SGGP News")),
    # (its English edition's masthead names it "Hanoimoi": editionname)
    ("Hà Nội Mới", ("hanoimoi.vn",), ("Báo Hà Nội Mới", "HNMO", "Hanoimoi")),
    ("Báo Công Thương", ("congthuong.vn",), ()),
    ("VnEconomy", ("vneconomy.vn",), ("Thời báo Kinh tế Việt Nam",)),
    ("Vietnam Economic Times", (), ()),
    ("Tiền Phong", ("tienphong.vn",), ("Báo Tiền Phong",)),
    ("Người Lao Động", ("nld.com.vn",), ("Báo Người Lao Động", "NLĐO")),
    ("Pháp Luật TP.HCM", ("plo.vn",), ("PLO", "Báo Pháp Luật TP.HCM")),
    ("Dân Trí", ("dantri.com.vn",), ("Báo Dân trí", "Dân trí")),
    ("Đại Đoàn Kết", ("daidoanket.vn",), ("Báo Đại Đoàn Kết",)),
    ("Công an nhân dân", ("cand.com.vn",), ("CAND", "Báo Công an nhân dân")),
    ("Công an TP.HCM", ("congan.com.vn",), ("Báo Công an TP.HCM", "CATP")),
    ("An ninh Thủ đô", ("anninhthudo.vn",), ("Báo An ninh Thủ đô", "ANTĐ")),
    # (the CAND's world-affairs paper; its monthly and mid-month editions under one name)
    ("An ninh Thế giới", ("antgct.cand.com.vn", "antg.cand.com.vn"),
     ("ANTG", "An ninh Thế giới Cuối tháng", "An ninh Thế giới Giữa tháng")),
    ("Kinh tế & Đô thị", ("kinhtedothi.vn",), ("Báo Kinh tế và Đô thị",)),
    ("Giáo dục & Thời đại", ("giaoducthoidai.vn",), ("Báo Giáo dục và Thời đại", "GD&TĐ")),
    ("Đầu tư", ("baodautu.vn",), ("Báo Đầu tư",)),
    ("Đầu tư Chứng khoán", ("tinnhanhchungkhoan.vn",), ("Báo Đầu tư Chứng khoán", "ĐTCK")),
    # (the paper's name in full, as its masthead and address write it; the short form a
    # credit line's)
    ("Thời báo Tài chính Việt Nam", ("thoibaotaichinhvietnam.vn",), ("Thời báo Tài chính",)),
    ("Thời báo Ngân hàng", ("thoibaonganhang.vn",), ()),
    ("Tạp chí Cộng sản", ("tapchicongsan.org.vn",), ("Communist Review",)),
    ("Quốc hội", ("quochoi.vn",), ("Cổng thông tin điện tử Quốc hội",)),
    ("Báo Đại biểu Nhân dân", ("daibieunhandan.vn",), ("Đại biểu Nhân dân",)),
    ("Vietnam Investment Review", ("vir.com.vn",), ("VIR",)),
    ("The Investor", ("theinvestor.vn",), ()),
    ("Kinh tế Sài Gòn Online", ("thesaigontimes.vn",),
     ("Kinh tế Sài Gòn", "KTSG", "KTSG Online", "Thời báo Kinh tế Sài Gòn")),
    ("The Saigon Times", ("english.thesaigontimes.vn",), ("Saigon Times",)),
    ("Sài Gòn Đầu tư Tài chính", ("saigondautu.com.vn",), ("Báo Sài Gòn Đầu tư Tài chính",)),
    ("Doanh nhân Sài Gòn", ("doanhnhansaigon.vn",), ("Báo Doanh nhân Sài Gòn",)),
    ("Hanoi Times", ("hanoitimes.vn",), ()),
    ("VietnamNet Global", ("vietnamnet.vn/en",), ()),
    ("Vietnam Times", ("vietnamtimes.org.vn",), ()),
    ("VTC News", ("vtcnews.vn",), ("Báo điện tử VTC News",)),
    ("CafeF", ("cafef.vn",), ()),
    ("CafeBiz", ("cafebiz.vn",), ()),
    ("Báo Pháp luật Việt Nam", ("baophapluat.vn",), ("PLVN",)),
    ("Báo Xây dựng", ("baoxaydung.vn", "baoxaydung.com.vn"), ()),
    ("Báo Nhà báo & Công luận", ("congluan.vn",),
     ("Nhà báo & Công luận", "Báo Nhà báo và Công luận", "Công luận")),
    ("Báo Văn hóa", ("baovanhoa.vn",), ()),
    ("Báo Biên phòng", ("bienphong.com.vn",), ()),
    ("Báo Hải quan", ("haiquanonline.com.vn",), ("Hải quan Online",)),
    ("Diễn đàn Doanh nghiệp", ("diendandoanhnghiep.vn",), ("DĐDN", "Báo Diễn đàn Doanh nghiệp")),
    ("Báo Thanh tra", ("thanhtra.com.vn",), ()),
    ("Báo Dân tộc và Phát triển", ("baodantoc.vn",), ()),
    ("Báo Phụ nữ Việt Nam", ("phunuvietnam.vn",), ()),
    ("Phụ nữ TP.HCM", ("phunuonline.com.vn",), ("Báo Phụ nữ TP.HCM", "Phụ nữ Online")),
    ("Sức khỏe & Đời sống", ("suckhoedoisong.vn",), ("Báo Sức khỏe và Đời sống",)),
    ("Lao động Thủ đô", ("laodongthudo.vn",), ("Báo Lao động Thủ đô",)),
    ("Vietnam Law & Legal Forum", ("vietnamlawmagazine.vn",), ()),
    ("Khoa học & Phát triển", ("khoahocphattrien.vn",),
     ("Báo Khoa học và Phát triển", "KH&PT")),
    ("Báo Đấu thầu", ("baodauthau.vn",), ()),
    ("Báo Bảo vệ pháp luật", ("baovephapluat.vn",), ()),
    ("Tạp chí Kiểm sát", ("kiemsat.vn",), ()),
    ("Báo Bảo hiểm xã hội", ("baobaohiemxahoi.vn",), ()),
    ("Báo Văn nghệ", ("baovannghe.vn",), ()),
    ("Báo Du lịch", ("baodulich.net.vn",), ()),
    ("Báo Công lý", ("congly.vn",), ()),
    ("Báo Người cao tuổi", ("nguoicaotuoi.org.vn",), ()),
    ("Báo Cựu chiến binh Việt Nam", ("cuuchienbinh.com.vn",), ()),
    ("Dân Việt", ("danviet.vn",), ()),
    ("Báo Điện tử Tổ quốc", ("toquoc.vn",), ()),
    ("Báo Lao động & Xã hội", ("laodongxahoi.net",), ("Báo Lao động và Xã hội",)),
    ("Đời sống & Pháp luật", ("doisongphapluat.com",), ("Báo Đời sống và Pháp luật",)),
    ("Tuổi trẻ Thủ đô", ("tuoitrethudo.com.vn",), ("Báo Tuổi trẻ Thủ đô",)),
    ("Thiếu niên Tiền phong", ("thieunien.vn",), ("Báo Thiếu niên Tiền phong và Nhi đồng",)),
    ("Báo Thương hiệu và Công luận", ("thuonghieucongluan.com.vn",), ()),
    ("Báo Tin tức và Dân tộc", ("baotintucvadantoc.vn",), ()),
    # (the State Committee for Overseas Vietnamese's magazine, not a paper)
    ("Tạp chí Quê hương", ("quehuongonline.vn",), ("Quê hương Online", "Báo Quê hương")),
    ("Báo Nông nghiệp và Môi trường", ("nongnghiepmoitruong.vn",),
     ("Nông nghiệp và Môi trường", "Báo Nông nghiệp & Môi trường")),
    # national magazines
    ("Tạp chí Tài chính", ("tapchitaichinh.vn",), ()),
    ("Tạp chí Công Thương", ("tapchicongthuong.vn",), ()),
    ("Tạp chí Kinh tế và Dự báo", ("kinhtevadubao.vn",), ("Kinh tế và Dự báo",)),
    ("Tạp chí Nhà Đầu tư", ("nhadautu.vn",), ("Nhà Đầu tư",)),
    ("Tạp chí Tia Sáng", ("tiasang.com.vn",), ("Tia Sáng",)),
    ("Tạp chí Quốc phòng toàn dân", ("tapchiqptd.vn",), ()),
    ("Tạp chí Mặt trận", ("tapchimattran.vn",), ()),
    ("Tạp chí Lý luận chính trị", ("lyluanchinhtri.vn",), ()),
    ("Tạp chí Nghiên cứu Lập pháp", ("lapphap.vn",), ()),
    ("Tạp chí Tòa án nhân dân", ("tapchitoaan.vn",), ()),
    ("Tạp chí Môi trường", ("tapchimoitruong.vn",), ()),
    ("Tạp chí Ngân hàng", ("tapchinganhang.gov.vn",), ()),
    ("Tạp chí Khoa học & Đời sống", ("khoahocdoisong.vn",), ("Khoa học và Đời sống",)),
    ("Tạp chí Thanh tra", ("thanhtravietnam.vn",), ()),
    ("Tạp chí Du lịch", ("vtr.org.vn",), ("Du lịch Việt Nam",)),
    ("Tạp chí Doanh nghiệp và Hội nhập", ("doanhnghiephoinhap.vn",), ()),
    ("Tạp chí Xây dựng", ("tapchixaydung.vn",), ()),
    ("Tạp chí Giao thông vận tải", ("tapchigiaothong.vn",), ()),
    ("Thời báo Kinh doanh", ("thoibaokinhdoanh.vn",), ()),
    ("Tạp chí Thương Trường", ("thuongtruong.com.vn",), ()),
    ("Tạp chí Điện tử Doanh nghiệp Việt Nam", ("doanhnghiepvn.vn",), ()),
)  # fmt: skip

# Ministries, state bodies, associations, institutes: the issuing units of notes and reports.
_PUBLIC_BODIES: Final[tuple[Entry, ...]] = (
    ("Bộ Ngoại giao", ("mofa.gov.vn",), ("Ministry of Foreign Affairs",)),
    ("Bộ Công Thương", ("moit.gov.vn",), ("Ministry of Industry and Trade",)),
    ("Bộ Tài chính", ("mof.gov.vn",), ()),
    ("Bộ Quốc phòng", ("mod.gov.vn",), ()),
    ("Bộ Công an", ("bocongan.gov.vn", "mps.gov.vn"), ()),
    ("Bộ Tư pháp", ("moj.gov.vn",), ()),
    ("Bộ Xây dựng", ("moc.gov.vn",), ()),
    ("Bộ Nội vụ", ("moha.gov.vn",), ()),
    ("Bộ Văn hóa, Thể thao và Du lịch", ("bvhttdl.gov.vn",), ("Bộ VHTTDL",)),
    ("Bộ Dân tộc và Tôn giáo", ("bdttg.gov.vn",), ()),
    ("Bộ Nông nghiệp và Môi trường", ("mae.gov.vn",), ()),
    ("Bộ Khoa học và Công nghệ", ("most.gov.vn",), ()),
    ("Bộ Giáo dục và Đào tạo", ("moet.gov.vn",), ()),
    ("Bộ Y tế", ("moh.gov.vn",), ()),
    ("Ngân hàng Nhà nước Việt Nam", ("sbv.gov.vn",), ("State Bank of Vietnam",)),
    ("Viện kiểm sát nhân dân tối cao", ("vksndtc.gov.vn",), ("VKSND tối cao", "VKSNDTC")),
    ("Tòa án nhân dân tối cao", ("toaan.gov.vn",), ("TAND tối cao", "TANDTC")),
    ("Thanh tra Chính phủ", ("thanhtra.gov.vn",), ()),
    ("Kiểm toán Nhà nước", ("sav.gov.vn",), ()),
    ("Cục Thống kê", ("nso.gov.vn",), ()),
    # Ministries merged in 2025: a note of theirs was issued by them, not by the merged one.
    ("Bộ Kế hoạch và Đầu tư", ("mpi.gov.vn",), ("Ministry of Planning and Investment",)),
    ("Bộ Tài nguyên và Môi trường", ("monre.gov.vn",), ()),
    ("Bộ Nông nghiệp và Phát triển nông thôn", ("mard.gov.vn",), ()),
    ("Bộ Giao thông vận tải", ("mt.gov.vn",), ()),
    ("Bộ Lao động - Thương binh và Xã hội", ("molisa.gov.vn",), ()),
    ("Bộ Thông tin và Truyền thông", ("mic.gov.vn",), ()),
    ("Ủy ban Dân tộc", ("ubdt.gov.vn", "cema.gov.vn"), ()),
    ("Tổng cục Thống kê", ("gso.gov.vn",), ()),
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", ("mattran.org.vn",), ()),
    ("Liên hiệp các tổ chức hữu nghị Việt Nam", ("vufo.org.vn",), ("VUFO",)),
    ("Hội Nhà báo Việt Nam", ("vja.org.vn",), ()),
    ("Học viện Ngoại giao", ("dav.edu.vn",), ("Diplomatic Academy of Vietnam",)),
    ("Cục Xúc tiến thương mại", ("vietrade.gov.vn",), ("Vietrade",)),
    ("Liên đoàn Thương mại và Công nghiệp Việt Nam", ("vcci.com.vn",), ("VCCI",)),
    ("Hiệp hội Chế biến và Xuất khẩu Thủy sản Việt Nam", ("vasep.com.vn",), ("VASEP",)),
    ("Hiệp hội Dệt May Việt Nam", ("vietnamtextile.org.vn", "vitas.org.vn"), ("VITAS",)),
    ("Hiệp hội Lương thực Việt Nam", ("vietfood.org.vn",), ("VFA",)),
    ("Hiệp hội Cà phê - Ca cao Việt Nam", ("vicofa.org.vn",), ("VICOFA",)),
    ("Hiệp hội Da - Giày - Túi xách Việt Nam", ("lefaso.org.vn",), ("LEFASO",)),
    ("Hiệp hội Điều Việt Nam", ("vinacas.com.vn",), ("VINACAS",)),
    ("Hiệp hội Hồ tiêu và Cây gia vị Việt Nam", ("vpsa.org.vn",), ("VPSA",)),
    ("Hiệp hội Gỗ và Lâm sản Việt Nam", ("vietnamtimber.org.vn",), ("VIFOREST",)),
    ("Hiệp hội Rau quả Việt Nam", ("vinafruit.vn",), ("VINAFRUIT",)),
)  # fmt: skip

# Foreign agencies and papers Vietnamese editors quote (partner countries' press first).
_FOREIGN: Final[tuple[Entry, ...]] = (
    ("Xinhua", ("xinhuanet.com", "news.cn", "english.news.cn"),
     ("Tân Hoa xã", "Xinhua News Agency")),
    ("Kyodo", ("kyodonews.net", "english.kyodonews.net"), ("Kyodo News",)),
    ("Jiji Press", ("jiji.com",), ()),
    ("Yonhap", ("yna.co.kr", "en.yna.co.kr"), ("Yonhap News Agency",)),
    ("Bernama", ("bernama.com",), ()),
    ("Antara", ("antaranews.com", "en.antaranews.com"), ("ANTARA News",)),
    ("KPL", ("kpl.gov.la",), ("Lao News Agency",)),
    ("AKP", ("akp.gov.kh",), ("Agence Kampuchea Presse",)),
    # (Morocco's agency: its English news site is "MAP Express", its <title>s end on "MapNews")
    ("Maghreb Arabe Presse", ("mapexpress.ma", "map.ma", "mapnews.ma"),
     ("MAP", "MAP Express", "MapNews", "Agence Maghreb Arabe Presse")),
    ("Prensa Latina", ("prensa-latina.cu", "plenglish.com"), ()),
    ("Reuters", ("reuters.com",), ()),
    ("AP", ("apnews.com",), ("Associated Press",)),
    ("AFP", ("afp.com",), ("Agence France-Presse",)),
    ("The Korea Herald", ("koreaherald.com",), ("Korea Herald",)),
    ("The Korea Times", ("koreatimes.co.kr",), ("Korea Times",)),
    ("Korea JoongAng Daily", ("koreajoongangdaily.joins.com",), ()),
    ("KBS World", ("world.kbs.co.kr",), ()),
    ("Bangkok Post", ("bangkokpost.com",), ()),
    ("The Nation Thailand", ("nationthailand.com",), ()),
    ("The Straits Times", ("straitstimes.com",), ("Straits Times",)),
    ("Channel NewsAsia", ("channelnewsasia.com",), ()),
    ("The Business Times", ("businesstimes.com.sg",), ()),
    ("The Jakarta Post", ("thejakartapost.com",), ("Jakarta Post",)),
    ("Jakarta Globe", ("jakartaglobe.id",), ()),
    ("Philippine News Agency", ("pna.gov.ph",), ("PNA",)),
    ("Philippine Daily Inquirer", ("inquirer.net",), ("Inquirer",)),
    ("The Philippine Star", ("philstar.com",), ("Philstar",)),
    ("Manila Bulletin", ("mb.com.ph",), ()),
    ("Khmer Times", ("khmertimeskh.com",), ()),
    ("The Phnom Penh Post", ("phnompenhpost.com",), ("Phnom Penh Post",)),
    ("Vientiane Times", ("vientianetimes.org.la",), ()),
    ("Vanuatu Daily Post", ("dailypost.vu",), ("Daily Post Vanuatu",)),
    ("The Global New Light of Myanmar", ("gnlm.com.mm",), ("Global New Light of Myanmar",)),
    ("The Star", ("thestar.com.my",), ()),
    ("New Straits Times", ("nst.com.my",), ()),
    ("Borneo Bulletin", ("borneobulletin.com.bn",), ()),
    ("Tatoli", ("tatoli.tl",), ()),
    ("The Japan Times", ("japantimes.co.jp",), ("Japan Times",)),
    ("Nikkei Asia", ("asia.nikkei.com",), ("Nikkei",)),
    ("NHK World", ("nhk.or.jp",), ("NHK",)),
    ("The Japan News", ("japannews.yomiuri.co.jp",), ("Yomiuri Shimbun",)),
    ("The Asahi Shimbun", ("asahi.com",), ("Asahi Shimbun",)),
    ("China Daily", ("chinadaily.com.cn",), ()),
    ("Global Times", ("globaltimes.cn",), ()),
    ("CGTN", ("cgtn.com",), ()),
    ("People's Daily", ("en.people.cn", "people.com.cn"), ("Nhân dân Nhật báo",)),
    ("South China Morning Post", ("scmp.com",), ("SCMP",)),
    ("The Times of India", ("timesofindia.indiatimes.com",), ("Times of India",)),
    ("The Hindu", ("thehindu.com",), ()),
    ("Hindustan Times", ("hindustantimes.com",), ()),
    ("The Economic Times", ("economictimes.indiatimes.com",), ()),
    ("Press Trust of India", ("ptinews.com",), ("PTI",)),
    ("Dawn", ("dawn.com",), ()),
    ("The Daily Star", ("thedailystar.net",), ()),
    ("Montsame", ("montsame.mn",), ()),
    ("TASS", ("tass.com", "tass.ru"), ()),
    ("RIA Novosti", ("ria.ru",), ()),
    ("Sputnik", ("sputniknews.com",), ()),
    ("Interfax", ("interfax.com", "interfax.ru"), ()),
    ("Kazinform", ("inform.kz",), ()),
    ("AzerTAC", ("azertag.az",), ("AZERTAC",)),
    ("BelTA", ("belta.by",), ()),
    # (its Turkish name, "Anadolu Ajansı", is the site name of every edition)
    ("Anadolu Agency", ("aa.com.tr",), ("Anadolu", "Anadolu Ajansı")),
    ("Daily Sabah", ("dailysabah.com",), ()),
    ("Hürriyet Daily News", ("hurriyetdailynews.com",), ()),
    # (its site and copyright line spell the name out; "WAM" is its initials and dateline mark)
    ("Emirates News Agency", ("wam.ae",), ("WAM", "Emirates News Agency - WAM")),
    ("Gulf News", ("gulfnews.com",), ()),
    ("Khaleej Times", ("khaleejtimes.com",), ()),
    ("Arab News", ("arabnews.com",), ()),
    ("Saudi Press Agency", ("spa.gov.sa",), ("SPA",)),
    ("Qatar News Agency", ("qna.org.qa",), ("QNA",)),
    ("Al Jazeera", ("aljazeera.com",), ()),
    ("Ahram Online", ("english.ahram.org.eg", "ahram.org.eg"), ()),
    # (its English service's header spells the name out)
    ("IRNA", ("irna.ir", "en.irna.ir"), ("Islamic Republic News Agency",)),
    ("Tehran Times", ("tehrantimes.com",), ()),
    ("BBC", ("bbc.com", "bbc.co.uk"), ("BBC News",)),
    ("The Guardian", ("theguardian.com",), ()),
    ("Financial Times", ("ft.com",), ()),
    ("The Economist", ("economist.com",), ()),
    ("Bloomberg", ("bloomberg.com",), ()),
    ("CNN", ("cnn.com", "edition.cnn.com"), ()),
    ("The New York Times", ("nytimes.com",), ("New York Times",)),
    ("The Washington Post", ("washingtonpost.com",), ("Washington Post",)),
    ("The Wall Street Journal", ("wsj.com",), ("Wall Street Journal",)),
    ("Voice of America", ("voanews.com",), ("VOA",)),
    ("RFI", ("rfi.fr",), ("Radio France Internationale",)),
    ("France 24", ("france24.com",), ()),
    ("Le Monde", ("lemonde.fr",), ()),
    ("Deutsche Welle", ("dw.com",), ("DW",)),
    ("dpa", ("dpa.com",), ("Deutsche Presse-Agentur",)),
    ("EFE", ("efe.com",), ()),
    ("ANSA", ("ansa.it",), ()),
    ("PAP", ("pap.pl",), ("Polish Press Agency",)),
    ("MTI", ("mti.hu",), ("Hungarian News Agency",)),
    ("Czech News Agency", ("ceskenoviny.cz",), ("ČTK",)),
    ("Agerpres", ("agerpres.ro",), ()),
    ("BTA", ("bta.bg",), ("Bulgarian News Agency",)),
    ("Ukrinform", ("ukrinform.net",), ()),
    ("Granma", ("granma.cu",), ()),
    ("Agência Brasil", ("agenciabrasil.ebc.com.br",), ()),
    # (Latin American state agencies go by their short names; the official name is an alias)
    ("Andina", ("andina.pe",), ("Agencia Peruana de Noticias Andina", "Agencia Andina")),
    ("ABI", ("abi.bo",), ("Agencia Boliviana de Información",)),
    ("Télam", ("telam.com.ar",), ("Agencia Nacional de Noticias Télam",)),
    ("MercoPress", ("en.mercopress.com",), ()),
    ("ABC News", ("abc.net.au",), ()),
    ("The Sydney Morning Herald", ("smh.com.au",), ("Sydney Morning Herald",)),
    ("RNZ", ("rnz.co.nz",), ("Radio New Zealand",)),
    ("The New Zealand Herald", ("nzherald.co.nz",), ("NZ Herald",)),
    ("CBC News", ("cbc.ca",), ("CBC",)),
    ("The Globe and Mail", ("theglobeandmail.com",), ()),
    ("South African Government News Agency", ("sanews.gov.za",), ("SAnews",)),
    ("News24", ("news24.com",), ()),
    ("Daily Maverick", ("dailymaverick.co.za",), ()),
    ("The New Times", ("newtimes.co.rw",), ()),
    ("Daily Nation", ("nation.africa",), ()),
    ("Premium Times", ("premiumtimesng.com",), ()),
    ("Ghana News Agency", ("gna.org.gh",), ("GNA",)),
    ("The Citizen", ("thecitizen.co.tz",), ()),
)  # fmt: skip

# Renamed and merged outlets (2025): a former name and domain → the name of today.
FORMER: Final[tuple[tuple[str, str, tuple[str, ...]], ...]] = (
    ("Báo Nông nghiệp Việt Nam", "Báo Nông nghiệp và Môi trường", ("nongnghiep.vn",)),
    ("Nông nghiệp Việt Nam", "Báo Nông nghiệp và Môi trường", ()),
    ("Báo Tài nguyên và Môi trường", "Báo Nông nghiệp và Môi trường",
     ("baotainguyenmoitruong.vn",)),
    ("Báo Giao thông", "Báo Xây dựng", ("baogiaothong.vn",)),
    ("Báo Thừa Thiên Huế", "Báo Huế", ("baothuathienhue.vn",)),
    ("Báo Thế giới và Việt Nam", "Báo Quốc tế", ()),
    ("Phòng Thương mại và Công nghiệp Việt Nam", "Liên đoàn Thương mại và Công nghiệp Việt Nam",
     ()),
)  # fmt: skip

# The body that owns a paper ("Cơ quan chủ quản: …" in its colophon): a page naming only
# its owner is the paper it owns alone. An owner of several names none: "Thông tấn xã Việt
# Nam" is listed with its papers (its credit on them is the house's, ``ownedpaper.owned_by``);
# "Văn phòng Chính phủ", "Tổng Liên đoàn Lao động Việt Nam" (Lao Động, …) are left out.
OWNERS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("Thanh Niên", ("Trung ương Hội Liên hiệp Thanh niên Việt Nam",
                    "Hội Liên hiệp Thanh niên Việt Nam")),
    ("Báo Quốc tế", ("Bộ Ngoại giao",)),
    # (the city's Youth Union owns Mực Tím and Khăn Quàng Đỏ besides Tuổi Trẻ: listed so
    # that its colophon names none of them)
    ("Tuổi Trẻ", ("Thành Đoàn TP.HCM", "Thành Đoàn TP Hồ Chí Minh",
                  "Thành Đoàn Thành phố Hồ Chí Minh")),
    ("Mực Tím", ("Thành Đoàn TP.HCM",)),
    ("Khăn Quàng Đỏ", ("Thành Đoàn TP.HCM",)),
    # (the news agency's own papers: its credit on them is the house's, no writer's)
    ("Vietnam+", ("Thông tấn xã Việt Nam",)),
    ("Báo Tin tức (TTXVN)", ("Thông tấn xã Việt Nam",)),
    ("Le Courrier du Vietnam", ("Thông tấn xã Việt Nam",)),
    ("Báo ảnh Việt Nam", ("Thông tấn xã Việt Nam",)),
)  # fmt: skip

# Provincial papers whose names are not the province's: (paper, province, domains).
_NAMED_PAPERS: Final[tuple[tuple[str, str, tuple[str, ...]], ...]] = (
    ("Báo Ấp Bắc", "Tiền Giang", ("baoapbac.vn",)),
    ("Báo Đồng Khởi", "Bến Tre", ("baodongkhoi.vn",)),
    ("Báo Điện Biên Phủ", "Điện Biên", ("baodienbienphu.info.vn", "baodienbienphu.vn")),
    ("Báo Huế", "Huế", ("huengaynay.vn", "baohue.vn")),
)  # fmt: skip

# Provinces of the 2025 merger whose names the 63 lack.
_NEW_PROVINCES: Final = ("Huế",)
# (Hà Nội and TP.HCM have papers of their own names, in the national table.)
_NO_PROVINCE_PAPER: Final = frozenset({"Hà Nội", "TP Hồ Chí Minh"})


def _province_key(name: str) -> str:
    return "".join(ch for ch in fold(name) if ch.isalnum())


def _provincial() -> tuple[Entry, ...]:
    """ "Báo <province>" for every province: its usual domains (baoX.vn, baoX.com.vn,
    baoX.org.vn, Xonline.vn) and the names of its web edition and of the merged paper and
    radio-television body of 2025; the province's radio and television station beside it."""
    entries: list[Entry] = []
    for paper, _province, domains in _NAMED_PAPERS:
        entries.append((paper, domains, (f"{paper} điện tử",)))
    # "GLO", "AGO": a web edition's initials with the O of "online", when no other
    # province's name gives the same
    initials = {p: "".join(w[0] for w in fold(p).split() if w[0].isalpha()) for p in PROVINCES}
    taken = Counter(initials.values())
    for province in (*PROVINCES, *_NEW_PROVINCES):
        if province in _NO_PROVINCE_PAPER:
            continue
        key = _province_key(province)
        short = initials.get(province, "")
        edition = (f"{short.upper()}O",) if len(short) >= 2 and taken[short] == 1 else ()
        entries.append((
            f"Báo {province}",
            (f"bao{key}.vn", f"bao{key}.com.vn", f"bao{key}.org.vn", f"{key}online.vn"),
            (f"Báo {province} điện tử", f"{province} Online", f"Báo {province} Online", *edition),
        ))  # fmt: skip
        # (the paper merged with the province's radio and television in 2025, by that name)
        entries.append((
            f"Báo và Phát thanh, Truyền hình {province}",
            (),
            (f"Báo và Phát thanh - Truyền hình {province}", f"Báo và PT-TH {province}"),
        ))  # fmt: skip
        entries.append((
            f"Đài Phát thanh và Truyền hình {province}",
            (),
            (f"Đài PT-TH {province}", f"Đài PTTH {province}",
             f"Đài Phát thanh - Truyền hình {province}"),
        ))  # fmt: skip
    return tuple(entries)


OUTLET_TABLE: Final[tuple[Entry, ...]] = (
    *_NATIONAL,
    *_PUBLIC_BODIES,
    *_FOREIGN,
    *((former, domains, ()) for former, _current, domains in FORMER),  # (a former site)
    *_provincial(),
)

# The kinds of body a letterhead's line opens on (a unit, its parent, a place's authority).
BODY_KIND: Final = re.compile(
    r"^(?:BỘ|CỤC|TỔNG\s+CỤC|CHI\s+CỤC|VỤ|VIỆN|SỞ|PHÒNG|BAN|TRUNG\s+TÂM|ỦY\s+BAN|UỶ\s+BAN|UBND"
    r"|HỘI|HIỆP\s+HỘI|LIÊN\s+HIỆP|LIÊN\s+ĐOÀN|TỔNG\s+LIÊN\s+ĐOÀN|CÔNG\s+ĐOÀN|ĐOÀN|ĐẢNG"
    r"|ĐẠI\s+SỨ\s+QUÁN|TỔNG\s+LÃNH\s+SỰ\s+QUÁN|LÃNH\s+SỰ\s+QUÁN|PHÁI\s+ĐOÀN|VĂN\s+PHÒNG"
    r"|HỌC\s+VIỆN|TRƯỜNG|ĐẠI\s+HỌC|CÔNG\s+TY|TẬP\s+ĐOÀN|TỔNG\s+CÔNG\s+TY|NGÂN\s+HÀNG|TÒA|TOÀ"
    r"|KHO\s+BẠC|BỆNH\s+VIỆN|QUỸ|HỘI\s+ĐỒNG|MẶT\s+TRẬN|BÁO|TẠP\s+CHÍ|ĐÀI|THÔNG\s+TẤN"
    r"|THÀNH\s+ỦY|TỈNH\s+ỦY|HUYỆN\s+ỦY|QUẬN\s+ỦY|ĐẢNG\s+ỦY|TRUNG\s+ƯƠNG|CHÍNH\s+PHỦ"
    r"|QUỐC\s+HỘI|VIỆN\s+KIỂM\s+SÁT|CƠ\s+QUAN|BỘ\s+TƯ\s+LỆNH|QUÂN\s+KHU|CẢNG\s+VỤ|CỤC"
    r"|THANH\s+TRA|KIỂM\s+TOÁN|CÔNG\s+AN|BỘ\s+CHỈ\s+HUY|THƯƠNG\s+VỤ|LIÊN\s+MINH|HỢP\s+TÁC\s+XÃ"
    # ("KHOA HỌC …", "TỔ CHỨC …", "XÃ HỘI …" under a line run on its name: no unit's kind)
    r"|HTX|NHÀ\s+XUẤT\s+BẢN|CHI\s+NHÁNH|XÍ\s+NGHIỆP|KHOA(?!\s+HỌC)|PHÂN\s+VIỆN|THƯ\s+VIỆN"
    r"|BẢO\s+TÀNG|CẢNG|HẢI\s+QUAN|ĐỘI|ĐỒN|TỔ(?!\s+CHỨC)|NHÓM|HĐND|VKSND|TAND|THỊ\s+ỦY"
    r"|THÀNH\s+ĐOÀN|TỈNH\s+ĐOÀN|TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|XÃ(?!\s+HỘI)|PHƯỜNG|ĐẶC\s+KHU"
    r"|MINISTRY|DEPARTMENT|EMBASSY|OFFICE|INSTITUTE|ASSOCIATION|CENTRE|CENTER|UNIVERSITY"
    r"|AGENCY|COMMITTEE|COUNCIL|BANK|CHAMBER|FEDERATION|UNION|GENERAL|PEOPLE|STATE|NATIONAL)\b"
)

__all__ = ["BODY_KIND", "FORMER", "OUTLET_TABLE", "OWNERS", "Entry"]
