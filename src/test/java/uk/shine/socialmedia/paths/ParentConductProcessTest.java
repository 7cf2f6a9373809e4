package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class ParentConductProcessTest extends PathScenario {

  @Override
  protected String pathKey() {
    return "parent-conduct";
  }

  @Override
  protected Object[] report() {
    return new Object[] {"perpetratorType", "PARENT"};
  }

  @Override
  protected Object[] triage() {
    return new Object[] {};
  }

  @Override
  protected List<String> expectedGroups() {
    return List.of("headteacher");
  }
}
