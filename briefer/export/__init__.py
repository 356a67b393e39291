"""Writers of a brief's files: DOCX (``docx``) and PDF (``pdf``).

Importing the package first makes ReportLab's costly case-insensitive patterns compile when
used rather than at import (``lazy_patterns``), whichever export module imports ReportLab first.
It also defers Pillow's ``PIL.Image``: ReportLab imports it when it loads (``lib.utils``), for
bitmap images, which no brief draws; loading it (with its EXIF tables) is ~15-20 ms of every
export's start-up. It still loads, whole, on the first use of any of its names.
"""

from briefer.export import lazy_patterns
from briefer.lazy import defer_import

lazy_patterns.install()
defer_import("PIL.Image")
