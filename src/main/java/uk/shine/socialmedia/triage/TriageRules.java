package uk.shine.socialmedia.triage;

import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.DATA_BREACH_PATH_STARTED;
import static uk.shine.socialmedia.intake.ConcernVariables.IMAGERY_PATH_STARTED;
import static uk.shine.socialmedia.intake.ConcernVariables.INDECENT_IMAGERY;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION_REASON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERSONAL_DATA_DISCLOSED;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_PATH_STARTED;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.forms.RefusedInput;

/** Answers of the triage form that contradict each other. */
@Component
class TriageRules implements FormRule {

  @Override
  public String formKey() {
    return "triage";
  }

  @Override
  public void check(Map<String, Object> answers) {
    if (!yes(answers, NO_FURTHER_ACTION)) {
      // police liaison is what holds the school's own investigations while the police work
      if (yes(answers, INDECENT_IMAGERY) && !yes(answers, CRIMINAL_SUSPICION)) {
        throw new RefusedInput(CRIMINAL_SUSPICION, "Indecent images of children are a crime: tick 'a criminal offence "
            + "may have been committed' so that police liaison runs (criminalSuspicion)");
      }
      return;
    }
    if (yes(answers, CRIMINAL_SUSPICION)) {
      throw new RefusedInput(NO_FURTHER_ACTION,
          "A suspected crime cannot be closed with no further action: untick one of them (noFurtherAction)");
    }
    if (yes(answers, INDECENT_IMAGERY) && !yes(answers, IMAGERY_PATH_STARTED)) {
      throw new RefusedInput(NO_FURTHER_ACTION, "Indecent images of children found at triage cannot be closed with no "
          + "further action: the safeguarding lead and the police must have them (noFurtherAction)");
    }
    if (yes(answers, SAFEGUARDING_CONCERN) && !yes(answers, SAFEGUARDING_PATH_STARTED)) {
      throw new RefusedInput(NO_FURTHER_ACTION,
          "A new safeguarding concern cannot be closed with no further action: the DSL must see it (noFurtherAction)");
    }
    if (yes(answers, PERSONAL_DATA_DISCLOSED) && !yes(answers, DATA_BREACH_PATH_STARTED)) {
      throw new RefusedInput(NO_FURTHER_ACTION, "Personal data disclosed cannot be closed with no further action: "
          + "the data protection lead must decide on reporting it within 72 hours (noFurtherAction)");
    }
    if (!(answers.get(NO_FURTHER_ACTION_REASON) instanceof String reason) || reason.isBlank()) {
      throw new RefusedInput(NO_FURTHER_ACTION_REASON,
          "Give the reason for taking no further action (noFurtherActionReason)");
    }
  }

  private static boolean yes(Map<String, Object> answers, String name) {
    return Boolean.TRUE.equals(answers.get(name));
  }
}
