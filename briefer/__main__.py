"""`python -m briefer` is the same as the `briefer` command."""

from briefer.cli import main

raise SystemExit(main())
