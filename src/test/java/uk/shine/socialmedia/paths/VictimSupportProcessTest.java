package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class VictimSupportProcessTest extends PathScenario {

  VictimSupportProcessTest() {
    super("victim-support", new Object[] {"perpetratorType", "PUBLIC", "victimType", "STAFF"}, CONFIRMED, List.of("slt"));
  }
}
