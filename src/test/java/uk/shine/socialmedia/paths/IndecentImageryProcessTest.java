package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class IndecentImageryProcessTest extends PathScenario {

  @Override
  protected String pathKey() {
    return "indecent-imagery";
  }

  @Override
  protected Object[] report() {
    return new Object[] {"indecentImagery", true, "victimType", "PUPIL"};
  }

  @Override
  protected Object[] triage() {
    return null;
  }

  @Override
  protected List<String> expectedGroups() {
    return List.of("dsl");
  }
}
