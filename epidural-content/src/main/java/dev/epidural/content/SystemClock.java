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

  /**
   * A date that judges review dates as today's date by {@code clock} does, when the earliest
   * next-review date to judge is {@code earliestDue} (null when there is none) and nothing else
   * compares with today (no sign-off dates). For {@link #DEFAULT_ZONE}, today in any zone is the UTC
   * date or a day either side of it, since offsets stay within eighteen hours; if nothing falls due
   * before the day after the UTC date, no review is overdue whichever of those days it is, so the
   * UTC date judges alike and the time zone is not looked up at all (its data took about a tenth of
   * a cold {@code builtIn()}). Otherwise, and for any other clock, it is {@link #today}.
   */
  static LocalDate todayForReviewsDue(Clock clock, LocalDate earliestDue) {
    if (clock instanceof SystemClock) {
      LocalDate utc = LocalDate.ofEpochDay(Math.floorDiv(System.currentTimeMillis(), MILLIS_PER_DAY));
      if (earliestDue == null || !earliestDue.isBefore(utc.plusDays(1))) {
        return utc;
      }
    }
    return today(clock);
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
