package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class IndecentImageryProcessTest extends PathScenario {

  IndecentImageryProcessTest() {
    super("indecent-imagery", new Object[] {"indecentImagery", true, "victimType", "PUPIL"}, BEFORE_TRIAGE, List.of("dsl"));
  }
}
