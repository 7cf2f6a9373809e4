package uk.shine.socialmedia.imagepublication;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.forms.RefusedInput;

/**
 * The check of a publication: a second person (never the one who asked), and no channel approved
 * while a pictured child may not appear on it. The register is read again at the moment of the
 * decision, so a consent withdrawn since the task opened counts.
 */
@Component
class ConsentCheckRules implements FormRule {

  private final ConsentRegister register;

  ConsentCheckRules(ConsentRegister register) {
    this.register = register;
  }

  @Override
  public String formKey() {
    return "check-consent";
  }

  /** A publication of no school: no pupil has consent anywhere. */
  @Override
  public void check(Map<String, Object> answers) {
    check(answers, null);
  }

  /** Against the register of the publication's school. */
  @Override
  public void check(Map<String, Object> answers, String school) {
    String checker = EngineUser.inCommand();
    if (checker == null || checker.equals(answers.get(PublicationVariables.REQUESTED_BY))) {
      throw new RefusedInput(PublicationVariables.REQUESTED_BY, "You asked for this publication, so someone else"
          + " must check it (two-person rule): leave this task to another senior leader");
    }
    var pupils = PublicationVariables.parseReferences(String.valueOf(answers.get(PublicationVariables.PUPIL_REFERENCES)));
    var consents = register.find(school, pupils);
    for (Channel channel : Channel.all()) {
      if (!PublicationVariables.APPROVED.equals(answers.get(channel.decision()))) {
        continue;
      }
      boolean everyChildMayAppear = pupils.stream()
          .allMatch(pupil -> consents.containsKey(pupil) && consents.get(pupil).mayAppearOn(channel));
      if (!everyChildMayAppear) {
        throw new RefusedInput(channel.decision(), "Not every pictured child may appear on " + channel.label()
            + " (blocked, or no consent): refuse " + channel.label() + " (" + channel.decision() + ")");
      }
    }
  }
}
