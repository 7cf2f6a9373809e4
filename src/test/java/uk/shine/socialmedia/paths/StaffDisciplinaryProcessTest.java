package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class StaffDisciplinaryProcessTest extends PathScenario {

  StaffDisciplinaryProcessTest() {
    super("staff-disciplinary", new Object[] {"perpetratorType", "STAFF", "subjectUserId", "teacher2"}, CONFIRMED, List.of("headteacher"));
  }
}
