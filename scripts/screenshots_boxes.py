"""Draws box-drawing characters (U+2500-U+257F) and block elements (U+2580-U+259F) as shapes.

A font's glyphs for these rarely fill the cell exactly, which leaves gaps between rows and
columns; drawn as rectangles that reach the cell's edges, neighbouring cells always join.
"""

# Each box character's four arms, up, right, down, left: 0 none, 1 light, 2 heavy, 3 double.
# Dashed lines are drawn solid with gaps; rounded corners are drawn as arcs.
ARMS = {}
_TABLE = (
    # U+2500-U+254B, in code point order.
    "0101 0202 1010 2020 0101 0202 1010 2020 0101 0202 1010 2020 "
    "0110 0210 0120 0220 0011 0012 0021 0022 1100 1200 2100 2200 1001 1002 2001 2002 "
    "1110 1210 2110 1120 2120 2210 1220 2220 1011 1012 2011 1021 2021 2012 1022 2022 "
    "0111 0112 0211 0212 0121 0122 0221 0222 1101 1102 1201 1202 2101 2102 2201 2202 "
    "1111 1112 1211 1212 2111 1121 2121 2112 2211 1122 1221 2122 2221 1222 2212 2222 "
    "0101 0202 1010 2020 "
    # U+2550-U+256C: double lines.
    "0303 3030 0310 0130 0330 0013 0031 0033 1300 3100 3300 1003 3001 3003 "
    "1310 3130 3330 1013 3031 3033 0313 0131 0333 1303 3101 3303 1313 3131 3333"
)
for _offset, _arms in enumerate(_TABLE.split()):
    ARMS[chr(0x2500 + _offset)] = tuple(int(a) for a in _arms)
for _character, _arms in {
    "\u2574": "0001", "\u2575": "1000", "\u2576": "0100", "\u2577": "0010",
    "\u2578": "0002", "\u2579": "2000", "\u257a": "0200", "\u257b": "0020",
    "\u257c": "0201", "\u257d": "1020", "\u257e": "0102", "\u257f": "2010",
}.items():
    ARMS[_character] = tuple(int(a) for a in _arms)

DASHES = {"\u2504": 3, "\u2505": 3, "\u2506": 3, "\u2507": 3, "\u2508": 4, "\u2509": 4,
          "\u250a": 4, "\u250b": 4, "\u254c": 2, "\u254d": 2, "\u254e": 2, "\u254f": 2}
ARCS = {"\u256d": (0, 1, 1, 0), "\u256e": (0, 0, 1, 1), "\u256f": (1, 0, 0, 1), "\u2570": (1, 1, 0, 0)}


def is_drawn(character):
    """Whether this character is drawn as shapes rather than taken from a font."""
    return "\u2500" <= character <= "\u259f"


def draw(draw_context, character, left, top, width, height, foreground, background):
    """Draws `character` into the cell at (`left`, `top`) of `width`×`height` pixels."""
    if character >= "\u2580":
        draw_block(draw_context, character, left, top, width, height, foreground, background)
    elif character in ARCS:
        draw_arc(draw_context, ARCS[character], left, top, width, height, foreground)
    elif character in ("\u2571", "\u2572", "\u2573"):
        light = line_thickness(width)
        if character != "\u2572":
            draw_context.line([(left + width, top), (left, top + height)], fill=foreground, width=light)
        if character != "\u2571":
            draw_context.line([(left, top), (left + width, top + height)], fill=foreground, width=light)
    elif character in ARMS:
        draw_lines(draw_context, ARMS[character], left, top, width, height, foreground, background)
        if character in DASHES:
            cut_dashes(draw_context, character, left, top, width, height, background)


def line_thickness(width):
    """The light line's thickness; heavy is three times it, double is two light lines."""
    return max(1, round(width / 10))


def draw_lines(draw_context, arms, left, top, width, height, foreground, background):
    """Straight arms from the cell's centre to its edges, with double lines cut from a wide band."""
    light = line_thickness(width)
    centre_x, centre_y = left + (width - light) // 2, top + (height - light) // 2
    gap = light + max(1, light)  # distance between the two strokes of a double line

    def arm_rectangle(direction, half):
        if direction == 0:
            return (centre_x - half, top, centre_x + light - 1 + half, centre_y + light - 1 + half)
        if direction == 1:
            return (centre_x - half, centre_y - half, left + width - 1, centre_y + light - 1 + half)
        if direction == 2:
            return (centre_x - half, centre_y - half, centre_x + light - 1 + half, top + height - 1)
        return (left, centre_y - half, centre_x + light - 1 + half, centre_y + light - 1 + half)

    doubles = [d for d in range(4) if arms[d] == 3]
    for direction in doubles:
        draw_context.rectangle(arm_rectangle(direction, gap), fill=foreground)
    for direction in doubles:
        draw_context.rectangle(arm_rectangle(direction, gap - light), fill=background)
    heavy_present = any(a == 2 for a in arms)
    for direction in range(4):
        if arms[direction] in (1, 2):
            half = light if arms[direction] == 2 else 0
            rectangle = list(arm_rectangle(direction, half))
            # A light arm meeting a heavy one reaches the far side of the heavy stroke.
            if heavy_present and arms[direction] == 1:
                if direction == 0:
                    rectangle[3] += light
                elif direction == 1:
                    rectangle[0] -= light
                elif direction == 2:
                    rectangle[1] -= light
                else:
                    rectangle[2] += light
            draw_context.rectangle(rectangle, fill=foreground)


def cut_dashes(draw_context, character, left, top, width, height, background):
    """Cuts the gaps of a dashed line into the solid line just drawn."""
    count = DASHES[character]
    horizontal = character in ("\u2504", "\u2505", "\u2508", "\u2509", "\u254c", "\u254d")
    length = width if horizontal else height
    segment = length / count
    gap = max(1, round(segment / 3))
    for index in range(count):
        start = round(index * segment + segment - gap)
        if horizontal:
            draw_context.rectangle((left + start, top, left + start + gap - 1, top + height - 1), fill=background)
        else:
            draw_context.rectangle((left, top + start, left + width - 1, top + start + gap - 1), fill=background)


def draw_arc(draw_context, arms, left, top, width, height, foreground):
    """A rounded corner: a quarter circle joined to straight lines reaching the two edges."""
    light = line_thickness(width)
    centre_x, centre_y = left + (width - light) // 2, top + (height - light) // 2
    radius = min(centre_x - left, centre_y - top)
    up, right, down, left_arm = arms
    # The circle's centre sits diagonally off the cell's centre, towards the two arms.
    circle_x = centre_x + (radius if right else -radius)
    circle_y = centre_y + (radius if down else -radius)
    box = (circle_x - radius, circle_y - radius, circle_x + radius + light - 1, circle_y + radius + light - 1)
    start = {(1, 1): 180, (0, 1): 270, (0, 0): 0, (1, 0): 90}[(right, down)]
    draw_context.arc(box, start, start + 90, fill=foreground, width=light)
    if down:
        draw_context.rectangle((centre_x, circle_y, centre_x + light - 1, top + height - 1), fill=foreground)
    else:
        draw_context.rectangle((centre_x, top, centre_x + light - 1, max(top, circle_y)), fill=foreground)
    if right:
        draw_context.rectangle((circle_x, centre_y, left + width - 1, centre_y + light - 1), fill=foreground)
    else:
        draw_context.rectangle((left, centre_y, max(left, circle_x), centre_y + light - 1), fill=foreground)


def blend(foreground, background, amount):
    """`amount` of the foreground over the background, for the shade characters."""
    return tuple(round(f * amount + b * (1 - amount)) for f, b in zip(foreground, background))


def draw_block(draw_context, character, left, top, width, height, foreground, background):
    """Block elements: eighths from the bottom or the left, halves, quadrants and shades."""
    code = ord(character)
    right, bottom = left + width, top + height

    def fill(x0, y0, x1, y1, colour=foreground):
        if x1 > x0 and y1 > y0:
            draw_context.rectangle((round(x0), round(y0), round(x1) - 1, round(y1) - 1), fill=colour)

    if code == 0x2580:
        fill(left, top, right, top + height / 2)
    elif 0x2581 <= code <= 0x2588:
        fill(left, bottom - height * (code - 0x2580) / 8, right, bottom)
    elif 0x2589 <= code <= 0x258F:
        fill(left, top, left + width * (0x2590 - code) / 8, bottom)
    elif code == 0x2590:
        fill(left + width / 2, top, right, bottom)
    elif 0x2591 <= code <= 0x2593:
        fill(left, top, right, bottom, blend(foreground, background, (code - 0x2590) / 4))
    elif code == 0x2594:
        fill(left, top, right, top + height / 8)
    elif code == 0x2595:
        fill(right - width / 8, top, right, bottom)
    else:
        # Quadrants, as which of upper-left, upper-right, lower-left, lower-right are filled.
        quadrants = {0x2596: "0010", 0x2597: "0001", 0x2598: "1000", 0x2599: "1011", 0x259A: "1001",
                     0x259B: "1110", 0x259C: "1101", 0x259D: "0100", 0x259E: "0110", 0x259F: "0111"}[code]
        middle_x, middle_y = left + width / 2, top + height / 2
        corners = [(left, top, middle_x, middle_y), (middle_x, top, right, middle_y),
                   (left, middle_y, middle_x, bottom), (middle_x, middle_y, right, bottom)]
        for filled, corner in zip(quadrants, corners):
            if filled == "1":
                fill(*corner)
