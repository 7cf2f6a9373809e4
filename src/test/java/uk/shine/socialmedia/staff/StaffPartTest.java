package uk.shine.socialmedia.staff;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.support.Cases;

/** What the test of each part of the staff model starts from: the engine, the calendar, and {@link StaffCases}. */
abstract class StaffPartTest {

  @Autowired Cases cases;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired WorkingDays workingDays;
  StaffCases staffCases;

  @BeforeEach
  void staffCases() {
    staffCases = new StaffCases(cases, history, workingDays);
  }
}
