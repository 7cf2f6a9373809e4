package uk.shine.socialmedia.victim;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * No screen prints when the content may include indecent images of children (UKCIS, Sharing nudes and
 * semi-nudes: advice for education settings, 2024: never copy, print or save the imagery). The form
 * hides the tick then; this refuses it from anyone who sends it anyway.
 */
@Component
class EvidenceChecklistRules implements FormRule {

  static final String SCREEN_PRINTS_KEPT = "screenPrintsKept";

  @Override
  public String formKey() {
    return "preserve-evidence";
  }

  @Override
  public void check(Map<String, Object> answers) {
    if (Boolean.TRUE.equals(answers.get(ConcernVariables.INDECENT_IMAGERY))
        && Boolean.TRUE.equals(answers.get(SCREEN_PRINTS_KEPT))) {
      throw new RefusedInput(SCREEN_PRINTS_KEPT, "Screen prints must not be kept when the content may include indecent"
          + " images of children: describe where the content is and leave it to the safeguarding lead and the police");
    }
  }
}
