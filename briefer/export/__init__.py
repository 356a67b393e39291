"""Writers of a brief's files: DOCX (``docx``) and PDF (``pdf``).

Importing the package first makes ReportLab's costly case-insensitive patterns compile when
used rather than at import (``lazy_patterns``), whichever export module imports ReportLab first.
"""

from briefer.export import lazy_patterns

lazy_patterns.install()
