"""The last single-line pass of cleaning: what one line is once the readers have had it.

These shapes are judged after the head, byline and date readers took their metadata from
the lines (a mail's notice, a paywall or a page's own controls, a foot credit, a signing
formula, a handout's presenter row, a disclaimer, an attachment pointer, a live feed's
closing notice), so a line that also names a writer or a day has served before it goes.
One reason per line, the first that holds, in this order.
"""

from __future__ import annotations

from briefer.ingest.disclaimers import publisher_disclaimer
from briefer.ingest.feedclosed import feed_closed
from briefer.ingest.footcredits import foot_credit
from briefer.ingest.mailfoot import mailing_notice
from briefer.ingest.mailheaders import attachment_pointer
from briefer.ingest.pagechrome import chrome_line
from briefer.ingest.readerlines import reader_line
from briefer.ingest.signedat import signing_line
from briefer.ingest.strayrows import late_row


def late_reason(text: str) -> str:
    """Why ``text`` is no article text, judged on its own after the readers; "" if it is."""
    if mailing_notice(text):  # ("Email này được gửi tự động …", "To unsubscribe, …")
        return "mailing notice"
    reason = reader_line(text) or chrome_line(text)  # (a paywall; the page's own controls)
    reason = reason or foot_credit(text)  # ("Top image via X.", "Written by X.")
    if not reason and signing_line(text):
        return "signing formula"
    reason = reason or late_row(text)  # (a handout's presenter)
    if not reason and publisher_disclaimer(text):
        return "disclaimer"
    if not reason and attachment_pointer(text):
        return "attachment"
    if not reason and feed_closed(text):  # ("Live coverage has ended." under the last entry)
        return "feed notice"
    return reason


__all__ = ["late_reason"]
