package io.structseq.benchmarks;

import org.openjdk.jol.info.ClassLayout;

/** Prints the instance size of the generated record and of the plain record (JOL), for {@code run.sh}. */
public final class InstanceSizes {
  private InstanceSizes() {}

  /**
   * Prints {@code size.generated} and {@code size.plain} result lines, then both layouts.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Unsafe.objectFieldOffset refuses record classes; JOL then finds offsets by probing instead.
    System.setProperty("jol.magicFieldOffset", System.getProperty("jol.magicFieldOffset", "true"));
    ClassLayout generated = ClassLayout.parseClass(SampleRecord.class);
    ClassLayout plain = ClassLayout.parseClass(PlainSample.class);
    System.out.println("size.generated\t" + generated.instanceSize() + "\tbytes");
    System.out.println("size.plain\t" + plain.instanceSize() + "\tbytes");
    System.err.println(generated.toPrintable());
    System.err.println(plain.toPrintable());
  }
}
