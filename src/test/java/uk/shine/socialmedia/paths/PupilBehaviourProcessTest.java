package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class PupilBehaviourProcessTest extends PathScenario {

  @Override
  protected String pathKey() {
    return "pupil-behaviour";
  }

  @Override
  protected Object[] report() {
    return new Object[] {"perpetratorType", "PUPIL", "victimType", "PUPIL"};
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
