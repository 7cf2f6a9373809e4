package uk.shine.socialmedia.retention;

import java.time.LocalDate;

/** When a closed case's records are due for removal, under which rule, and when they are reviewed first. */
record RemovalPlan(String rule, LocalDate removalDue, LocalDate reviewDue) {
}
