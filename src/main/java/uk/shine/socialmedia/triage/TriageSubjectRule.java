package uk.shine.socialmedia.triage;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.forms.RefusedInput;

/**
 * The member of staff triage names as the subject is someone the system knows, by their login name. A
 * field of its own, not {@code subjectUserId}: triage can name or correct the subject but never clear one.
 */
@Component
class TriageSubjectRule implements FormRule {

  static final String SUBJECT_NAMED_AT_TRIAGE = "subjectNamedAtTriage";

  private final IdentityService identityService;

  // lazily: the form rules are built with the engine, before its services exist
  TriageSubjectRule(@Lazy IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public String formKey() {
    return "triage";
  }

  @Override
  public void check(Map<String, Object> answers) {
    if (!(answers.get(SUBJECT_NAMED_AT_TRIAGE) instanceof String subject) || subject.isBlank()) {
      return;
    }
    if (!subject.matches("[a-zA-Z0-9]{1,64}") || identityService.createUserQuery().userId(subject).count() == 0) {
      throw new RefusedInput(SUBJECT_NAMED_AT_TRIAGE, "Name the member of staff by their login name, as the system knows "
          + "them (subjectNamedAtTriage)");
    }
  }
}
