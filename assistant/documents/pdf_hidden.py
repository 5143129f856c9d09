"""Text an ATS reads but a person cannot see: classify runs so it is reported apart, never mixed in."""

from __future__ import annotations

from assistant.documents.models import HiddenReason
from assistant.documents.pdf_content import TextRun

MIN_VISIBLE_PT = 3.0  # smaller than this is unreadable on paper
COLOR_TOLERANCE = 0.08  # per channel: "white on white" and near-misses like #F8F8F8 on #FFFFFF
INVISIBLE_RENDER_MODES = (3, 7)  # 3: neither fill nor stroke; 7: clip only
Box = tuple[float, float, float, float]


def hidden_reason(run: TextRun, page_box: Box) -> HiddenReason | None:
    """Why ``run`` is invisible on a page whose visible area is ``page_box`` (x0, y0, x1, y1), if it is."""
    if run.render_mode in INVISIBLE_RENDER_MODES:
        return "invisible_render_mode"
    if _off_page(run, page_box):
        return "off_page"
    if run.size < MIN_VISIBLE_PT:
        return "tiny_font"
    if run.fill is not None and run.background is not None and run.render_mode in (0, 2, 4, 6):
        if all(abs(a - b) <= COLOR_TOLERANCE for a, b in zip(run.fill, run.background, strict=True)):
            return "white_text"
    return None


def _off_page(run: TextRun, box: Box) -> bool:
    x0, y0, x1, y1 = box
    return run.x1 <= x0 or run.x0 >= x1 or run.y >= y1 or run.y + run.size * 0.7 <= y0
