package uk.shine.socialmedia.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * For each path, its tasks in order with answers their forms allow: enough to carry the path to its
 * end through its forms alone, on the plainest route (no hold, no referral, no escalation).
 */
public final class PathWork {

  public record Step(String taskKey, Object[] answers) {
  }

  /** The steps of every path, with dates and times taken from the engine's clock as it is now. */
  private static Map<String, List<Step>> steps() {
    String today = today();
    return Map.of(
      "indecent-imagery", List.of(
          new Step("secure-evidence", new Object[] {"evidenceKind", "DEVICE", "evidenceDescription", "Black phone, switched off",
              "sealNumber", "EB-4471", "evidenceLocation", "Safe in the head's office", "securedBy", "D. Safeguarding",
              "securedAt", minutesAgo(50), "imagesNotViewed", true}),
          new Step("contact-police", new Object[] {"policeCalledAt", minutesAgo(45), "policeOfficer", "Call handler 2231",
              "crimeReference", "CR/123/26"}),
          new Step("assess-referral-criteria", new Object[] {"criteriaNotes", "Two pupils of the same age, no criterion applies"}),
          new Step("inform-parents", new Object[] {"parentsDecision", "INFORMED", "parentsInformedOn", today}),
          new Step("hand-over-evidence", new Object[] {"sealNumber", "EB-4471", "evidenceOutcome", "HANDED_TO_POLICE",
              "handedOverAt", minutesAgo(10), "receivingOfficer", "PC 4410 Patel", "sealIntact", true}),
          new Step("close-imagery", new Object[] {"reportRemove", "SIGNPOSTED", "imageryOutcome", "SCHOOL_SUPPORT"})),
      "safeguarding-referral", List.of(
          new Step("acknowledge-concern", new Object[] {"initialAssessment", "Seen; talking to the child today",
              "adultWorkingWithChildrenImplicated", false}),
          new Step("decide-referrals", new Object[] {"monitorOnly", true, "referralNotes", "Below the threshold for a referral"}),
          new Step("review-safeguarding", new Object[] {"reviewNotes", "Settled, no further worries",
              "reviewDecision", "CLOSE", "safeguardingOutcome", "MONITORED_IN_SCHOOL"})),
      "police-liaison", List.of(
          new Step("refer-to-police", new Object[] {"referredBy", "H. Teacher", "referredAt", minutesAgo(30),
              "policeOfficer", "PC 123", "crimeReference", "CR/77/26", "policeAskToWait", false}),
          new Step("record-police-outcome", new Object[] {"crimeReference", "CR/77/26", "policeOutcome", "NO_FURTHER_ACTION"})),
      "staff-disciplinary", List.of(
          new Step("screen-harm-threshold", new Object[] {"harmThreshold", "BREACH",
              "screeningNotes", "Conduct breach, no risk to children"}),
          new Step("investigate-allegation", new Object[] {"investigationFindings", "Post removed, apology given"})),
      "pupil-behaviour", List.of(
          new Step("investigate-pupil-behaviour", new Object[] {"pupilReference", "A1234",
              "investigationFindings", "Spoke to both pupils", "childOnChildAbuse", false}),
          new Step("decide-sanction", new Object[] {"sanction", "INTERNAL", "sanctionReasons", "Restorative meeting and a week of lunchtime reflection"}),
          new Step("inform-parents-of-sanction", new Object[] {"parentsWrittenToOn", today})),
      "parent-conduct", List.of(
          new Step("screen-staff-allegation", new Object[] {"staffAllegation", "NONE", "screeningNotes", "About the school's policy, nobody named"}),
          new Step("meet-parent", new Object[] {"meetingDate", today, "meetingNotes", "Agreed to use the complaints procedure"}),
          new Step("ask-parent-to-remove", new Object[] {"removalLetterSentOn", today, "complaintsProcedureIncluded", true}),
          new Step("report-parent-post", new Object[] {"platformReport", "REPORTED", "helplineContacted", false}),
          new Step("review-parent-conduct", new Object[] {"conductAfterLetter", "RESOLVED", "conductNotes", "Post removed"})),
      "public-post-response", List.of(
          new Step("investigate-public-post", new Object[] {"investigationFindings", "Anonymous account, since closed",
              "postAuthor", "NOT_IDENTIFIED"}),
          new Step("report-public-post", new Object[] {"platformReport", "REPORTED", "helplineContacted", true}),
          new Step("support-community-member", new Object[] {"communitySupport", "Head teacher called the parent named"}),
          new Step("decide-public-response", new Object[] {"publicResponse", "NO_PUBLIC_RESPONSE", "responseNotes", "Would spread it further"}),
          new Step("review-recurrence", new Object[] {"recurrence", "NONE"})),
      "image-publication", List.of(
          new Step("check-consent", new Object[] {"decisionWebsite", "APPROVED", "everyChildChecked", true})),
      "victim-support", List.of(
          new Step("meet-staff-victim", new Object[] {"metOn", today, "counsellingOffered", true,
              "supportNotes", "Weekly check-ins"})));
  }

  private PathWork() {
  }

  public static List<Step> steps(String pathKey) {
    return steps().get(pathKey);
  }

  /** Completes every task of a running path, in order, with its form's answers. */
  public static void finish(Cases cases, String caseId, String pathKey) {
    String path = cases.path(caseId, pathKey);
    steps(pathKey).forEach(step -> cases.complete(path, step.taskKey(), step.answers()));
  }

  public static Step step(String pathKey, String taskKey) {
    return steps(pathKey).stream().filter(step -> step.taskKey().equals(taskKey)).findFirst().orElseThrow();
  }

  public static String today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/London")).toString();
  }

  /** A date-and-time field's value, as Tasklist sends it, some minutes before the engine's clock. */
  public static String minutesAgo(long minutes) {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/London"))
        .minusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES).toString();
  }
}
