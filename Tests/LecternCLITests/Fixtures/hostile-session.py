#!/usr/bin/env python3
"""Writes hostile-session.txt: a session page in the layout of the seed pages with a "Session"
header, whose first talk carries terminal escapes (CSI, OSC 0/2 titles, OSC 52 clipboard, DCS),
C1 controls, bidi overrides, invalid UTF-8, BEL, backspaces, NUL and a 200 KB abstract, followed by
a normal talk. Run from this folder: python3 hostile-session.py"""

ESC = b"\x1b"
OSC_TITLE = ESC + b"]0;PWNED-TITLE\x07" + ESC + b"]2;PWNED-TITLE-2" + ESC + b"\\"
OSC_52 = ESC + b"]52;c;cm0gLXJmIH4vKgo=\x07"
CSI = ESC + b"[2J" + ESC + b"[H" + ESC + b"[10;40H" + ESC + b"[31m" + ESC + b"[?1049h"
DCS = ESC + b"P1$qm" + ESC + b"\\" + ESC + b"_apc" + ESC + b"\\"
C1 = "\u009b2J\u009d0;C1-TITLE\u009c\u0085\u0090x\u009c".encode()
BIDI = "\u202egnp.exe\u202c \u2066isolated\u2069 \u200f".encode()
INVALID = b"\xff\xfe\xc0\xaf\xed\xa0\x80\x9b"
BEL_BS = b"ring\x07\x07 back\x08\x08\x08\x08"
NUL = b"nul\x00byte"

HOSTILE = b" ".join([OSC_TITLE, OSC_52, CSI, DCS, C1, BIDI, INVALID, BEL_BS, NUL])

chunk = b"Hostile abstract " + HOSTILE + b" filler text to reach two hundred kilobytes. "
abstract = b""
while len(abstract) < 200 * 1024:
    abstract += chunk

page = b"\n".join([
    b"Skip to yearly menu bar Skip to main content",
    b"",
    b"",
    b"Session",
    b"",
    b"Hostile Session " + ESC + b"]0;SESSION-TITLE\x07" + b"Escapes",
    b"",
    b"Moderator: Eve " + OSC_52 + b"Mallory",
    b"",
    b"Abstract:",
    b"Chat is not available.",
    b"",
    b"Tue 20 July 5:00 - 5:20 PDT",
    b"",
    b"Oral",
    b"Hostile Talk " + CSI + b"moved " + OSC_TITLE + b"retitled " + C1 + b" " + BIDI + b" end",
    b"",
    b"Eve Hostile \xc2\xb7 Mallory " + BEL_BS + b" \xc2\xb7 Trudy " + INVALID,
    b"",
    abstract,
    b"",
    b"Tue 20 July 5:20 - 5:25 PDT",
    b"",
    b"Spotlight",
    b"A Perfectly Normal Talk About Robust Parsing",
    b"",
    b"Alice Normal \xc2\xb7 Bob Ordinary",
    b"",
    b"This abstract is plain and readable: it describes robust parsing of untrusted pages.",
    b"",
])

with open("hostile-session.txt", "wb") as f:
    f.write(page)
