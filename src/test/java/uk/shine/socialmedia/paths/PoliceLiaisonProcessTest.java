package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class PoliceLiaisonProcessTest extends PathScenario {

  PoliceLiaisonProcessTest() {
    super("police-liaison", new Object[] {"perpetratorType", "PUBLIC"}, new Object[] {"criminalSuspicion", true}, List.of("headteacher", "dsl"));
  }
}
