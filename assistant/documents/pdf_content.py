"""Interpret a page's content stream into positioned text runs with the state that decides visibility."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject

from assistant.documents import limits
from assistant.documents.pdf_fonts import FontCache, FontInfo
from assistant.documents.pdf_tokens import Operation, TokenBudgetExceeded, parse_operations

Matrix = tuple[float, float, float, float, float, float]
Color = tuple[float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
BLACK: Color = (0.0, 0.0, 0.0)
WHITE: Color = (1.0, 1.0, 1.0)
_TJ_BREAK_EM = 0.15  # a TJ offset wider than this starts a new run (a word gap or more)


@dataclass(slots=True)
class TextRun:
    """Text drawn in one go at one position, in device space (points, origin bottom-left)."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    font: str
    bold: bool
    fill: Color | None  # None: a colour space we do not interpret (treated as visible)
    background: Color | None  # what lies under the run; None: an image or unknown
    render_mode: int


@dataclass(slots=True)
class PageContent:
    """Everything read from one page."""

    runs: list[TextRun] = field(default_factory=list)
    image_count: int = 0
    fonts: set[str] = field(default_factory=set)
    truncated: bool = False


@dataclass(slots=True)
class _State:
    ctm: Matrix = IDENTITY
    fill: Color | None = BLACK
    fill_space: str = "/DeviceGray"
    render_mode: int = 0
    font: FontInfo | None = None
    font_size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    h_scale: float = 1.0
    leading: float = 0.0
    rise: float = 0.0

    def copy(self) -> _State:
        return _State(
            self.ctm,
            self.fill,
            self.fill_space,
            self.render_mode,
            self.font,
            self.font_size,
            self.char_spacing,
            self.word_spacing,
            self.h_scale,
            self.leading,
            self.rise,
        )


class BudgetExceeded(Exception):
    """The page hit the operation or time limit; what was read so far is kept."""


def mult(m: Matrix, n: Matrix) -> Matrix:
    """Matrix product m x n in PDF's row-vector convention."""
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def translate(tx: float, ty: float, n: Matrix) -> Matrix:
    """mult((1, 0, 0, 1, tx, ty), n), the text operators' hot path, with the same float operations.

    The zero products stay: they decide the sign of a zero and turn an infinity into NaN exactly as
    the full product does, so results are bit-identical.
    """
    a, b, c, d, e, f = n
    return (a + 0.0 * c, b + 0.0 * d, 0.0 * a + c, 0.0 * b + d, tx * a + ty * c + e, tx * b + ty * d + f)


def _color(values: list[Any], space: str) -> Color | None:
    nums = [float(v) for v in values if isinstance(v, (int, float))]
    if len(nums) != len(values):
        return None  # a pattern name or junk
    if len(nums) == 1 and space in ("/DeviceGray", "/CalGray", "/G", "gray"):
        return (nums[0], nums[0], nums[0])
    if len(nums) == 3 and space in ("/DeviceRGB", "/CalRGB", "/RGB", "rgb", "/ICC3"):
        return (nums[0], nums[1], nums[2])
    if len(nums) == 4 and space in ("/DeviceCMYK", "/CMYK", "cmyk", "/ICC4"):
        c, m, y, k = nums
        return (1 - min(1.0, c + k), 1 - min(1.0, m + k), 1 - min(1.0, y + k))
    if len(nums) == 1 and space == "/ICC1":
        return (nums[0], nums[0], nums[0])
    return None


class PageInterpreter:
    """Runs one page (and its form XObjects) and collects text runs, images and filled areas."""

    def __init__(self, fonts: FontCache, deadline: float) -> None:
        self._fonts = fonts
        self._deadline = deadline
        self._ops = 0
        self.content = PageContent()
        self._fills: list[tuple[float, float, float, float, Color | None]] = []
        self._path: list[float] = []  # bbox of the current path: x0, y0, x1, y1
        self._forms_seen = 0

    def run(self, data: bytes, resources: DictionaryObject | None) -> PageContent:
        """Interpret content-stream ``data`` with ``resources``; never raises on bad operators."""
        try:
            self._execute(self._operations(data), resources or DictionaryObject(), _State(), depth=0)
        except BudgetExceeded:
            self.content.truncated = True
        return self.content

    def _operations(self, data: bytes) -> list[Operation]:
        if len(data) > limits.MAX_CONTENT_STREAM_BYTES:
            self.content.truncated = True
            data = data[: limits.MAX_CONTENT_STREAM_BYTES]
        try:
            return parse_operations(data, max_tokens=limits.MAX_TOKENS_PER_STREAM, deadline=self._deadline)
        except TokenBudgetExceeded as exc:
            self.content.truncated = True
            return list(exc.args[0])

    def _execute(
        self, operations: list[Operation], resources: DictionaryObject, state: _State, depth: int
    ) -> None:
        stack: list[_State] = []
        tm: Matrix = IDENTITY
        tlm: Matrix = IDENTITY
        font_res = _dict(resources.get("/Font"))
        spaces = _dict(resources.get("/ColorSpace"))
        for operands, operator in operations:
            self._ops += 1
            if self._ops & 1023 == 0:
                if self._ops > limits.MAX_OPERATIONS_PER_PAGE or time.monotonic() > self._deadline:
                    raise BudgetExceeded
            try:
                if operator == b"Tj" and operands and isinstance(operands[0], bytes):
                    tm = self._show_string(operands[0], tm, state)  # the common case, first
                elif operator == b"Td":
                    tlm = translate(float(operands[0]), float(operands[1]), tlm)
                    tm = tlm
                elif operator in (b"Tj", b"TJ", b"'", b'"'):
                    if operator == b"'":
                        tlm = translate(0.0, -state.leading, tlm)
                        tm = tlm
                    elif operator == b'"':
                        state.word_spacing = float(operands[0])
                        state.char_spacing = float(operands[1])
                        tlm = translate(0.0, -state.leading, tlm)
                        tm = tlm
                        operands = operands[2:]
                    items = operands[0] if operator == b"TJ" else operands[:1]
                    tm = self._show(items, tm, state)
                elif operator == b"TD":
                    state.leading = -float(operands[1])
                    tlm = translate(float(operands[0]), float(operands[1]), tlm)
                    tm = tlm
                elif operator == b"Tm":
                    tlm = tm = tuple(float(v) for v in operands[:6])  # type: ignore[assignment]
                elif operator == b"T*":
                    tlm = translate(0.0, -state.leading, tlm)
                    tm = tlm
                elif operator == b"BT":
                    tm = tlm = IDENTITY
                elif operator == b"Tf":
                    state.font = self._fonts.get(font_res.get(operands[0]) if font_res else None)
                    state.font_size = float(operands[1])
                    self.content.fonts.add(state.font.name)
                elif operator == b"Tc":
                    state.char_spacing = float(operands[0])
                elif operator == b"Tw":
                    state.word_spacing = float(operands[0])
                elif operator == b"Tz":
                    state.h_scale = float(operands[0]) / 100.0
                elif operator == b"TL":
                    state.leading = float(operands[0])
                elif operator == b"Ts":
                    state.rise = float(operands[0])
                elif operator == b"Tr":
                    state.render_mode = int(operands[0])
                elif operator == b"q":
                    if len(stack) < 256:
                        stack.append(state.copy())
                elif operator == b"Q":
                    if stack:
                        state = stack.pop()
                elif operator == b"cm":
                    state.ctm = mult(tuple(float(v) for v in operands[:6]), state.ctm)  # type: ignore[arg-type]
                elif operator in (b"g", b"rg", b"k"):
                    state.fill_space = {b"g": "gray", b"rg": "rgb", b"k": "cmyk"}[operator]
                    state.fill = _color(list(operands), state.fill_space)
                elif operator == b"cs":
                    state.fill_space = _space_kind(operands[0], spaces)
                    state.fill = BLACK if state.fill_space != "/Pattern" else None
                elif operator in (b"sc", b"scn"):
                    state.fill = _color(list(operands), state.fill_space)
                elif operator in (b"re", b"m", b"l", b"c", b"v", b"y"):
                    self._add_path(operator, operands, state.ctm)
                elif operator in (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"):
                    self._fill_path(state.fill)
                elif operator in (b"n", b"S", b"s"):
                    self._path = []
                elif operator == b"Do":
                    self._do(operands[0], resources, state, depth)
                elif operator == b"INLINE IMAGE":
                    self.content.image_count += 1
                    self._record_fill(_unit_box(state.ctm), None)
            except BudgetExceeded:
                raise
            except (TypeError, ValueError, IndexError, KeyError, AttributeError, ZeroDivisionError):
                continue  # a malformed operator: skip it, as viewers do

    def _show(self, items: Any, tm: Matrix, state: _State) -> Matrix:
        font = state.font
        if font is None:
            return tm
        decode = font.decode
        size = state.font_size
        th = state.h_scale
        start: Matrix | None = None
        parts: list[str] = []
        for item in items if isinstance(items, list) else [items]:
            if isinstance(item, (int, float)):
                shift = -float(item) / 1000.0 * size * th
                if parts and abs(item) / 1000.0 > _TJ_BREAK_EM:
                    self._emit("".join(parts), start or tm, tm, state)
                    parts, start = [], None
                tm = translate(shift, 0.0, tm)
                continue
            if not isinstance(item, bytes):
                continue  # a name or junk inside a TJ array
            decoded = decode(item)
            if start is None:
                start = tm
            parts.append(decoded.text)
            advance = (
                decoded.width / 1000.0 * size
                + state.char_spacing * decoded.glyphs
                + state.word_spacing * decoded.spaces
            ) * th
            tm = translate(advance, 0.0, tm)
        if parts:
            self._emit("".join(parts), start or tm, tm, state)
        return tm

    def _show_string(self, raw: bytes, tm: Matrix, state: _State) -> Matrix:
        """_show([raw]) for one string, the only operand of most Tj (a glyph each in some files)."""
        font = state.font
        if font is None:
            return tm
        decoded = font.decode(raw)
        advance = (
            decoded.width / 1000.0 * state.font_size
            + state.char_spacing * decoded.glyphs
            + state.word_spacing * decoded.spaces
        ) * state.h_scale
        end_tm = translate(advance, 0.0, tm)
        self._emit(decoded.text, tm, end_tm, state)
        return end_tm

    def _emit(self, text: str, start_tm: Matrix, end_tm: Matrix, state: _State) -> None:
        runs = self.content.runs
        if not text or len(runs) >= limits.MAX_RUNS_PER_PAGE:
            return
        # Only these terms of start_tm x ctm and end_tm x ctm are used; same operations as mult().
        n0, n1, n2, n3, n4, n5 = state.ctm
        _, _, c, d, e, f = start_tm
        m0_2 = c * n0 + d * n2
        m0_3 = c * n1 + d * n3
        m0_4 = e * n0 + f * n2 + n4
        m0_5 = e * n1 + f * n3 + n5
        _, _, c, d, e, f = end_tm
        m1_2 = c * n0 + d * n2
        m1_4 = e * n0 + f * n2 + n4
        rise = state.rise
        x_start = m0_4 + rise * m0_2
        y = m0_5 + rise * m0_3
        x_end = m1_4 + rise * m1_2
        size = abs(state.font_size) * math.hypot(m0_2, m0_3)
        font = state.font
        mode = state.render_mode
        cx, cy = (x_start + x_end) / 2, y + size * 0.3
        runs.append(
            TextRun(
                text,
                x_end if x_end < x_start else x_start,  # min() and max(), without two calls per run
                x_end if x_end > x_start else x_start,
                y,
                size,
                font.name if font else "unknown",
                bool(font and font.bold) or mode == 2,
                state.fill,
                self._background_at(cx, cy),
                mode,
            )
        )

    def _do(self, name: Any, resources: DictionaryObject, state: _State, depth: int) -> None:
        xobjects = _dict(resources.get("/XObject"))
        if xobjects is None or name not in xobjects:
            return
        xobj: Any = xobjects[name].get_object()
        subtype = xobj.get("/Subtype")
        if subtype == "/Image":
            self.content.image_count += 1
            self._record_fill(_unit_box(state.ctm), None)
            return
        if subtype != "/Form" or depth >= limits.MAX_FORM_DEPTH:
            return
        self._forms_seen += 1
        if self._forms_seen > limits.PYPDF_LIMITS["xform_maximum_invocations_per_extraction"]:
            raise BudgetExceeded
        matrix = xobj.get("/Matrix")
        inner = state.copy()
        if isinstance(matrix, (list, ArrayObject)) and len(matrix) == 6:
            inner.ctm = mult(tuple(float(v) for v in matrix), state.ctm)  # type: ignore[arg-type]
        form_resources = _dict(xobj.get("/Resources")) or resources
        self._execute(self._operations(xobj.get_data()), form_resources, inner, depth + 1)

    def _add_path(self, operator: bytes, operands: Any, ctm: Matrix) -> None:
        nums = [float(v) for v in operands]
        points = list(zip(nums[0::2], nums[1::2], strict=False))
        if operator == b"re" and len(nums) == 4:
            x, y, w, h = nums
            points = [(x, y), (x + w, y + h), (x + w, y), (x, y + h)]
        for px, py in points:
            dx = px * ctm[0] + py * ctm[2] + ctm[4]
            dy = px * ctm[1] + py * ctm[3] + ctm[5]
            if not self._path:
                self._path = [dx, dy, dx, dy]
            else:
                p = self._path
                p[0], p[1], p[2], p[3] = min(p[0], dx), min(p[1], dy), max(p[2], dx), max(p[3], dy)

    def _fill_path(self, fill: Color | None) -> None:
        if self._path:
            x0, y0, x1, y1 = self._path
            self._record_fill((x0, y0, x1, y1), fill)
        self._path = []

    def _record_fill(self, box: tuple[float, float, float, float], color: Color | None) -> None:
        if len(self._fills) < 5000 and box[2] - box[0] > 1 and box[3] - box[1] > 1:
            self._fills.append((*box, color))

    def _background_at(self, x: float, y: float) -> Color | None:
        for x0, y0, x1, y1, color in reversed(self._fills):
            if x0 <= x <= x1 and y0 <= y <= y1:
                return color
        return WHITE


def _dict(obj: Any) -> DictionaryObject | None:
    obj = obj.get_object() if obj is not None and hasattr(obj, "get_object") else obj
    return obj if isinstance(obj, DictionaryObject) else None


def _space_kind(name: Any, spaces: DictionaryObject | None) -> str:
    if name in ("/DeviceGray", "/DeviceRGB", "/DeviceCMYK", "/Pattern", "/CalRGB", "/CalGray"):
        return str(name)
    if spaces is None or name not in spaces:
        return "other"
    space: Any = spaces[name].get_object()
    if isinstance(space, ArrayObject) and space and space[0] == "/ICCBased":
        count = space[1].get_object().get("/N", 0)
        return f"/ICC{count}"
    if isinstance(space, ArrayObject) and space and space[0] in ("/CalRGB", "/CalGray"):
        return str(space[0])
    if space in ("/DeviceGray", "/DeviceRGB", "/DeviceCMYK"):
        return str(space)
    return "other"


def _unit_box(ctm: Matrix) -> tuple[float, float, float, float]:
    xs = [ctm[4], ctm[0] + ctm[4], ctm[2] + ctm[4], ctm[0] + ctm[2] + ctm[4]]
    ys = [ctm[5], ctm[1] + ctm[5], ctm[3] + ctm[5], ctm[1] + ctm[3] + ctm[5]]
    return (min(xs), min(ys), max(xs), max(ys))
