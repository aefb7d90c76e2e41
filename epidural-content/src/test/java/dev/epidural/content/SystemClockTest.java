package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default review clock gives the date {@code Clock.system(ZoneId.systemDefault())} gives, in any zone. */
class SystemClockTest {

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/St_Johns", "Asia/Kathmandu",
      "Australia/Lord_Howe", "Europe/Berlin", "GMT+05:00"})
  void todayIsTheDateOfTheSystemClockInTheDefaultZone(String zone) {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      LocalDate expected;
      LocalDate actual;
      do {
        // Repeated should the date change between the two readings.
        expected = LocalDate.now(Clock.system(ZoneId.systemDefault()));
        actual = SystemClock.today(SystemClock.DEFAULT_ZONE);
      } while (!expected.equals(LocalDate.now(Clock.system(ZoneId.systemDefault()))));

      assertThat(actual).isEqualTo(expected);
      assertThat(SystemClock.DEFAULT_ZONE.getZone()).isEqualTo(ZoneId.systemDefault());
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Etc/GMT+12", "Asia/Kathmandu"})
  void theDayReviewsAreJudgedByFindsTheSameOverdueReviewsAsToday(String zone) {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      LocalDate today = SystemClock.today(SystemClock.DEFAULT_ZONE);
      for (int days = -3; days <= 3; days++) {
        LocalDate due = today.plusDays(days);
        LocalDate judgedBy = SystemClock.todayForReviewsDue(SystemClock.DEFAULT_ZONE, due);
        if (!SystemClock.today(SystemClock.DEFAULT_ZONE).equals(today)) {
          return; // midnight passed while testing; the next run checks again
        }

        assertThat(due.isBefore(judgedBy)).as("due %s, today %s, judged by %s", due, today, judgedBy)
            .isEqualTo(due.isBefore(today));
        if (due.isBefore(today)) {
          assertThat(judgedBy).as("an overdue review is reported with today's date").isEqualTo(today);
        }
      }
      assertThat(SystemClock.todayForReviewsDue(SystemClock.DEFAULT_ZONE, null)).isBetween(today.minusDays(1),
          today.plusDays(1));
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-31T23:30:00Z", "2027-01-01T00:30:00Z"})
  void anyOtherClockIsReadAsItIs(String instant) {
    Clock clock = Clock.fixed(java.time.Instant.parse(instant), ZoneOffset.ofHours(-1));

    assertThat(SystemClock.today(clock)).isEqualTo(LocalDate.now(clock));
    assertThat(SystemClock.todayForReviewsDue(clock, LocalDate.now(clock).plusYears(1))).isEqualTo(LocalDate.now(clock));
  }
}
