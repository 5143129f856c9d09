"""Text an ATS reads but a person cannot see: classify runs so it is reported apart, never mixed in."""

from __future__ import annotations

from assistant.documents.models import HiddenReason
from assistant.documents.pdf_content import Color, TextRun

MIN_VISIBLE_PT = 3.0  # smaller than this is unreadable on paper
COLOR_TOLERANCE = 0.08  # per channel: "white on white" and near-misses like #F8F8F8 on #FFFFFF
INVISIBLE_RENDER_MODES = (3, 7)  # 3: neither fill nor stroke; 7: clip only
Box = tuple[float, float, float, float]


def hidden_reason(run: TextRun, page_box: Box) -> HiddenReason | None:
    """Why ``run`` is invisible on a page whose visible area is ``page_box`` (x0, y0, x1, y1), if it is."""
    mode = run.render_mode
    if mode in INVISIBLE_RENDER_MODES:
        return "invisible_render_mode"
    x0, y0, x1, y1 = page_box
    y = run.y
    size = run.size
    if run.x1 <= x0 or run.x0 >= x1 or y >= y1 or y + size * 0.7 <= y0:
        return "off_page"
    if size < MIN_VISIBLE_PT:
        return "tiny_font"
    fill = run.fill
    background = run.background
    if fill is not None and background is not None and mode in (0, 2, 4, 6) and _same_color(fill, background):
        return "white_text"
    return None


def _same_color(fill: Color, background: Color) -> bool:
    """Channel by channel, without a generator: this runs once per run on every page."""
    tolerance = COLOR_TOLERANCE
    return (
        abs(fill[0] - background[0]) <= tolerance
        and abs(fill[1] - background[1]) <= tolerance
        and abs(fill[2] - background[2]) <= tolerance
    )
