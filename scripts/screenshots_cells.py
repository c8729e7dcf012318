"""Turns `tmux capture-pane -e -p` output into a grid of styled terminal cells.

tmux writes one line per row and carries the SGR state from one row to the next, so the
parser reads the whole capture as one stream. A wide character is written once and stands
for two cells; tmux omits the padding cell, so the width must be worked out here, the same
way the terminal did it (East Asian Width W/F is two columns, combining marks are none).
"""

import re
import unicodedata
from dataclasses import dataclass, replace

SGR = re.compile(r"\x1b\[([0-9;:]*)m")
OTHER_ESCAPE = re.compile(r"\x1b(\[[0-9;?]*[A-Za-z]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][A-Za-z0-9])")


@dataclass(frozen=True)
class Style:
    """How one cell is drawn; colours are None (the terminal default), an int 0-255, or an RGB tuple."""

    foreground: object = None
    background: object = None
    bold: bool = False
    dim: bool = False
    italic: bool = False
    underline: bool = False
    reverse: bool = False
    strike: bool = False


DEFAULT_STYLE = Style()


@dataclass
class Cell:
    """One terminal cell: its text (empty for the right half of a wide character) and style."""

    text: str
    style: Style
    width: int = 1


def character_width(character):
    """Columns a character takes: 0 for combining marks and joiners, 2 for wide, else 1."""
    if unicodedata.combining(character) or unicodedata.category(character) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(character) in ("W", "F"):
        return 2
    return 1


def apply_sgr(style, parameters):
    """The style after one SGR sequence's parameters (`38;5;N`, `38;2;R;G;B` and `38:5:N` included)."""
    codes = [int(p) if p.isdigit() else 0 for p in re.split(r"[;:]", parameters)] if parameters else [0]
    index = 0
    while index < len(codes):
        code = codes[index]
        if code == 0:
            style = DEFAULT_STYLE
        elif code == 1:
            style = replace(style, bold=True)
        elif code == 2:
            style = replace(style, dim=True)
        elif code == 3:
            style = replace(style, italic=True)
        elif code in (4, 21):
            style = replace(style, underline=True)
        elif code == 7:
            style = replace(style, reverse=True)
        elif code == 9:
            style = replace(style, strike=True)
        elif code == 22:
            style = replace(style, bold=False, dim=False)
        elif code == 23:
            style = replace(style, italic=False)
        elif code == 24:
            style = replace(style, underline=False)
        elif code == 27:
            style = replace(style, reverse=False)
        elif code == 29:
            style = replace(style, strike=False)
        elif 30 <= code <= 37:
            style = replace(style, foreground=code - 30)
        elif code == 39:
            style = replace(style, foreground=None)
        elif 40 <= code <= 47:
            style = replace(style, background=code - 40)
        elif code == 49:
            style = replace(style, background=None)
        elif 90 <= code <= 97:
            style = replace(style, foreground=code - 90 + 8)
        elif 100 <= code <= 107:
            style = replace(style, background=code - 100 + 8)
        elif code in (38, 48) and index + 1 < len(codes):
            colour, used = extended_colour(codes, index + 1)
            if code == 38:
                style = replace(style, foreground=colour)
            else:
                style = replace(style, background=colour)
            index += used
        index += 1
    return style


def extended_colour(codes, start):
    """Reads `5;N` or `2;R;G;B` at `start`; returns the colour and how many codes it used."""
    if codes[start] == 5 and start + 1 < len(codes):
        return codes[start + 1], 2
    if codes[start] == 2 and start + 3 < len(codes):
        return (codes[start + 1], codes[start + 2], codes[start + 3]), 4
    return None, 1


def parse_capture(text, columns, rows):
    """The capture as `rows` lists of `columns` cells; short rows are padded with default cells."""
    grid = [[Cell(" ", DEFAULT_STYLE) for _ in range(columns)] for _ in range(rows)]
    style = DEFAULT_STYLE
    row, column = 0, 0
    position = 0
    while position < len(text) and row < rows:
        character = text[position]
        if character == "\x1b":
            match = SGR.match(text, position)
            if match:
                style = apply_sgr(style, match.group(1))
                position = match.end()
                continue
            other = OTHER_ESCAPE.match(text, position)
            position = other.end() if other else position + 1
            continue
        position += 1
        if character == "\n":
            row, column = row + 1, 0
            continue
        if character == "\r" or ord(character) < 0x20:
            continue
        width = character_width(character)
        if width == 0:
            if column > 0:
                previous = grid[row][column - 1]
                target = previous if previous.text else grid[row][column - 2]
                target.text += character
            continue
        if column + width > columns:
            continue
        grid[row][column] = Cell(character, style, width)
        if width == 2:
            grid[row][column + 1] = Cell("", style, 0)
        column += width
    return grid
