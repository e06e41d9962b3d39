package org.clientbase.rules.reminder.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.person.Birthday;
import org.clientbase.rules.reminder.LeapDayRule;

/** Where yearly and single dates fall in a window of days. Pure. */
public final class Occurrences {
  private Occurrences() {}

  /**
   * One day a date falls on, with the years since its original year.
   *
   * @param date the day
   * @param years the years since the original date, if its year is known
   */
  public record Occurrence(LocalDate date, Optional<Integer> years) {}

  /**
   * Returns the days from {@code from} to {@code to} (both included) on which a yearly date
   * falls; none before its original date, when its year is known.
   *
   * @param day the yearly date
   * @param rule where 29 February falls in a common year
   * @param from the first day of the window
   * @param to the last day of the window
   * @return the occurrences in date order
   */
  public static List<Occurrence> yearly(Birthday day, LeapDayRule rule, LocalDate from, LocalDate to) {
    List<Occurrence> found = new ArrayList<>();
    LocalDate start = day.dateOfBirth().filter(from::isBefore).orElse(from);
    LocalDate next = rule.next(day, start);
    while (!next.isAfter(to)) {
      int year = next.getYear();
      found.add(new Occurrence(next, day.year().map(y -> year - y.getValue())));
      next = rule.next(day, next.plusDays(1));
    }
    return found;
  }

  /**
   * Returns the date itself if it lies in the window.
   *
   * @param date the single date
   * @param from the first day of the window
   * @param to the last day of the window
   * @return the occurrence, or nothing
   */
  public static List<Occurrence> once(LocalDate date, LocalDate from, LocalDate to) {
    return date.isBefore(from) || date.isAfter(to) ? List.of() : List.of(new Occurrence(date, Optional.empty()));
  }
}
