package uk.shine.socialmedia.support;

import java.time.Duration;
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

  /**
   * @param waitFirst how long the path waits (a timer) before the task appears: the clock moves on first
   */
  public record Step(String taskKey, Object[] answers, Duration waitFirst) {

    Step(String taskKey, Object[] answers) {
      this(taskKey, answers, Duration.ZERO);
    }
  }

  /** The steps of every path, with dates and times taken from the engine's clock as it is now. */
  private static Map<String, List<Step>> steps() {
    String today = today();
    Map<String, List<Step>> steps = new java.util.HashMap<>(Map.of(
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
          new Step("screen-harm-threshold", new Object[] {"staffMemberName", "Sam Staff", "belowThreshold", "BREACH",
              "screeningNotes", "Brought the school into disrepute online; no risk to children"}),
          new Step("consider-suspension", new Object[] {"suspensionAlternatives", "None needed",
              "suspensionDecision", "NO_SUSPENSION", "suspensionReasons", "No risk to children or evidence"}),
          new Step("appoint-investigating-officer", new Object[] {"investigatingOfficer", "Ian Vestigator",
              "hearingManager", "Helen Hearing", "investigationTerms", "The post of 3 March and its comments"}),
          new Step("investigate-allegation", new Object[] {"investigationFindings", "Post removed the same day, apology given",
              "investigationRecommendation", "NO_CASE_TO_ANSWER"}),
          new Step("decide-on-case", new Object[] {"caseDecision", "NO_CASE_TO_ANSWER",
              "decisionReasons", "Removed at once; first concern"}),
          new Step("send-no-further-action-letter", new Object[] {"letterSentOn", today})),
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
      "data-breach", List.of(
          new Step("contain-breach", new Object[] {"takeDownRequested", true, "takeDownRequestedFrom", "Facebook",
              "takeDownRequestedOn", today, "containmentSteps", "Post removed by the platform the same day"}),
          new Step("assess-breach", new Object[] {"peopleAffected", "PUPILS", "peopleAffectedCount", 28,
              "dataCategories", "First names and class", "specialCategoryData", false, "likelihood", "REMOTE",
              "severity", "SIGNIFICANT"}),
          new Step("decide-ico-report", new Object[] {"icoDecision", "NOT_REPORTED",
              "notReportingReason", "Removed within the hour, seen by few, first names only"}),
          new Step("decide-tell-affected", new Object[] {"affectedTold", "NOT_TOLD", "notTellingReason", "NOT_HIGH_RISK"}),
          new Step("close-breach", new Object[] {"lessonsLearnt", "Staff reminded not to post class photos with names"})),
      "image-publication", List.of(
          new Step("check-consent", new Object[] {"decisionWebsite", "APPROVED", "everyChildChecked", true})),
      "victim-support", List.of(
          new Step("meet-staff-victim", new Object[] {"metOn", today, "supportNotes", "Weekly check-ins agreed"}),
          new Step("offer-health-support", new Object[] {"occupationalHealth", "ACCEPTED", "counselling", "DECLINED"}),
          new Step("preserve-evidence", new Object[] {"screenPrintsKept", true, "emailsKept", true,
              "evidenceAdviceGiven", true}),
          new Step("record-platform-reports", new Object[] {"platformReport", "REPORTED", "helplineReport", "NOT_NEEDED"}),
          new Step("welfare-check-in", new Object[] {"checkedInOn", today(Duration.ofDays(28)),
              "welfareNotes", "Feeling better", "furtherSupport", "NONE"}, Duration.ofDays(28)))));
    // Map.of takes ten paths at most
    steps.put("pupil-parent-support", List.of(
        new Step("support-pupil-victim", new Object[] {"victimSupport", "Form tutor check-ins; parents met",
            "victimParentsInformed", true})));
    return steps;
  }

  private PathWork() {
  }

  public static List<Step> steps(String pathKey) {
    return steps().get(pathKey);
  }

  /** Completes every task of a running path, in order, with its form's answers. */
  public static void finish(Cases cases, String caseId, String pathKey) {
    String path = cases.path(caseId, pathKey);
    for (Step step : steps(pathKey)) {
      if (!step.waitFirst().isZero()) {
        EngineClock.forward(step.waitFirst());
        cases.runJobs();
      }
      cases.complete(path, step.taskKey(), step.answers());
    }
  }

  public static Step step(String pathKey, String taskKey) {
    return steps(pathKey).stream().filter(step -> step.taskKey().equals(taskKey)).findFirst().orElseThrow();
  }

  public static String today() {
    return today(Duration.ZERO);
  }

  /** The date some time after now, as a date field sends it. */
  public static String today(Duration later) {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant().plus(later), ZoneId.of("Europe/London")).toString();
  }

  /** A date-and-time field's value, as Tasklist sends it, some minutes before the engine's clock. */
  public static String minutesAgo(long minutes) {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/London"))
        .minusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES).toString();
  }
}
