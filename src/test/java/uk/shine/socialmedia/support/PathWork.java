package uk.shine.socialmedia.support;

import java.time.LocalDate;
import java.util.Map;

/** For each path, its open task and answers its form allows, to carry the path to its end. */
public final class PathWork {

  public record Step(String taskKey, Object[] answers) {
  }

  private static final String TODAY = LocalDate.now().toString();

  public static final Map<String, Step> STEPS = Map.of(
      "indecent-imagery", new Step("secure-evidence", new Object[] {"evidenceItem", "Phone in sealed bag 4471",
          "evidenceLocation", "Head's locked cupboard", "securedBy", "D. Safeguarding", "policeOfficer", "PC 123",
          "imagesNotViewed", true}),
      "safeguarding-referral", new Step("acknowledge-concern", new Object[] {"initialAssessment", "Seen; talking to the child today"}),
      "police-liaison", new Step("refer-to-police", new Object[] {"referredOn", TODAY, "policeOfficer", "PC 123"}),
      "staff-disciplinary", new Step("screen-harm-threshold", new Object[] {"harmThreshold", "BREACH",
          "screeningNotes", "Conduct breach, no risk to children"}),
      "pupil-behaviour", new Step("investigate-pupil-behaviour", new Object[] {"investigationFindings", "Spoke to both pupils"}),
      "parent-conduct", new Step("meet-parent", new Object[] {"meetingDate", TODAY, "meetingNotes", "Post removed"}),
      "public-post-response", new Step("investigate-public-post", new Object[] {"investigationFindings", "Author not identified"}),
      "victim-support", new Step("meet-staff-victim", new Object[] {"metOn", TODAY, "counsellingOffered", true,
          "supportNotes", "Weekly check-ins"}));

  private PathWork() {
  }

  /** Completes the open task of a running path with its form's answers. */
  public static void finish(Cases cases, String caseId, String pathKey) {
    Step step = STEPS.get(pathKey);
    cases.complete(cases.path(caseId, pathKey), step.taskKey(), step.answers());
  }
}
