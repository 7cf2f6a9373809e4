package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class SafeguardingReferralProcessTest extends PathScenario {

  SafeguardingReferralProcessTest() {
    super("safeguarding-referral", new Object[] {"safeguardingConcern", true}, BEFORE_TRIAGE, List.of("dsl"));
  }
}
