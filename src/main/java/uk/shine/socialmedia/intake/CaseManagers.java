package uk.shine.socialmedia.intake;

import static uk.shine.socialmedia.security.CaseGroups.CEO;
import static uk.shine.socialmedia.security.CaseGroups.CHAIR;
import static uk.shine.socialmedia.security.CaseGroups.HEADTEACHER;
import static uk.shine.socialmedia.security.CaseGroups.HR;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import uk.shine.socialmedia.schools.Trust;

/** Decides who manages a case (see {@link CaseManagement}). */
@Service
public class CaseManagers {

  private final IdentityService identityService;
  private final Trust trust;

  public CaseManagers(IdentityService identityService, Trust trust) {
    this.identityService = identityService;
    this.trust = trust;
  }

  /**
   * Who handles a case of this school (tenant): as decided, except in the trust's central office, which has
   * no head teacher and no chair: its chief executive ({@code ceo}, a member of every school) leads a case
   * there and manages it in their place. HR still manages a case about centrally employed staff.
   */
  public CaseManagement inSchool(CaseManagement management, String school) {
    return trust.central().equals(school)
        ? new CaseManagement(atCentral(management.caseManagerGroup()), atCentral(management.leaderGroup()))
        : management;
  }

  private static String atCentral(String group) {
    return HEADTEACHER.equals(group) || CHAIR.equals(group) ? CEO : group;
  }

  public CaseManagement decide(PerpetratorType perpetratorType, boolean employedCentrally, String subjectUserId) {
    return decide(perpetratorType, employedCentrally, subjectUserId, null);
  }

  /**
   * A governor's conduct is for the chair of governors, the leader of the governing body; the chair's own is for
   * the trust, which appoints and removes local governors: its Head of HR ({@code hr}, trust-wide) manages the
   * case for it. The head teacher still leads the school's response, unless the head teacher is the subject.
   * The trust's chief executive ({@code ceo}) manages in place of HR a case whose subject is in {@code hr}, as
   * the chair does for the head teacher.
   */
  public CaseManagement decide(PerpetratorType perpetratorType, boolean employedCentrally, String subjectUserId,
      SubjectRelationship relationship) {
    CaseManagement management = byRole(perpetratorType, employedCentrally, subjectUserId, relationship);
    return HR.equals(management.caseManagerGroup()) && isMember(subjectUserId, HR)
        ? new CaseManagement(CEO, management.leaderGroup()) : management;
  }

  private CaseManagement byRole(PerpetratorType perpetratorType, boolean employedCentrally, String subjectUserId,
      SubjectRelationship relationship) {
    if (isMember(subjectUserId, HEADTEACHER)) {
      return new CaseManagement(CHAIR, CHAIR);
    }
    if (perpetratorType == PerpetratorType.STAFF && relationship == SubjectRelationship.GOVERNOR) {
      return new CaseManagement(isMember(subjectUserId, CHAIR) ? HR : CHAIR, HEADTEACHER);
    }
    if (perpetratorType == PerpetratorType.STAFF && employedCentrally) {
      return new CaseManagement(HR, HEADTEACHER);
    }
    return new CaseManagement(HEADTEACHER, HEADTEACHER);
  }

  private boolean isMember(String userId, String group) {
    return userId != null
        && identityService.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
  }
}
