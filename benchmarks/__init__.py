"""Benchmarks: each script prints its figures (see README "Performance").

They run under a scratch BRIEFER_HOME unless one is given, so the automatic backups and logs
of the synthetic stores never land in the user's own Briefer folder.
"""

import os
import tempfile

os.environ.setdefault("BRIEFER_HOME", tempfile.mkdtemp(prefix="briefer-bench-home-"))
