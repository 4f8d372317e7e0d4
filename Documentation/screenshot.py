#!/usr/bin/env python3
"""Screenshots of the real lectern in tmux, as PNG files.

Runs the binary in a private tmux server at 120x36, drives it with keys, captures the pane with
its colors (`tmux capture-pane -e -p`), parses the ANSI SGR sequences and draws each cell with
Pillow and DejaVu Sans Mono.  `make screenshots` runs it; the PNGs go to docs/.

    python3 Documentation/screenshot.py --bin .build/release/lectern --out docs
    python3 Documentation/screenshot.py --render capture.ansi out.png   # just the drawing
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

COLS, ROWS = 120, 36
FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"]
DEFAULT_FG = (0xD4, 0xD4, 0xD4)
DEFAULT_BG = (0x1E, 0x1E, 0x1E)
# The 16 ANSI colors (a neutral xterm-like palette).
ANSI16 = [
    (0x00, 0x00, 0x00), (0xCD, 0x31, 0x31), (0x0D, 0xBC, 0x79), (0xE5, 0xE5, 0x10),
    (0x24, 0x72, 0xC8), (0xBC, 0x3F, 0xBC), (0x11, 0xA8, 0xCD), (0xE5, 0xE5, 0xE5),
    (0x66, 0x66, 0x66), (0xF1, 0x4C, 0x4C), (0x23, 0xD1, 0x8B), (0xF5, 0xF5, 0x43),
    (0x3B, 0x8E, 0xEA), (0xD6, 0x70, 0xD6), (0x29, 0xB8, 0xDB), (0xFF, 0xFF, 0xFF),
]

# Each scene: a file name, then steps. ("wait", text) polls until text is on screen; ("keys", ...)
# sends tmux key names; ("settle",) waits until the screen stops changing.
SCENES = [
    ("start", [("wait", "Trending"), ("settle",)]),
    ("session-talk", [("wait", "Trending"), ("keys", "j"), ("keys", "Enter"), ("settle",),
                      ("keys", "j"), ("keys", "j"), ("keys", "Enter"), ("settle",)]),
    ("search", [("wait", "Trending"), ("keys", "/"), ("settle",), ("literal", "transformer"), ("settle",)]),
    ("help", [("wait", "Trending"), ("keys", "?"), ("settle",)]),
    ("schedule", [("wait", "Trending"), ("keys", "Enter"), ("settle",), ("keys", "b"), ("keys", "j"), ("keys", "j"),
                  ("keys", "b"), ("settle",), ("keys", "s"), ("settle",)]),
]


def palette256(n):
    if n < 16:
        return ANSI16[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    v = 8 + (n - 232) * 10
    return (v, v, v)


class Style:
    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = None
        self.bg = None
        self.bold = False
        self.dim = False
        self.italic = False
        self.underline = False
        self.reverse = False

    def copy(self):
        other = Style()
        other.__dict__.update(self.__dict__)
        return other

    def apply(self, params):
        codes = [int(p) if p.isdigit() else 0 for p in params.replace(":", ";").split(";")] if params else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                self.reset()
            elif c == 1:
                self.bold = True
            elif c == 2:
                self.dim = True
            elif c == 3:
                self.italic = True
            elif c in (4, 21):
                self.underline = True
            elif c == 7:
                self.reverse = True
            elif c == 22:
                self.bold = self.dim = False
            elif c == 23:
                self.italic = False
            elif c == 24:
                self.underline = False
            elif c == 27:
                self.reverse = False
            elif 30 <= c <= 37:
                self.fg = ANSI16[c - 30]
            elif c == 39:
                self.fg = None
            elif 40 <= c <= 47:
                self.bg = ANSI16[c - 40]
            elif c == 49:
                self.bg = None
            elif 90 <= c <= 97:
                self.fg = ANSI16[c - 90 + 8]
            elif 100 <= c <= 107:
                self.bg = ANSI16[c - 100 + 8]
            elif c in (38, 48) and i + 1 < len(codes):
                color = None
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    color = palette256(codes[i + 2] % 256)
                    i += 2
                elif codes[i + 1] == 2 and i + 4 < len(codes):
                    color = tuple(v % 256 for v in codes[i + 2:i + 5])
                    i += 4
                if c == 38:
                    self.fg = color
                else:
                    self.bg = color
            i += 1

    def colors(self):
        fg = self.fg or DEFAULT_FG
        bg = self.bg or DEFAULT_BG
        if self.reverse:
            fg, bg = bg, fg
        if self.dim:
            fg = tuple((a + b) // 2 for a, b in zip(fg, bg))
        return fg, bg


def cell_width(ch):
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def parse(text, cols, rows):
    """ANSI text (one line per row) to a grid of (char, Style) cells."""
    grid = [[(" ", Style()) for _ in range(cols)] for _ in range(rows)]
    style = Style()
    for y, line in enumerate(text.split("\n")[:rows]):
        x = 0
        i = 0
        while i < len(line):
            ch = line[i]
            if ch == "\x1b":
                if i + 1 < len(line) and line[i + 1] == "[":
                    j = i + 2
                    while j < len(line) and not ("@" <= line[j] <= "~"):
                        j += 1
                    if j < len(line) and line[j] == "m":
                        style.apply(line[i + 2:j])
                    i = j + 1
                    continue
                if i + 1 < len(line) and line[i + 1] == "]":  # OSC (hyperlinks): skip to ST or BEL
                    j = i + 2
                    while j < len(line) and line[j] != "\x07" and line[j:j + 2] != "\x1b\\":
                        j += 1
                    i = j + (2 if line[j:j + 2] == "\x1b\\" else 1)
                    continue
                i += 1
                continue
            width = cell_width(ch)
            if width == 0:
                if x > 0:
                    prev, st = grid[y][x - 1]
                    grid[y][x - 1] = (prev + ch, st)
            elif x + width <= cols:
                grid[y][x] = (ch, style.copy())
                if width == 2:
                    grid[y][x + 1] = ("", style.copy())
            x += width
            i += 1
        # tmux ends a row's colors where its text ends: the rest keeps the default background.
    return grid


def font_path(name):
    for folder in FONT_DIRS:
        path = os.path.join(folder, name)
        if os.path.exists(path):
            return path
    sys.exit(f"screenshot: font {name} not found (install fonts-dejavu-core)")


def draw(grid, output, size=16):
    from PIL import Image, ImageDraw, ImageFont

    regular = ImageFont.truetype(font_path("DejaVuSansMono.ttf"), size)
    bold = ImageFont.truetype(font_path("DejaVuSansMono-Bold.ttf"), size)
    ascent, descent = regular.getmetrics()
    cw = round(regular.getlength("M"))
    ch = ascent + descent
    pad = 14
    rows, cols = len(grid), len(grid[0])
    image = Image.new("RGB", (cols * cw + 2 * pad, rows * ch + 2 * pad), DEFAULT_BG)
    pen = ImageDraw.Draw(image)
    for y, row in enumerate(grid):
        for x, (text, style) in enumerate(row):
            fg, bg = style.colors()
            left, top = pad + x * cw, pad + y * ch
            span = 2 if text and cell_width(text[0]) == 2 else 1
            if bg != DEFAULT_BG:
                pen.rectangle([left, top, left + span * cw - 1, top + ch - 1], fill=bg)
            if text.strip():
                pen.text((left, top), text, font=bold if style.bold else regular, fill=fg)
            if style.underline:
                pen.line([left, top + ascent + 2, left + span * cw - 1, top + ascent + 2], fill=fg)
    image.save(output, optimize=True)


class Tmux:
    def __init__(self, name):
        self.socket = name

    def __call__(self, *args, check=True):
        return subprocess.run(["tmux", "-L", self.socket, *args], check=check, capture_output=True, text=True).stdout

    def capture(self, colors=False):
        return self("capture-pane", "-p", "-N", *(["-e"] if colors else []), "-t", "shot")

    def wait_for(self, text, deadline=15):
        end = time.monotonic() + deadline
        while time.monotonic() < end:
            if text in self.capture():
                return
            time.sleep(0.1)
        sys.exit(f"screenshot: '{text}' did not appear on screen:\n{self.capture()}")

    def settle(self, deadline=10):
        end = time.monotonic() + deadline
        last = None
        while time.monotonic() < end:
            screen = self.capture(colors=True)
            if screen == last:
                return
            last = screen
            time.sleep(0.3)


def shoot(binary, outdir, name, steps, cols, rows):
    home = tempfile.mkdtemp(prefix="lectern-shot-")
    tmux = Tmux(f"lectern-shot-{os.getpid()}-{name}")
    env = {
        "LANG": "C.UTF-8", "HOME": home, "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_DATA_HOME": f"{home}/data", "XDG_CACHE_HOME": f"{home}/cache",
        "TZ": "Europe/Berlin", "COLORTERM": "truecolor", "LECTERN_NOW": "2021-07-20T05:27:00-07:00",
    }
    try:
        # One invocation, so that the terminal type is set before the program starts.
        tmux("-f", "/dev/null", "start-server", ";", "set-option", "-g", "default-terminal", "tmux-256color", ";",
             "new-session", "-d", "-s", "shot", "-x", str(cols), "-y", str(rows),
             *[a for k, v in env.items() for a in ("-e", f"{k}={v}")], os.path.abspath(binary))
        for step in steps:
            if step[0] == "wait":
                tmux.wait_for(step[1])
            elif step[0] == "keys":
                tmux("send-keys", "-t", "shot", *step[1:])
            elif step[0] == "literal":
                tmux("send-keys", "-t", "shot", "-l", step[1])
            elif step[0] == "settle":
                tmux.settle()
        screen = tmux.capture(colors=True)
        output = os.path.join(outdir, f"{name}.png")
        draw(parse(screen, cols, rows), output)
        print(output)
    finally:
        tmux("kill-server", check=False)
        shutil.rmtree(home, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=".build/release/lectern")
    parser.add_argument("--out", default="docs")
    parser.add_argument("--cols", type=int, default=COLS)
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--only", help="one scene by name")
    parser.add_argument("--render", nargs=2, metavar=("ANSI", "PNG"), help="draw a saved capture")
    args = parser.parse_args()
    if args.render:
        with open(args.render[0], encoding="utf-8", errors="replace") as f:
            draw(parse(f.read(), args.cols, args.rows), args.render[1])
        return
    os.makedirs(args.out, exist_ok=True)
    for name, steps in SCENES:
        if args.only in (None, name):
            shoot(args.bin, args.out, name, steps, args.cols, args.rows)


if __name__ == "__main__":
    main()
