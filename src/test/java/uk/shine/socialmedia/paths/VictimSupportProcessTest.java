package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class VictimSupportProcessTest extends PathScenario {

  @Override
  protected String pathKey() {
    return "victim-support";
  }

  @Override
  protected Object[] report() {
    return new Object[] {"perpetratorType", "PUBLIC", "victimType", "STAFF"};
  }

  @Override
  protected Object[] triage() {
    return new Object[] {};
  }

  @Override
  protected List<String> expectedGroups() {
    return List.of("slt");
  }
}
