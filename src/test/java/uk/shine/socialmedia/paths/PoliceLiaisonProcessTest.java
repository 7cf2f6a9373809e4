package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class PoliceLiaisonProcessTest extends PathScenario {

  @Override
  protected String pathKey() {
    return "police-liaison";
  }

  @Override
  protected Object[] report() {
    return new Object[] {"perpetratorType", "PUBLIC"};
  }

  @Override
  protected Object[] triage() {
    return new Object[] {"criminalSuspicion", true};
  }

  @Override
  protected List<String> expectedGroups() {
    return List.of("headteacher", "dsl");
  }
}
