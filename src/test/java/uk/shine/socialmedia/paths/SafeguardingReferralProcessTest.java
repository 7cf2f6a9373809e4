package uk.shine.socialmedia.paths;

import java.util.List;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class SafeguardingReferralProcessTest extends PathScenario {

  @Override
  protected String pathKey() {
    return "safeguarding-referral";
  }

  @Override
  protected Object[] report() {
    return new Object[] {"safeguardingConcern", true};
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
