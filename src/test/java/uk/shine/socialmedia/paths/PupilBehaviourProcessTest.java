package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class PupilBehaviourProcessTest extends PathScenario {

  PupilBehaviourProcessTest() {
    super("pupil-behaviour", new Object[] {"perpetratorType", "PUPIL", "victimType", "PUPIL"}, CONFIRMED, List.of("slt"));
  }
}
