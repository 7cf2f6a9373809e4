package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class PublicPostResponseProcessTest extends PathScenario {

  PublicPostResponseProcessTest() {
    super("public-post-response", new Object[] {"perpetratorType", "UNKNOWN", "victimType", "PARENT"}, CONFIRMED, List.of("headteacher"));
  }
}
