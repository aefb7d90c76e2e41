package dev.epidural.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;

/**
 * The clock review dates are judged by unless a loader is given another: the system clock in the
 * default time zone, as {@code Clock.system(ZoneId.systemDefault())}, but without looking the zone
 * up. A {@link ZoneId} of a region loads the JDK's time-zone rules provider, which cost about as
 * much as the whole of a plain {@code java Hello} in a cold JVM; today's date needs only the
 * default {@link TimeZone}'s offset now, which the JDK has at hand. The zone is looked up only if
 * someone asks this clock for it.
 */
final class SystemClock extends Clock {

  /** The one instance, which {@link #today} recognises. */
  static final SystemClock DEFAULT_ZONE = new SystemClock();

  private static final long MILLIS_PER_DAY = 86_400_000L;

  private SystemClock() {}

  /**
   * Today's date by {@code clock}: as {@link LocalDate#now(Clock)}, and for {@link #DEFAULT_ZONE}
   * from the default time zone's offset, which is the offset the zone's rules give now.
   */
  static LocalDate today(Clock clock) {
    if (clock instanceof SystemClock) {
      long now = System.currentTimeMillis();
      return LocalDate.ofEpochDay(Math.floorDiv(now + TimeZone.getDefault().getOffset(now), MILLIS_PER_DAY));
    }
    return LocalDate.now(clock);
  }

  @Override
  public ZoneId getZone() {
    return ZoneId.systemDefault();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.system(zone);
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }

  @Override
  public Instant instant() {
    return Instant.now();
  }

  @Override
  public String toString() {
    return "SystemClock[default zone]";
  }
}
