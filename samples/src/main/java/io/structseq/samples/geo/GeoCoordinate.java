package io.structseq.samples.geo;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import org.jspecify.annotations.Nullable;

/**
 * A point on the Earth: {@code (latitude, longitude)} as a sequence, with the altitude and an
 * optional place name by name only.
 *
 * <p>This interface is all a user writes; the structseq processor generates
 * {@code GeoCoordinateRecord} next to it, with {@code TYPE}, withers, {@code replace} and CPython's
 * {@code toString}.
 */
@StructSeq(name = "geo.coordinate")
public interface GeoCoordinate extends StructSequence, Comparable<GeoCoordinate> {

  /** degrees north of the equator, range [-90, 90] */
  double latitude();

  /** degrees east of Greenwich, range [-180, 180] */
  double longitude();

  /** metres above sea level */
  @Hidden
  double altitude();

  /** name of the place, or None */
  @Hidden
  @Nullable
  String place();

  /**
   * A derived value: default methods are not fields.
   *
   * @return true on or north of the equator
   */
  default boolean isNorthern() {
    return latitude() >= 0;
  }

  /**
   * A factory next to the type, as users would write one.
   *
   * @param latitude degrees north
   * @param longitude degrees east
   * @return a coordinate at sea level without a name
   */
  static GeoCoordinate of(double latitude, double longitude) {
    return new GeoCoordinateRecord(latitude, longitude, 0.0, null);
  }
}
