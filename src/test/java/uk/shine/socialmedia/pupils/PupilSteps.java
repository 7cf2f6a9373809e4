package uk.shine.socialmedia.pupils;

import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.support.PathWork.today;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import uk.shine.socialmedia.support.Cases;

/** A pupil case carried to the sanction and the parents' letter through the forms' answers, as a test needs it. */
final class PupilSteps {

  private final Cases cases;
  private final RuntimeService runtime;

  PupilSteps(Cases cases, RuntimeService runtime) {
    this.cases = cases;
    this.runtime = runtime;
  }

  /** A pupil case investigated up to the sanction, with no pupil victim; returns the pupil path. */
  String investigated(String pupilReference, boolean childOnChild) {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "PUPIL", OCCURRED_ON, today()));
    cases.triage(concern.getId());
    String pupil = cases.path(concern.getId(), "pupil-behaviour");
    cases.complete(pupil, "investigate-pupil-behaviour", "pupilReference", pupilReference,
        "investigationFindings", "Posted a mocking video of a classmate", "childOnChildAbuse", childOnChild);
    return pupil;
  }

  /** Suspended and the parents, the local authority (and the board, when it is told at once) told today. */
  String suspended(String pupilReference, int days, String firstDay, Object... moreAnswers) {
    String pupil = investigated(pupilReference, false);
    List<Object> answers = new ArrayList<>(List.of("sanction", "SUSPENSION", "suspensionDays", days,
        "suspensionStarts", firstDay, "sanctionReasons", "Serious breach of the behaviour policy"));
    answers.addAll(List.of(moreAnswers));
    cases.complete(pupil, "decide-sanction", answers.toArray());
    parentsTold(pupil);
    return pupil;
  }

  void parentsTold(String pupil) {
    List<Object> answers = new ArrayList<>(List.of("parentsWrittenToOn", today(), "localAuthorityInformedOn", today(),
        "letterGaveReasonLengthAndRights", true));
    if (Boolean.TRUE.equals(runtime.getVariable(pupil, PupilVariables.BOARD_TOLD_WITHOUT_DELAY))) {
      answers.addAll(List.of("governingBoardToldOn", today()));
    }
    cases.complete(pupil, "inform-parents-of-sanction", answers.toArray());
  }

  static Date endOfSchoolDay(String day) {
    return Date.from(LocalDateTime.parse(day + "T18:00").atZone(ZoneId.of("Europe/London")).toInstant());
  }
}
