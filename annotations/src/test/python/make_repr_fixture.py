#!/usr/bin/env python3
"""Writes the fixture that io.structseq.PyReprTest compares io.structseq.PyRepr against.

Every expected value comes from the CPython that runs this script: repr() of a float for doubles,
repr() of a str for strings. CPython has no float32 type, so for float32 rows the script finds the
shortest decimal that rounds to the float itself (exact rational arithmetic, checked against a round
trip through struct.pack('f')) and lets repr() of that decimal format it.

Run from anywhere; the output path is fixed relative to this file unless given as the only argument.
The output is deterministic (fixed random seed; the rows are the same from CPython 3.11 on, only the
first comment line names the version), so regenerate it only when changing this script:

    python3 annotations/src/test/python/make_repr_fixture.py

.ci/run writes it again to a temporary file and fails when the rows differ from the committed ones:
the fixture is what CPython writes, never edited by hand or from PyRepr's output.

Row formats (tab-separated, '#' starts a comment line):
    d <16 hex digits: IEEE 754 binary64 bit pattern> <expected repr, ASCII>
    f <8 hex digits: IEEE 754 binary32 bit pattern> <expected repr, ASCII>
    s <UTF-16 code units, 4 hex digits each, no separator> <expected repr, UTF-8 bytes in hex>
UTF-16 keeps lone surrogates, which UTF-8 cannot carry.
"""

import math
import pathlib
import platform
import random
import struct
import sys
import unicodedata
from decimal import ROUND_CEILING, ROUND_FLOOR, Context, Decimal
from fractions import Fraction

OUT = (pathlib.Path(sys.argv[1]) if len(sys.argv) > 1
       else pathlib.Path(__file__).resolve().parent.parent
       / "resources" / "io" / "structseq" / "repr-fixture.tsv")

rng = random.Random(20240611)


# --- doubles -------------------------------------------------------------------------------------

def d2bits(x):
    return struct.unpack(">Q", struct.pack(">d", x))[0]


def bits2d(b):
    return struct.unpack(">d", struct.pack(">Q", b))[0]


def next_up(x):
    return math.nextafter(x, math.inf)


def next_down(x):
    return math.nextafter(x, -math.inf)


def double_bits():
    """The bit patterns of the double rows, in a fixed order, without duplicates."""
    out = []

    def add(x):
        out.append(d2bits(x))

    def add_around(x):
        add(next_down(x))
        add(x)
        add(next_up(x))

    for x in (0.0, -0.0, math.inf, -math.inf, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 0.25,
              1.5, 2.5, -2.5, 100.0, 1234.5, 123.456, 3.141592653589793, math.e, 1e300, 1.5e300,
              2.5e-07, 1e-05, 1.5e-05, 0.0001, 0.00015, 0.001, 0.002, 1e22, 1e23, 2e22,
              2.82879384806159e17, 5e-324, 1e-322, 9.5e-322, 4.35e-321, 1.7976931348623157e308,
              2.2250738585072014e-308, 2.225073858507201e-308, 1.1920928955078125e-07,
              5.960464477539063e-08, 1.8446744073709552e19, 9.223372036854776e18,
              4.294967296e9, 0.30000000000000004, 1.0000000000000002, 0.9999999999999999,
              123456789012345680.0, 1.2345678901234567e-300, 8.41e21, 5.0e-310, 1.0e-310):
        add(x)
        add(-x)
    # NaNs: repr ignores the sign and the payload.
    out += [0x7FF8000000000000, 0xFFF8000000000000, 0x7FF0000000000001, 0x7FF8DEADBEEF0001,
            0xFFFFFFFFFFFFFFFF]
    # Powers of ten and their neighbours, across the fixed/exponent switch points (1e16, 1e-4).
    for k in range(-25, 26):
        add_around(float("1e%d" % k))
    for k in list(range(-324, -300, 3)) + list(range(290, 309, 3)):
        add(float("1e%d" % k))
    for x in (9999999999999998.0, 9999999999999999.0, 99999999999999.99, 999999999999999.9,
              0.00009999999999999999, 0.0001000000000000001, 0.000099999):
        add(x)
    # Integers near 2^53 (the last where all integers are exact) and other powers of two.
    for k in (52, 53, 54, 63, 64):
        for delta in (-3, -2, -1, 0, 1, 2, 3, 4):
            add(float(2 ** k + delta))
    for k in list(range(-1074, -1040, 5)) + list(range(-1030, 1024, 23)) + [1023]:
        add_around(math.ldexp(1.0, k))
    # Subnormals and the normal/subnormal boundary.
    for b in (1, 2, 3, 10, 0xFFFFF, 0x000FFFFFFFFFFFFF, 0x0010000000000000, 0x0010000000000001,
              0x7FEFFFFFFFFFFFFF, 0x7FEFFFFFFFFFFFFE, 0x0000000000001234, 0x0008000000000000):
        out.append(b)
    # Short decimals (shortest repr is the decimal itself) of every size.
    for _ in range(60):
        digits = rng.randint(1, 17)
        mant = rng.randrange(10 ** (digits - 1), 10 ** digits)
        add(float("%de%d" % (mant, rng.randint(-30, 30))))
    # Exact integers up to and past 1e16.
    for _ in range(20):
        add(float(rng.randrange(1, 2 ** rng.randint(1, 70))))
    # Values with few significant bits (exact decimal expansions).
    for _ in range(30):
        add(math.ldexp(rng.randrange(1, 1 << rng.randint(1, 12)), rng.randint(-60, 60)))
    # Uniform doubles and random bit patterns (every exponent).
    for _ in range(30):
        add(rng.random() * 10 ** rng.randint(-6, 20))
    for _ in range(100):
        out.append(rng.getrandbits(64))
    seen = set()
    unique = []
    for b in out:
        if b not in seen:
            seen.add(b)
            unique.append(b)
    return unique


# --- float32 -------------------------------------------------------------------------------------

def f2bits(x):
    return struct.unpack(">I", struct.pack(">f", x))[0]


def bits2f(b):
    """The float32 with bit pattern b, as the (exactly equal) Python float."""
    return struct.unpack(">f", struct.pack(">I", b))[0]


def float32_round_trips(text, bits):
    """Whether the decimal text rounds (via binary64, as struct does) to the float32 bits."""
    return f2bits(float(text)) == bits


def rounds_to(bits):
    """Whether a decimal magnitude (a Fraction) rounds to the magnitude of the finite, nonzero
    float32 `bits`, round-half-even, in exact arithmetic."""
    mag_bits = bits & 0x7FFFFFFF
    v = Fraction(bits2f(mag_bits))
    below = Fraction(bits2f(mag_bits - 1)) if mag_bits > 1 else Fraction(0)
    # Above the largest float32 the rounding threshold is where the next binade would start.
    above = Fraction(bits2f(mag_bits + 1)) if mag_bits < 0x7F7FFFFF else Fraction(2) ** 128
    low = (below + v) / 2
    high = (v + above) / 2
    even = (mag_bits & 1) == 0
    return lambda c: low < c < high or (even and (c == low or c == high))


def shortest_float32(bits):
    """Python's repr rules applied to the shortest decimal that rounds to float32 `bits`."""
    x = bits2f(bits)
    if math.isnan(x):
        return "nan"
    if math.isinf(x) or x == 0.0:
        return repr(x)
    sign = "-" if x < 0 else ""
    v = Fraction(abs(x))
    rounds_to_x = rounds_to(bits)

    exact = Decimal(abs(x))
    for p in range(1, 10):
        ctx_floor = Context(prec=p, rounding=ROUND_FLOOR)
        ctx_ceil = Context(prec=p, rounding=ROUND_CEILING)
        found = []
        for cand in (ctx_floor.plus(exact), ctx_ceil.plus(exact)):
            if rounds_to_x(Fraction(cand)) and cand not in found:
                found.append(cand)
        if found:
            best = min(found, key=lambda c: (abs(Fraction(c) - v), int(c.as_tuple().digits[-1]) % 2))
            text = sign + str(best)
            # A decimal of at most 15 significant digits survives the trip through binary64, so
            # CPython's own repr formats exactly these digits.
            assert float32_round_trips(text, bits), (hex(bits), text)
            formatted = repr(float(text))
            assert Decimal(formatted) == best.copy_sign(Decimal(sign + "1")), (formatted, best)
            return formatted
    raise AssertionError("no decimal of at most 9 digits for float32 %08x" % bits)


def check_float32_by_formatting(bits, expected):
    """A second derivation of a float32 row, independent of the first: the shortest of CPython's own
    correctly rounded '%.{p}e' texts that reads back as the float32 through binary64 (struct). It must
    name the same decimal, except where its text reads back only through that double rounding, which
    the exact arithmetic of shortest_float32 rightly rejects (7.038531e-26 is the classic case)."""
    x = bits2f(bits)
    if math.isnan(x) or math.isinf(x) or x == 0.0:
        return
    for p in range(1, 10):
        text = "%.*e" % (p - 1, x)
        if abs(float(text)) < 2.0 ** 128 and float32_round_trips(text, bits):
            if Decimal(text) != Decimal(expected):
                assert not rounds_to(bits)(abs(Fraction(Decimal(text)))), (hex(bits), text, expected)
                assert len(Decimal(text).as_tuple().digits) < len(Decimal(expected).as_tuple().digits)
            return
    raise AssertionError("no '%%.*e' text reads back as float32 %08x" % bits)


def float32_bits():
    out = []

    def add(x):
        out.append(f2bits(x))

    def add_around(b):
        out.extend(v for v in (b - 1, b, b + 1) if 0 <= v <= 0x7F800000)

    for b in (0x00000000, 0x80000000, 0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000, 0x7F800001,
              0x00000001, 0x80000001, 0x00000002, 0x00000003, 0x007FFFFF, 0x00800000, 0x00800001,
              0x7F7FFFFF, 0xFF7FFFFF, 0x7F7FFFFE, 0x3F800000, 0xBF800000, 0x3F800001, 0x3F7FFFFF,
              0x4B800000, 0x4B7FFFFF, 0x4B800001, 0x33800000, 0x34000000):
        out.append(b)
    for x in (0.1, 0.2, 0.3, 1 / 3, 0.5, 1.5, 100.0, 123.456, 3.14159265, 1e-05, 0.0001, 0.001,
              16777216.0, 16777217.0, 16777218.0, 1e16, 1e17, 1e10, 2.5e-07, 1e38, 3e38, 1e-38,
              1e-40, 1e-45, 7.038531e-26, 1.0e-7):
        add(x)
        add(-x)
    for k in range(-45, 39):
        add_around(f2bits(float("1e%d" % k)))
    for k in range(-149, 128, 7):
        add(math.ldexp(1.0, k))
    for _ in range(20):
        digits = rng.randint(1, 9)
        add(float("%de%d" % (rng.randrange(10 ** (digits - 1), 10 ** digits), rng.randint(-20, 20))))
    for _ in range(60):
        b = rng.getrandbits(32)
        out.append(b)
    seen = set()
    unique = []
    for b in out:
        if b not in seen:
            seen.add(b)
            unique.append(b)
    return unique


# --- strings -------------------------------------------------------------------------------------

# Hand-picked code points whose general category has been the same since well before Unicode 13
# (the version Java 17's Character.getType follows) and is the same in any later version. The only
# unassigned (Cn) ones are noncharacters, which Unicode guarantees never to assign.
PRINTABLE = (
    [0xA1, 0xA9, 0xB5, 0xC0, 0xE9, 0xF7, 0xFF, 0x100, 0x17F, 0x1F1, 0x250, 0x2C6, 0x37E, 0x391,
     0x3B1, 0x3C9, 0x401, 0x416, 0x44F, 0x5D0, 0x5EA, 0x627, 0x644, 0x660, 0x915, 0x93F, 0x94D,
     0xE01, 0xE31, 0x10D0, 0x1E00, 0x1EF9, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D,
     0x2022, 0x2026, 0x20AC, 0x2122, 0x2190, 0x2200, 0x221E, 0x2500, 0x25A0, 0x2603, 0x263A,
     0x2764, 0x3001, 0x3002, 0x3042, 0x30A2, 0x3131, 0x4E00, 0x4E2D, 0x6587, 0x9FA5, 0xAC00,
     0xD7A3, 0xF900, 0xFB01, 0xFE0F, 0xFF01, 0xFF21, 0xFF41, 0xFFE5, 0xFFFD,
     # astral: Linear B, Gothic, musical symbols, math alphanumerics, CJK ext. B, emoji
     0x10000, 0x10330, 0x1D11E, 0x1D400, 0x1D7FF, 0x20000, 0x2A6D6, 0x1F600, 0x1F4A9, 0x1F44D,
     0x1F3FB, 0x1F30D, 0x1F680, 0x1F1FA, 0x1F1F8, 0xE0100]
    # combining marks (Mn), printable
    + [0x300, 0x301, 0x302, 0x308, 0x30A, 0x327, 0x36F, 0x20D7, 0x1DC0]
)
NONPRINTABLE = (
    # C1 controls (Cc), NBSP and other Zs, soft hyphen and other Cf
    [0x80, 0x85, 0x8D, 0x9F, 0xA0, 0xAD, 0x1680, 0x2000, 0x2007, 0x200A, 0x202F, 0x205F, 0x3000,
     0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202E, 0x2060, 0x2061, 0x2064, 0x206F,
     0xFEFF, 0xFFF9, 0xFFFB, 0x600, 0x6DD, 0x70F, 0x110BD, 0x1D173, 0xE0001, 0xE0020, 0xE007F,
     # line and paragraph separators (Zl, Zp)
     0x2028, 0x2029,
     # private use (Co)
     0xE000, 0xE123, 0xF8FF, 0xF0000, 0xFFFFD, 0x100000, 0x10FFFD,
     # noncharacters (Cn forever)
     0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x1FFFF, 0x10FFFE, 0x10FFFF]
)
ASCII = list(range(0x00, 0x80))
LATIN1 = list(range(0x80, 0x100))
LONE_SURROGATES = [0xD800, 0xD83D, 0xDBFF, 0xDC00, 0xDE00, 0xDFFF]

EXPECTED_CATEGORY = {cp: "printable" for cp in PRINTABLE}
EXPECTED_CATEGORY.update({cp: "escaped" for cp in NONPRINTABLE})


def check_pools():
    for cp, kind in EXPECTED_CATEGORY.items():
        cat = unicodedata.category(chr(cp))
        assert (cat[0] in "CZ") == (kind == "escaped"), (hex(cp), cat)
        if cat == "Cn":
            assert (cp & 0xFFFE) == 0xFFFE or 0xFDD0 <= cp <= 0xFDEF, hex(cp)


def utf16_units(s):
    """UTF-16 code units of s; lone surrogates stay as they are."""
    data = s.encode("utf-16-be", "surrogatepass")
    return [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2)]


def java_sees_same(s):
    """False when s has a lone high surrogate right before a lone low one: Java would pair them."""
    return s.encode("utf-16-be", "surrogatepass").decode("utf-16-be", "surrogatepass") == s


def strings():
    out = ["", " ", "a", "abc", "hello world", "'", '"', "'\"", "\"'", "it's", 'say "hi"',
           "it's \"quoted\"", "''", '""', "\\", "\\\\", "a\\b", "\\'", "\\\"", "C:\\temp\\new",
           "\t", "\n", "\r", "\r\n", "a\tb\nc\rd", "\x00", "\x01\x02\x1f", "\x07\x08\x0b\x0c",
           "\x1b[0m", "\x7f", "~\x7f\x80", "\x80\x9f\xa0\xad\xff", "caf\u00e9", "na\u00efve",
           "\u00a0", "\u00ad", "\u2028", "\u2029", "a\u2028b\u2029c", "\u200b", "\ufeff",
           "\ufeffBOM", "\u200d", "\U0001F600", "\U0001F468\u200D\U0001F469", "\U0001F1FA\U0001F1F8",
           "\u4e2d\u6587", "\u65e5\u672c\u8a9e", "\ud55c\uad6d\uc5b4", "e\u0301", "\u0301",
           "\u0915\u093f", "\ue000", "\U000F0000", "\U0010FFFD", "\uffff", "\ufffe", "\U0010FFFF",
           "\ud800", "\udc00", "\udfff", "a\ud800b", "\udc00\ud800", "\ud800\ud800", "\udfff\udfff",
           "\U0001D11E", "\U00020000", "\U000E0001", "\u3000", "\u1680", "\u2000\u200a",
           "'\u00e9\"", "\x00'\"\\", "\x85", "\u0600", "tab\there", "line1\nline2", "\x1f \x20!"]
    for cp in range(0x00, 0x100):
        out.append(chr(cp))
    for cp in PRINTABLE + NONPRINTABLE + LONE_SURROGATES:
        out.append(chr(cp))
    pools = [ASCII, ASCII, LATIN1, PRINTABLE, NONPRINTABLE, LONE_SURROGATES,
             [0x27, 0x22, 0x5C, 0x09, 0x0A, 0x0D]]
    produced = 0
    while produced < 120:
        length = rng.randint(1, 12)
        s = "".join(chr(rng.choice(rng.choice(pools))) for _ in range(length))
        if java_sees_same(s):
            out.append(s)
            produced += 1
    seen = set()
    unique = []
    for s in out:
        if s not in seen:
            assert java_sees_same(s), ascii(s)
            seen.add(s)
            unique.append(s)
    return unique


# --- output --------------------------------------------------------------------------------------

def main():
    check_pools()
    lines = [
        "# CPython %s (%s), unicodedata %s; written by make_repr_fixture.py, do not edit"
        % (platform.python_version(), platform.python_implementation(), unicodedata.unidata_version),
        "# d <binary64 bits> <repr(float)> | f <binary32 bits> <shortest float32 decimal, repr rules>"
        " | s <UTF-16 units hex> <repr(str) as UTF-8 hex>",
    ]
    for b in double_bits():
        lines.append("d\t%016x\t%s" % (b, repr(bits2d(b))))
    for b in float32_bits():
        text = shortest_float32(b)
        check_float32_by_formatting(b, text)
        lines.append("f\t%08x\t%s" % (b, text))
    for s in strings():
        units = "".join("%04x" % u for u in utf16_units(s))
        lines.append("s\t%s\t%s" % (units, repr(s).encode("utf-8").hex()))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="ascii")
    counts = {k: sum(1 for line in lines if line.startswith(k + "\t")) for k in "dfs"}
    print("wrote %s: %d double, %d float32, %d string rows" % (OUT, counts["d"], counts["f"],
                                                                 counts["s"]), file=sys.stderr)


if __name__ == "__main__":
    main()
