package uk.shine.socialmedia.pupilmoves;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.shine.socialmedia.pupils.PupilVariables;

/** The variables of a {@code pupil-records-transfer}, by name and type. */
public final class TransferVariables {

  public static final String PROCESS_KEY = "pupil-records-transfer";
  /** The message that starts the receiving school's side: the application sends it, never a person. */
  public static final String RECORDS_ARRIVING = "records-arriving";
  /** The message that tells the sending side the receiving DSL confirmed. */
  public static final String FILE_ARRIVED = "child-protection-file-arrived";

  // the request (start form start-pupil-records-transfer)
  /** The school's own reference for the pupil, as the pupil paths record it (admission number or UPN). */
  public static final String PUPIL_REFERENCE = PupilVariables.PUPIL_REFERENCE;
  /** {@code TRUST} or {@link #OUTSIDE_THE_TRUST}. */
  public static final String DESTINATION = "destination";
  /** A school of the trust by tenant id (within the trust). */
  public static final String RECEIVING_SCHOOL = "receivingSchool";
  public static final String OUTSIDE_SCHOOL_NAME = "outsideSchoolName";
  /** The pupil's first day at the receiving school (ISO date): the 5 school days count from it. */
  public static final String STARTS_ON = "startsOn";
  public static final String OUTSIDE_THE_TRUST = "OUTSIDE";

  // set by the application
  public static final String SENDING_SCHOOL = "sendingSchool";
  public static final String REQUESTED_BY = "requestedBy";
  public static final String WITHIN_TRUST = "withinTrust";
  /** The pupil's case references, one a line, with opened and closed dates and paths: shown in the forms. */
  public static final String CASE_LIST = "pupilCaseList";
  /** The root instance ids of the pupil's cases, comma separated: what the receiving school is given. */
  public static final String CASE_IDS = "pupilCaseIds";
  public static final String FILE_DUE = "fileDue";
  /** Outside the trust: the link to the transfer document the DSL prints. */
  public static final String TRANSFER_DOCUMENT = "transferDocument";
  /** On the receiving side: the sending side's instance, told when the file has arrived. */
  public static final String SENDING_INSTANCE = "sendingInstanceId";

  // the sending DSL (send-child-protection-file)
  public static final String SENT_SEPARATELY = "childProtectionFileSentSeparately";
  public static final String SENT_ON = "childProtectionFileSentOn";
  // the receiving DSL (confirm-file-arrived)
  public static final String ARRIVED = "childProtectionFileArrived";
  public static final String ARRIVED_ON = "childProtectionFileArrivedOn";
  // outside the trust (record-transfer-receipt)
  public static final String RECEIVED_BY = "recordsReceivedBy";
  public static final String RECEIVED_ON = "recordsReceivedOn";

  private final VariableScope scope;

  private TransferVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static TransferVariables of(VariableScope scope) {
    return new TransferVariables(scope);
  }

  /** A date of a form, or null when it is missing or not a date. */
  static LocalDate date(Object value) {
    try {
      return value == null ? null : LocalDate.parse(value.toString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString().trim();
  }

  public LocalDate startsOn() {
    return date(scope.getVariable(STARTS_ON));
  }

  public List<String> caseIds() {
    return caseIds(scope.getVariable(CASE_IDS));
  }

  static List<String> caseIds(Object ids) {
    return ids == null || ids.toString().isBlank() ? List.of() : Arrays.asList(ids.toString().split(","));
  }

  void set(String name, Object value) {
    scope.setVariable(name, value);
  }
}
