package uk.shine.socialmedia.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.INDECENT_IMAGERY;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION;
import static uk.shine.socialmedia.intake.ConcernVariables.OUTCOME_CATEGORY;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.support.Declarations;

/** The decisions a chronology shows, with their labels: the case's and every path's. */
class DecisionLabelsTest {

  static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry(PERPETRATOR_TYPE, "Who posted it"),
      Map.entry(VICTIM_TYPE, "Who was targeted"),
      Map.entry(INDECENT_IMAGERY, "Indecent imagery"),
      Map.entry(SAFEGUARDING_CONCERN, "Safeguarding concern"),
      Map.entry(CRIMINAL_SUSPICION, "Criminal offence suspected"),
      Map.entry(NO_FURTHER_ACTION, "No further action"),
      Map.entry(OUTCOME_CATEGORY, "Case outcome"),
      Map.entry("urgentStepsOverdue", "Imagery first steps overdue"),
      Map.entry("evidenceOutcome", "Imagery evidence"),
      Map.entry("parentsDecision", "Parents informed"),
      Map.entry("imageryOutcome", "Imagery outcome"),
      Map.entry("adultWorkingWithChildrenImplicated", "Adult working with children implicated"),
      Map.entry("referredToSocialCare", "Referred to children's social care"),
      Map.entry("referredToPolice", "Referred to the police"),
      Map.entry("referredToEarlyHelp", "Referred to Early Help"),
      Map.entry("referredToCeop", "Referred to CEOP"),
      Map.entry("monitorOnly", "Monitor in school only"),
      Map.entry("ladoDeadlineMet", "LADO consulted in time"),
      Map.entry("allegationUpheld", "Allegation upheld"),
      Map.entry("futureWork", "May work at the school again"),
      Map.entry("reviewDecision", "Safeguarding review"),
      Map.entry("safeguardingOutcome", "Safeguarding outcome"),
      Map.entry("policeAskToWait", "Police ask the school to wait"),
      Map.entry("policeOutcome", "Police outcome"),
      Map.entry("belowThreshold", "Harm threshold"),
      Map.entry("suspensionDecision", "Suspension"),
      Map.entry("investigationRecommendation", "Investigation recommends"),
      Map.entry("caseDecision", "Disciplinary decision"),
      Map.entry("hearingOutcome", "Hearing outcome"),
      Map.entry("appealOutcome", "Appeal outcome"),
      Map.entry("allegationOutcome", "Allegation outcome"),
      Map.entry("sanction", "Sanction"),
      Map.entry("childOnChildAbuse", "Child-on-child abuse"),
      Map.entry("governorsDecision", "Governors' decision"),
      Map.entry("parentsRepresentations", "Parents' representations"),
      Map.entry("boardConsideration", "Governors' consideration"),
      Map.entry("staffAllegation", "Allegation against staff"),
      Map.entry("banDecision", "Premises ban"),
      Map.entry("conductAfterLetter", "Parent's conduct after the letter"),
      Map.entry("postAuthor", "Author of the public post"),
      Map.entry("publicResponse", "Public response"),
      Map.entry("recurrence", "Recurrence"),
      Map.entry("monitoringDecision", "Monitoring of school systems"),
      Map.entry("monitoringEnded", "Monitoring ended"),
      Map.entry("childProtectionFileSentSeparately", "Child protection file sent separately"),
      Map.entry("childProtectionFileArrived", "Child protection file arrived"),
      Map.entry("approvalDecision", "Prior approval"),
      Map.entry("approvalReviewDecision", "Prior approval reviewed"),
      Map.entry("takeDownRequested", "Take-down requested"),
      Map.entry("riskLevel", "Risk to the people affected"),
      Map.entry("icoDecision", "Reported to the ICO"),
      Map.entry("icoDecidedInTime", "ICO decision within 72 hours"),
      Map.entry("affectedTold", "People affected told"));

  private final DecisionVariables decisions = new DecisionVariables(Declarations.all());

  @Test
  void the_chronology_shows_every_decision_with_its_label() {
    assertThat(decisions.labels()).isEqualTo(LABELS);
  }

  @Test
  void a_decision_reads_as_its_label_and_its_value() {
    assertThat(decisions.describe("policeAskToWait", true)).isEqualTo("Police ask the school to wait: yes");
    assertThat(decisions.describe("sanction", "SUSPENSION")).isEqualTo("Sanction: SUSPENSION");
  }
}
