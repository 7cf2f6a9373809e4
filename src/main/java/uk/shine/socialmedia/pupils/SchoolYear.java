package uk.shine.socialmedia.pupils;

import java.time.LocalDate;
import java.time.Month;

/**
 * A school year, for the limit of 45 school days of suspension: from 1 August to 31 July, so it holds
 * the autumn term that starts in September and the summer term that ends in July (Education Act 1996,
 * s.579: the year begins with the first term to begin after July).
 */
record SchoolYear(LocalDate starts, LocalDate ends) {

  static SchoolYear of(LocalDate day) {
    int first = day.getMonthValue() >= Month.AUGUST.getValue() ? day.getYear() : day.getYear() - 1;
    return new SchoolYear(LocalDate.of(first, Month.AUGUST, 1), LocalDate.of(first + 1, Month.JULY, 31));
  }

  /** "2025 to 2026", as schools write it. */
  String name() {
    return starts.getYear() + " to " + ends.getYear();
  }
}
