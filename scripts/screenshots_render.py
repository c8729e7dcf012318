"""Paints a grid of terminal cells (see screenshots_cells) into a PNG.

Every cell is the same fixed width and line height, so rows and columns touch as they do in a
terminal. Text comes from DejaVu Sans Mono; a character DejaVu lacks is looked up with
fontconfig (`fc-list :charset=…`), and is left to DejaVu's missing-glyph box if no installed
font has it. Box-drawing and block characters are drawn as shapes (screenshots_boxes).
"""

import functools
import subprocess

from PIL import Image, ImageDraw, ImageFont

import screenshots_boxes

FONT_DIRECTORY = "/usr/share/fonts/truetype/dejavu/"
REGULAR_FONT = FONT_DIRECTORY + "DejaVuSansMono.ttf"
BOLD_FONT = FONT_DIRECTORY + "DejaVuSansMono-Bold.ttf"
FONT_SIZE = 16
PADDING = 8

# A dark terminal: the Tango palette (GNOME Terminal's) on a near-black background.
DEFAULT_FOREGROUND = (0xD3, 0xD7, 0xCF)
DEFAULT_BACKGROUND = (0x1C, 0x1C, 0x1C)
BASIC_COLOURS = [
    (0x2E, 0x34, 0x36), (0xCC, 0x00, 0x00), (0x4E, 0x9A, 0x06), (0xC4, 0xA0, 0x00),
    (0x34, 0x65, 0xA4), (0x75, 0x50, 0x7B), (0x06, 0x98, 0x9A), (0xD3, 0xD7, 0xCF),
    (0x55, 0x57, 0x53), (0xEF, 0x29, 0x29), (0x8A, 0xE2, 0x34), (0xFC, 0xE9, 0x4F),
    (0x72, 0x9F, 0xCF), (0xAD, 0x7F, 0xA8), (0x34, 0xE2, 0xE2), (0xEE, 0xEE, 0xEC),
]


def palette_colour(index):
    """The RGB of a 256-colour index: 16 basic colours, a 6×6×6 cube, then 24 greys."""
    if index < 16:
        return BASIC_COLOURS[index]
    if index < 232:
        index -= 16
        levels = [0, 95, 135, 175, 215, 255]
        return levels[index // 36], levels[(index // 6) % 6], levels[index % 6]
    grey = 8 + 10 * (index - 232)
    return grey, grey, grey


def resolve(colour, default):
    """An RGB tuple for a cell colour: the default, a palette index or already RGB."""
    if colour is None:
        return default
    if isinstance(colour, tuple):
        return colour
    return palette_colour(colour)


def cell_colours(style):
    """Foreground and background after reverse and dim, as RGB."""
    foreground = resolve(style.foreground, DEFAULT_FOREGROUND)
    background = resolve(style.background, DEFAULT_BACKGROUND)
    if style.reverse:
        foreground, background = background, foreground
    if style.dim:
        foreground = screenshots_boxes.blend(foreground, background, 0.6)
    return foreground, background


@functools.lru_cache(maxsize=None)
def font(path, size=FONT_SIZE):
    """A loaded font, once per file."""
    return ImageFont.truetype(path, size)


@functools.lru_cache(maxsize=None)
def fonts_having(character):
    """Font files that fontconfig says contain `character`, DejaVu Sans Mono first if it does."""
    try:
        listing = subprocess.run(
            ["fc-list", f":charset={ord(character):x}", "file"],
            capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:
        return ()
    files = [line.strip().rstrip(":") for line in listing.splitlines() if line.strip()]
    files = [f for f in files if f.endswith((".ttf", ".otf", ".ttc"))]
    files.sort(key=lambda f: (f != REGULAR_FONT, "Mono" not in f, "DejaVu" not in f, f))
    return tuple(files)


def glyph_font(character, bold):
    """The font to draw `character` with: DejaVu if it has it, else a font that does, else DejaVu."""
    preferred = BOLD_FONT if bold else REGULAR_FONT
    # Latin, Greek and Cyrillic are DejaVu's own; asking fontconfig for them only costs time.
    if ord(character) < 0x0530 or 0x1E00 <= ord(character) < 0x2000:
        return font(preferred)
    candidates = fonts_having(character)
    if not candidates or candidates[0] == REGULAR_FONT:
        return font(preferred)
    return font(candidates[0])


def cell_size():
    """The fixed cell: DejaVu's advance width by its ascent plus descent."""
    regular = font(REGULAR_FONT)
    ascent, descent = regular.getmetrics()
    return round(regular.getlength("M")), ascent + descent, ascent


def render(grid, path):
    """Writes the grid of cells as a PNG at `path`."""
    width, height, ascent = cell_size()
    columns, rows = len(grid[0]), len(grid)
    image = Image.new("RGB", (columns * width + 2 * PADDING, rows * height + 2 * PADDING), DEFAULT_BACKGROUND)
    context = ImageDraw.Draw(image)
    for row_index, row in enumerate(grid):
        top = PADDING + row_index * height
        for column_index, cell in enumerate(row):
            if cell.width == 0 and not cell.text:
                continue
            left = PADDING + column_index * width
            cell_width = width * max(1, cell.width)
            foreground, background = cell_colours(cell.style)
            context.rectangle((left, top, left + cell_width - 1, top + height - 1), fill=background)
            text = cell.text
            if text and screenshots_boxes.is_drawn(text[0]):
                screenshots_boxes.draw(context, text[0], left, top, width, height, foreground, background)
            elif text.strip():
                draw_text(context, text, cell.style.bold, left, top, cell_width, ascent, foreground)
            if cell.style.underline:
                context.rectangle((left, top + ascent + 2, left + cell_width - 1, top + ascent + 2), fill=foreground)
            if cell.style.strike:
                middle = top + height // 2
                context.rectangle((left, middle, left + cell_width - 1, middle), fill=foreground)
    image.save(path, optimize=True)


def draw_text(context, text, bold, left, top, cell_width, ascent, foreground):
    """One cell's text on the common baseline, centred when its font's advance differs."""
    chosen = glyph_font(text[0], bold)
    advance = chosen.getlength(text)
    offset = (cell_width - advance) / 2 if abs(advance - cell_width) > 0.5 else 0
    context.text((left + offset, top + ascent), text, font=chosen, fill=foreground, anchor="ls")
