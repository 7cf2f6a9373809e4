package uk.shine.socialmedia.intake;

import static uk.shine.socialmedia.security.CaseGroups.CHAIR;
import static uk.shine.socialmedia.security.CaseGroups.HEADTEACHER;
import static uk.shine.socialmedia.security.CaseGroups.HR;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

/** Decides who manages a case (see {@link CaseManagement}). */
@Service
public class CaseManagers {

  private final IdentityService identityService;

  public CaseManagers(IdentityService identityService) {
    this.identityService = identityService;
  }

  public CaseManagement decide(PerpetratorType perpetratorType, boolean employedCentrally, String subjectUserId) {
    if (isHeadTeacher(subjectUserId)) {
      return new CaseManagement(CHAIR, CHAIR);
    }
    if (perpetratorType == PerpetratorType.STAFF && employedCentrally) {
      return new CaseManagement(HR, HEADTEACHER);
    }
    return new CaseManagement(HEADTEACHER, HEADTEACHER);
  }

  private boolean isHeadTeacher(String userId) {
    return userId != null
        && identityService.createUserQuery().userId(userId).memberOfGroup(HEADTEACHER).count() > 0;
  }
}
