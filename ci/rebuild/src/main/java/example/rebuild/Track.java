package example.rebuild;

/** Refers to the generated record in a declaration, so javac reads it before any processor runs. */
public final class Track {
  private PointRecord last;

  /** @return the last point, or null */
  public PointRecord last() {
    return last;
  }

  /** @param point the new last point */
  public void add(PointRecord point) {
    last = point;
  }
}
