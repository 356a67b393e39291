"""Source files → cleaned text, metadata and candidate facts (no Qt, no SQL: store.intake writes).

- :mod:`~briefer.ingest.readers`: files (.txt, .html, .docx, .pdf) → :class:`RawDocument`
- :mod:`~briefer.ingest.decode`: bytes → text (BOM, UTF-8, Windows-1258/1252, fallback)
- :mod:`~briefer.ingest.webpage`: a saved web page → title, canonical URL, site, author, date, text
- :mod:`~briefer.ingest.pagetitle`: a page's headline and site name from its <title>
- :mod:`~briefer.ingest.pdflayout`: a PDF's laid-out pages → lines in reading order (columns,
  repeated headers and footers, paragraphs across page breaks)
- :mod:`~briefer.ingest.furniture`: page furniture recognised by its shape, line by line
- :mod:`~briefer.ingest.printmarks`: a printed page's header, footer and page numbers
- :mod:`~briefer.ingest.clean`: article text → body, removed noise, metadata
- :mod:`~briefer.ingest.head`: masthead, letterhead and title; the lead's outlet and its tag
- :mod:`~briefer.ingest.tail`: the end: bylines, source lines, headlines, a note's signature
- :mod:`~briefer.ingest.captions`: photo captions among the lines
- :mod:`~briefer.ingest.metadata`: outlet, byline, URL, publication date, language
- :mod:`~briefer.ingest.provinces`: the provinces, for a provincial paper's address
- :mod:`~briefer.ingest.outlet_table`: the outlets and publishers (national, sector, foreign,
  every province's paper, the former titles of 2025), a data table
- :mod:`~briefer.ingest.countries`: country names → ISO codes (every ISO 3166-1 entry, from
  :mod:`~briefer.ingest.country_table`, generated out of pycountry)
- :mod:`~briefer.ingest.sentences`: sentence offsets
- :mod:`~briefer.ingest.keywords`: topic, metric and event cue words
- :mod:`~briefer.ingest.candidates`: body → candidate facts with exact quotes
- :mod:`~briefer.ingest.matching`: corroboration and conflicts with facts already stored
- :mod:`~briefer.ingest.drafts`: candidate → draft fact (for an import and for a selection)
- :mod:`~briefer.ingest.analysis`: one file read, cleaned and mined (nothing written)
- :mod:`~briefer.ingest.reports`: what an import reports per file

Import the submodules directly (``from briefer.services.intake import import_files``): this
package's ``__init__`` stays empty of imports so that building the CLI parser stays cheap.
"""
