"""A <title> that is only the site's name its masthead shows ("Presidential Communications
Office" in the header block) is no headline: the page's <h2> is (r67)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse

_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Presidential Communications Office</title></head><body>
<div class="top-banner"><span>Republic of the Philippines</span>
<span>Presidential Communications Office</span></div>
<div class="nav"><a>Home</a> <a>News</a> <a>Releases</a> <a>Contact</a></div>
<div class="main">
<h2>Philippines and Viet Nam agree to expand rice trade</h2>
<div class="stamp">Posted on 4 March 2025 by PCO Manila</div>
<p>The Philippines and Viet Nam agreed on Tuesday to expand their rice trade, the office said.</p>
<p>Viet Nam supplied 3.1 million tonnes of rice to the Philippines in 2024.</p>
</div>
<div class="footer">Content managed by the Presidential Communications Office</div>
</body></html>
"""

# The same page whose headline is a line of the article's own head: its <title> is the
# headline, not the site's name (an article's header is no masthead).
_ARTICLE_HEAD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Viet Nam rice exports rise</title></head><body>
<div class="article-header"><div>Viet Nam rice exports rise</div></div>
<div class="main">
<h3>Shipments to Asia lead the gains this year</h3>
<p>Viet Nam's rice exports rose 10% in the first quarter of 2025, the customs office said.</p>
<p>Shipments to the Philippines made up nearly half of the total.</p>
</div></body></html>
"""


def _title(tmp_path: Path, html: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return analyse(path).metadata.title


def test_title_the_masthead_shows_gives_way_to_the_heading(tmp_path: Path) -> None:
    assert _title(tmp_path, _PAGE) == "Philippines and Viet Nam agree to expand rice trade"


def test_title_an_article_head_shows_stays(tmp_path: Path) -> None:
    assert _title(tmp_path, _ARTICLE_HEAD) == "Viet Nam rice exports rise"
