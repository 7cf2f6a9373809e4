package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class ParentConductProcessTest extends PathScenario {

  ParentConductProcessTest() {
    super("parent-conduct", new Object[] {"perpetratorType", "PARENT"}, CONFIRMED, List.of("headteacher"));
  }
}
