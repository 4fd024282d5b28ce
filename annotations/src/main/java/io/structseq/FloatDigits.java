package io.structseq;

import java.math.BigInteger;

/**
 * The digits of {@link PyRepr}'s floats: the shortest decimal that reads back as a finite, non-zero
 * {@code double} or {@code float}, written in CPython's {@code float_repr} notation. Kept apart from
 * the repr rules as the JDK keeps {@code DoubleToDecimal} apart from {@code Double}. Allocates nothing
 * beyond the {@link StringBuilder}'s growth: Ryu on {@code long} arithmetic, not
 * {@link Double#toString(double)} (which on Java 17 is not always shortest, JDK-4511638) or
 * {@link java.math.BigDecimal}.
 */
final class FloatDigits {

  private FloatDigits() {}

  /** Appends a finite, non-zero {@code double} with its sign; see {@link PyRepr#append(StringBuilder, double)}. */
  static StringBuilder append(StringBuilder sb, double value) {
    long bits = Double.doubleToRawLongBits(value);
    if (bits < 0) {
      sb.append('-');
    }
    int exponent = (int) (bits >>> 52) & 0x7ff;
    long mantissa = bits & 0xfffffffffffffL;
    if (exponent == 0) {
      appendShortest(sb, mantissa, 1 - 1075 - 2, true);
    } else {
      appendShortest(sb, mantissa | 1L << 52, exponent - 1075 - 2, mantissa != 0 || exponent == 1);
    }
    return sb;
  }

  /** Appends a finite, non-zero {@code float} with its sign; see {@link PyRepr#append(StringBuilder, float)}. */
  static StringBuilder append(StringBuilder sb, float value) {
    int bits = Float.floatToRawIntBits(value);
    if (bits < 0) {
      sb.append('-');
    }
    int exponent = (bits >>> 23) & 0xff;
    int mantissa = bits & 0x7fffff;
    if (exponent == 0) {
      appendShortest(sb, mantissa, 1 - 150 - 2, true);
    } else {
      appendShortest(sb, mantissa | 1 << 23, exponent - 150 - 2, mantissa != 0 || exponent == 1);
    }
    return sb;
  }

  /*
   * Shortest digits: Ulf Adams' Ryu ("Ryu: fast float-to-string conversion", PLDI 2018), the
   * general variant that tracks exact values so that ties and inclusive bounds come out as in David
   * Gay's dtoa mode 0, which CPython's repr uses: among the shortest decimals that read back as the
   * value, the nearest one (ties to an even last digit). The binary value is m2 * 2^(e2 + 2); the
   * decimals that read back as it lie strictly between (4 * m2 - 2 or - 1) * 2^e2 and
   * (4 * m2 + 2) * 2^e2, bounds included when m2 is even (round half to even). Works for any
   * significand below 2^54 and binary64's exponent range, so binary32 uses it too.
   */

  private static void appendShortest(StringBuilder sb, long m2, int e2, boolean evenSpacing) {
    boolean acceptBounds = (m2 & 1) == 0;
    long mv = 4 * m2;
    long mp = mv + 2;
    long mm = mv - (evenSpacing ? 2 : 1);
    // vr, vp, vm: floor of mv, mp, mm times 2^e2 / 10^e10, with e10 chosen to leave at least one
    // digit more than the result needs (so that the last removed digit rounds the result).
    long vr;
    long vp;
    long vm;
    int e10;
    boolean vrExact;
    boolean vpExact;
    boolean vmExact;
    if (e2 >= 0) {
      int q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
      e10 = q;
      int shift = -e2 + q + Pow5.INV_BITCOUNT + pow5Bits(q) - 1;
      long lo = Pow5.INV_LO[q];
      long hi = Pow5.INV_HI[q];
      vr = mulShift(mv, lo, hi, shift);
      vp = mulShift(mp, lo, hi, shift);
      vm = mulShift(mm, lo, hi, shift);
      // x * 2^e2 / 10^q = x * 2^(e2 - q) / 5^q with e2 >= q: exact iff 5^q divides x.
      vrExact = multipleOfPowerOf5(mv, q);
      vpExact = multipleOfPowerOf5(mp, q);
      vmExact = multipleOfPowerOf5(mm, q);
    } else {
      int q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
      e10 = q + e2;
      int i = -e2 - q;
      int shift = q - (pow5Bits(i) - Pow5.BITCOUNT);
      long lo = Pow5.LO[i];
      long hi = Pow5.HI[i];
      vr = mulShift(mv, lo, hi, shift);
      vp = mulShift(mp, lo, hi, shift);
      vm = mulShift(mm, lo, hi, shift);
      // x * 2^e2 / 10^(q + e2) = x * 5^i / 2^q: exact iff 2^q divides x.
      vrExact = multipleOfPowerOf2(mv, q);
      vpExact = multipleOfPowerOf2(mp, q);
      vmExact = multipleOfPowerOf2(mm, q);
    }
    if (vpExact && !acceptBounds) {
      vp--; // the upper bound itself reads back as the next value up
    }
    // vm is a candidate only while it is exactly the (included) lower bound.
    boolean vmIncluded = vmExact && acceptBounds;
    boolean vrTrailingZeros = vrExact;
    int lastRemovedDigit = 0;
    int removed = 0;
    // Drop digits while a shorter decimal still lies in the interval.
    while (vp / 10 > vm / 10) {
      vmIncluded &= vm % 10 == 0;
      vrTrailingZeros &= lastRemovedDigit == 0;
      lastRemovedDigit = (int) (vr % 10);
      vr /= 10;
      vp /= 10;
      vm /= 10;
      removed++;
    }
    if (vmIncluded) {
      while (vm % 10 == 0) {
        vrTrailingZeros &= lastRemovedDigit == 0;
        lastRemovedDigit = (int) (vr % 10);
        vr /= 10;
        vp /= 10;
        vm /= 10;
        removed++;
      }
    }
    if (vrTrailingZeros && lastRemovedDigit == 5 && (vr & 1) == 0) {
      lastRemovedDigit = 4; // exactly half-way: keep the even digit
    }
    long digits = vr + ((vr == vm && !vmIncluded) || lastRemovedDigit >= 5 ? 1 : 0);
    appendDecimal(sb, digits, e10 + removed);
  }

  /** Writes digits * 10^exponent (digits > 0) as CPython's {@code float_repr} does. */
  private static void appendDecimal(StringBuilder sb, long digits, int exponent) {
    while (digits % 10 == 0) {
      digits /= 10;
      exponent++;
    }
    int n = digitCount(digits);
    int decpt = n + exponent; // the value is 0.d1d2...dn * 10^decpt
    if (decpt > 16 || decpt < -3) {
      long scale = POW10[n - 1];
      long lead = digits / scale;
      sb.append((char) ('0' + lead));
      if (n > 1) {
        appendPadded(sb.append('.'), digits - lead * scale, n - 1);
      }
      int e = decpt - 1;
      sb.append(e < 0 ? "e-" : "e+");
      if (e > -10 && e < 10) {
        sb.append('0');
      }
      sb.append(Math.abs(e));
    } else if (decpt <= 0) {
      sb.append("0.");
      for (int i = decpt; i < 0; i++) {
        sb.append('0');
      }
      sb.append(digits);
    } else if (decpt >= n) {
      sb.append(digits);
      for (int i = n; i < decpt; i++) {
        sb.append('0');
      }
      sb.append(".0");
    } else {
      long scale = POW10[n - decpt];
      sb.append(digits / scale).append('.');
      appendPadded(sb, digits % scale, n - decpt);
    }
  }

  private static void appendPadded(StringBuilder sb, long value, int width) {
    for (int i = digitCount(value); i < width; i++) {
      sb.append('0');
    }
    sb.append(value);
  }

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /** Decimal digits of a positive long below 10^18. */
  private static int digitCount(long value) {
    int n = 1;
    while (n < POW10.length && value >= POW10[n]) {
      n++;
    }
    return n;
  }

  /** floor(log10(2^e)) for 0 <= e <= 1650. */
  private static int log10Pow2(int e) {
    return (int) ((e * 78913L) >>> 18);
  }

  /** floor(log10(5^e)) for 0 <= e <= 2620. */
  private static int log10Pow5(int e) {
    return (int) ((e * 732923L) >>> 20);
  }

  /** The bit length of 5^e, ceil(log2(5^e)) or 1 for e = 0, for 0 <= e <= 3528. */
  private static int pow5Bits(int e) {
    return (int) (((e * 1217359L) >>> 19) + 1);
  }

  private static boolean multipleOfPowerOf5(long value, int p) {
    for (int i = 0; i < p; i++) {
      if (value % 5 != 0) {
        return false;
      }
      value /= 5;
    }
    return true;
  }

  private static boolean multipleOfPowerOf2(long value, int p) {
    return p < 64 && (value & ((1L << p) - 1)) == 0;
  }

  /** floor(m * (hi * 2^64 + lo) / 2^shift) for 0 <= m < 2^60, 0 <= hi < 2^62, 64 < shift < 128. */
  private static long mulShift(long m, long lo, long hi, int shift) {
    long high0 = Math.multiplyHigh(m, lo) + ((lo >> 63) & m); // unsigned high half of m * lo
    long low1 = m * hi;
    long high1 = Math.multiplyHigh(m, hi);
    long sum = high0 + low1;
    if (Long.compareUnsigned(sum, high0) < 0) {
      high1++;
    }
    int dist = shift - 64;
    return (high1 << (64 - dist)) | (sum >>> dist);
  }

  /**
   * Ryu's tables, built once on first use: 5^i and 2^k / 5^q as 125-bit fixed-point numbers, split
   * in two longs each. Sized for binary64's exponent range.
   */
  private static final class Pow5 {
    static final int BITCOUNT = 125;
    static final int INV_BITCOUNT = 125;
    /** 5^i shifted to exactly 125 bits, for i up to -e2 - q of the smallest subnormal. */
    static final long[] LO = new long[326];
    static final long[] HI = new long[326];
    /** floor(2^(bitLength(5^q) - 1 + 125) / 5^q) + 1, for q up to log10Pow2 of the largest e2. */
    static final long[] INV_LO = new long[292];
    static final long[] INV_HI = new long[292];

    static {
      BigInteger pow = BigInteger.ONE;
      BigInteger five = BigInteger.valueOf(5);
      for (int i = 0; i < LO.length; i++) {
        int bits = pow.bitLength();
        BigInteger split = pow.shiftRight(bits - BITCOUNT);
        LO[i] = split.longValue();
        HI[i] = split.shiftRight(64).longValue();
        if (i < INV_LO.length) {
          BigInteger inv = BigInteger.ONE.shiftLeft(bits - 1 + INV_BITCOUNT).divide(pow)
              .add(BigInteger.ONE);
          INV_LO[i] = inv.longValue();
          INV_HI[i] = inv.shiftRight(64).longValue();
        }
        pow = pow.multiply(five);
      }
    }

    private Pow5() {}
  }
}
