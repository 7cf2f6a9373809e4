package uk.shine.socialmedia.chronology;

import java.util.Map;

/**
 * The variables a chronology shows, with their labels: decisions and referrals only, each a yes/no or
 * a value from a form's list. Free text (notes, names, the summary) stays in the forms, not here.
 */
final class DecisionVariables {

  static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("perpetratorType", "Who posted it"),
      Map.entry("victimType", "Who was targeted"),
      Map.entry("indecentImagery", "Indecent imagery"),
      Map.entry("safeguardingConcern", "Safeguarding concern"),
      Map.entry("criminalSuspicion", "Criminal offence suspected"),
      Map.entry("noFurtherAction", "No further action"),
      Map.entry("outcomeCategory", "Case outcome"),
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
      Map.entry("staffAllegation", "Allegation against staff"),
      Map.entry("banDecision", "Premises ban"),
      Map.entry("conductAfterLetter", "Parent's conduct after the letter"),
      Map.entry("postAuthor", "Author of the public post"),
      Map.entry("publicResponse", "Public response"),
      Map.entry("recurrence", "Recurrence"));

  private DecisionVariables() {
  }

  static String describe(String name, Object value) {
    String shown = value instanceof Boolean yes ? (yes ? "yes" : "no") : String.valueOf(value);
    return LABELS.get(name) + ": " + shown;
  }
}
