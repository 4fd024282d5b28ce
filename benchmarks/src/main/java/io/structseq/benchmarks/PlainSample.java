package io.structseq.benchmarks;

/**
 * The hand-written baseline: a plain Java record with the fields of {@link Sample} in the same order.
 *
 * @param mode an int
 * @param ino a long
 * @param dev a long
 * @param nlink an int
 * @param uid an int
 * @param gid an int
 * @param bytes a long
 * @param mtime a long
 * @param owner a String
 * @param load a double
 */
public record PlainSample(
    int mode, long ino, long dev, int nlink, int uid, int gid, long bytes, long mtime, String owner, double load) {}
