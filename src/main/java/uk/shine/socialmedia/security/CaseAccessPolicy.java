package uk.shine.socialmedia.security;

import static uk.shine.socialmedia.security.CaseGroups.DSL;
import static uk.shine.socialmedia.security.CaseGroups.HEADTEACHER;
import static uk.shine.socialmedia.security.CaseGroups.HR;
import static uk.shine.socialmedia.security.CaseGroups.SLT;

import java.util.LinkedHashSet;
import java.util.Set;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.intake.PerpetratorType;

/**
 * Which groups may read a case, or one of its paths, as a whole (its state, variables and history).
 * Tasks are visible to their candidate groups besides. HR sees staff cases only; nobody outside the
 * case groups sees anything; the subject of a case is excluded separately, person by person.
 */
public final class CaseAccessPolicy {

  private CaseAccessPolicy() {
  }

  /**
   * @param leaderGroup headteacher, or chair when the head teacher is the subject (null outside a case)
   * @param caseManagerGroup who manages the case (null outside a case)
   */
  public static Set<String> readers(String processKey, String leaderGroup, String caseManagerGroup,
      String perpetratorType) {
    boolean staffCase = PerpetratorType.STAFF.name().equals(perpetratorType);
    Set<String> groups = new LinkedHashSet<>();
    switch (processKey) {
      case ConcernVariables.PROCESS_KEY -> {
        groups.add(DSL);
        if (staffCase) {
          groups.add(HR);
        }
      }
      case "indecent-imagery", "safeguarding-referral" -> groups.add(DSL);
      case "police-liaison" -> {
        groups.add(DSL);
        if (staffCase) {
          groups.add(HR);
        }
      }
      case "staff-disciplinary" -> groups.addAll(Set.of(HR, SLT, DSL));
      case "pupil-behaviour" -> groups.addAll(Set.of(SLT, DSL));
      case "parent-conduct", "public-post-response" -> groups.add(SLT);
      // a staff victim's welfare, whoever the perpetrator: the path holds nothing of the report's account
      case "victim-support" -> groups.addAll(Set.of(SLT, HR));
      case "image-publication" -> groups.addAll(Set.of(SLT, HEADTEACHER));
      case "records-retention", "legal-hold" -> groups.add(CaseGroups.DPO);
      default -> {
        // an unknown process is readable by nobody but its task candidates
      }
    }
    if (leaderGroup != null && !"safeguarding-referral".equals(processKey)) {
      groups.add(leaderGroup);
    }
    if (caseManagerGroup != null && !"safeguarding-referral".equals(processKey)) {
      groups.add(caseManagerGroup);
    }
    return groups;
  }
}
