package io.structseq.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a careful engineer would write by hand over {@link PlainSample}: the baselines of the access benchmarks. */
final class PlainAccess {
  private PlainAccess() {}

  /** The hand-written {@code switch} over the record's accessors that the generated {@code get(int)} is held to. */
  static Object get(PlainSample s, int index) {
    return switch (index) {
      case 0 -> s.mode();
      case 1 -> s.ino();
      case 2 -> s.dev();
      case 3 -> s.nlink();
      case 4 -> s.uid();
      case 5 -> s.gid();
      case 6 -> s.bytes();
      case 7 -> s.mtime();
      case 8 -> s.owner();
      case 9 -> s.load();
      default -> throw new IndexOutOfBoundsException(index);
    };
  }

  /** A plain string {@code switch}: javac's lookupswitch on hashCode, then equals, then a second switch. */
  static Object get(PlainSample s, String name) {
    return switch (name) {
      case "mode" -> s.mode();
      case "ino" -> s.ino();
      case "dev" -> s.dev();
      case "nlink" -> s.nlink();
      case "uid" -> s.uid();
      case "gid" -> s.gid();
      case "bytes" -> s.bytes();
      case "mtime" -> s.mtime();
      case "owner" -> s.owner();
      case "load" -> s.load();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The hand-written counterpart of {@code fromSequence}: casts, unboxing, the canonical constructor. */
  static PlainSample fromList(List<?> values) {
    if (values.size() != 10) {
      throw new IllegalArgumentException("takes a 10-sequence (" + values.size() + "-sequence given)");
    }
    return new PlainSample((Integer) values.get(0), (Long) values.get(1), (Long) values.get(2),
        (Integer) values.get(3), (Integer) values.get(4), (Integer) values.get(5), (Long) values.get(6),
        (Long) values.get(7), (String) values.get(8), (Double) values.get(9));
  }

  /** The hand-written counterpart of {@code asMap()}: an insertion-ordered copy. */
  static Map<String, Object> asMap(PlainSample s) {
    Map<String, Object> map = new LinkedHashMap<>(16);
    map.put("mode", s.mode());
    map.put("ino", s.ino());
    map.put("dev", s.dev());
    map.put("nlink", s.nlink());
    map.put("uid", s.uid());
    map.put("gid", s.gid());
    map.put("bytes", s.bytes());
    map.put("mtime", s.mtime());
    map.put("owner", s.owner());
    map.put("load", s.load());
    return map;
  }
}
