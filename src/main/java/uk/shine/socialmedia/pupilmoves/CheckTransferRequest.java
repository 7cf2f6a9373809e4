package uk.shine.socialmedia.pupilmoves;

import static uk.shine.socialmedia.pupilmoves.TransferVariables.DESTINATION;
import static uk.shine.socialmedia.pupilmoves.TransferVariables.OUTSIDE_SCHOOL_NAME;
import static uk.shine.socialmedia.pupilmoves.TransferVariables.PUPIL_REFERENCE;
import static uk.shine.socialmedia.pupilmoves.TransferVariables.RECEIVING_SCHOOL;
import static uk.shine.socialmedia.pupilmoves.TransferVariables.STARTS_ON;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.pupils.PupilVariables;
import uk.shine.socialmedia.schools.Schools;

/**
 * A transfer asked for, in the sending DSL's own transaction: the pupil reference in the pupil paths'
 * spelling, a receiving school that is one of the trust's (not the sending one) or a named school
 * outside it, and a start date. The sending school is the transfer's own (its tenant), else the DSL's
 * only school. A refusal stores nothing.
 */
@Component("checkTransferRequest")
class CheckTransferRequest implements ExecutionListener {

  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identity;
  private final WorkingDays workingDays;
  private final Schools schools;

  CheckTransferRequest(IdentityService identity, WorkingDays workingDays, Schools schools) {
    this.identity = identity;
    this.workingDays = workingDays;
    this.schools = schools;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String requester = EngineUser.inCommand();
    if (requester == null) {
      throw new RefusedInput(TransferVariables.REQUESTED_BY, "Log in to transfer a pupil's records: the receiving "
          + "school is told who sent them");
    }
    TransferVariables transfer = TransferVariables.of(execution);
    String pupil = PupilRecords.normalised(transfer.text(PUPIL_REFERENCE));
    if (pupil == null || !pupil.matches(PupilVariables.PUPIL_REFERENCE_PATTERN)) {
      throw new RefusedInput(PUPIL_REFERENCE, "The pupil reference (pupilReference) is the school's admission number "
          + "or UPN: letters, digits, / and -, at most 20");
    }
    LocalDate startsOn = transfer.startsOn();
    LocalDate today = workingDays.today();
    if (startsOn == null || startsOn.isBefore(today.minusYears(1)) || startsOn.isAfter(today.plusYears(1))) {
      throw new RefusedInput(STARTS_ON, "The pupil's first day at the new school (startsOn) is a date within a year "
          + "of today");
    }
    String sending = execution.getTenantId() != null ? execution.getTenantId() : onlySchoolOf(requester);
    boolean withinTrust = !TransferVariables.OUTSIDE_THE_TRUST.equals(transfer.text(DESTINATION));
    if (withinTrust) {
      String receiving = transfer.text(RECEIVING_SCHOOL);
      if (receiving == null || receiving.isEmpty() || !isSchool(receiving)) {
        throw new RefusedInput(RECEIVING_SCHOOL, "There is no school '" + (receiving == null ? "" : receiving)
            + "' in the trust (receivingSchool): give the school's short code as the trust lists it, or choose "
            + "'outside the trust'");
      }
      if (receiving.equals(sending)) {
        throw new RefusedInput(RECEIVING_SCHOOL, "The pupil is already at this school (receivingSchool)");
      }
      transfer.set(OUTSIDE_SCHOOL_NAME, null);
    } else {
      String name = transfer.text(OUTSIDE_SCHOOL_NAME);
      if (name == null || name.isEmpty()) {
        throw new RefusedInput(OUTSIDE_SCHOOL_NAME, "Name the school outside the trust (outsideSchoolName)");
      }
      transfer.set(RECEIVING_SCHOOL, null);
    }
    execution.setProcessBusinessKey("TRF-" + today.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-" + code());
    transfer.set(PUPIL_REFERENCE, pupil);
    transfer.set(TransferVariables.SENDING_SCHOOL, sending);
    transfer.set(TransferVariables.REQUESTED_BY, requester);
    transfer.set(TransferVariables.WITHIN_TRUST, withinTrust);
  }

  // the trust's schools, whoever may read them in Admin
  private boolean isSchool(String tenantId) {
    return EngineCommands.withoutAuthorization(() -> identity.createTenantQuery().tenantId(tenantId).count() == 1);
  }

  /** The requester's school when they belong to exactly one; none in a deployment of one school. */
  private String onlySchoolOf(String userId) {
    List<String> theirs = EngineCommands.withoutAuthorization(() -> schools.of(userId));
    return theirs.size() == 1 ? theirs.get(0) : null;
  }

  private static String code() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      code.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
    }
    return code.toString();
  }
}
