package uk.shine.socialmedia.cases;

import java.util.List;
import java.util.Set;

/**
 * One of the case's paths (a process the case starts as a call activity): besides what every process
 * declares, what it receives from the case, what kind of record it makes the case for the retention
 * table, the statutory deadlines it keeps for the governors' audit and the themed Tasklist filter its
 * tasks appear in. A path writes nothing back into the case. Routing, retention and the audit collect
 * these; how to add a path: docs/adding-a-path.md.
 */
public interface CasePath extends ProcessDeclaration {

  /** The case's variables it receives when the case starts it. */
  List<String> fromTheCase();

  /** What kind of record having taken this path makes a case (the retention table's inputs). */
  default Set<RecordCategory> recordCategories() {
    return Set.of();
  }

  /** Statutory deadlines it keeps, as the governors' audit reports them. */
  default List<StatutoryDeadline> statutoryDeadlines() {
    return List.of();
  }

  /** The themed Tasklist filters that gather its tasks. */
  /**
   * The path's internal steps (user task ids) that wait while the police ask the school to wait, once a
   * referral to the police is recorded anywhere in the case (police.PoliceHold): they stay in the case,
   * offered to nobody and without a due date, until the police clear the school to go ahead.
   */
  default Set<String> stepsHeldForThePolice() {
    return Set.of();
  }

  default Set<TasklistFilter> tasklistFilters() {
    return Set.of();
  }
}
