package uk.shine.socialmedia.imagepublication;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.SchoolDays;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.forms.RefusedInput;

/**
 * A publication request, in the requester's own transaction: at least one channel, the pictured
 * children as pupil references, a publication date not in the past, and who asked (the logged-in
 * person: the checker must be someone else). A refusal stores nothing.
 */
@Component("checkPublicationRequest")
class CheckPublicationRequest implements ExecutionListener {

  private final SchoolDays schoolDays;

  CheckPublicationRequest(SchoolDays schoolDays) {
    this.schoolDays = schoolDays;
  }

  @Override
  public void notify(DelegateExecution execution) {
    PublicationVariables request = PublicationVariables.of(execution);
    request.defaultFlags();
    if (request.requestedChannels().isEmpty()) {
      throw new RefusedInput(Channel.WEBSITE.requested(), "Tick at least one place to publish (channelWebsite, "
          + "channelSocialMedia, channelPress, channelPrint)");
    }
    try {
      var references = request.pupilReferences();
      if (references.size() > PublicationVariables.MAX_PUPILS) {
        throw new RefusedInput(PublicationVariables.PUPIL_REFERENCES, "At most " + PublicationVariables.MAX_PUPILS
            + " pictured children per request (pupilReferences)");
      }
      execution.setVariable(PublicationVariables.PUPIL_REFERENCES, String.join(", ", references));
    } catch (IllegalArgumentException e) {
      throw new RefusedInput(PublicationVariables.PUPIL_REFERENCES, "Pictured children (pupilReferences): " + e.getMessage());
    }
    try {
      if (LocalDate.parse(String.valueOf(execution.getVariable("publicationDate"))).isBefore(schoolDays.today())) {
        throw new RefusedInput("publicationDate", "The publication date (publicationDate) cannot be in the past");
      }
    } catch (DateTimeParseException e) {
      throw new RefusedInput("publicationDate", "The publication date (publicationDate) is required");
    }
    String requester = EngineUser.inCommand();
    if (requester == null) {
      throw new RefusedInput(PublicationVariables.REQUESTED_BY, "Log in to ask for a publication: the check needs to know who asked");
    }
    execution.setVariable(PublicationVariables.REQUESTED_BY, requester);
  }
}
