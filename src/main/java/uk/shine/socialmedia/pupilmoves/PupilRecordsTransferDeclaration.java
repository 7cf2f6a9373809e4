package uk.shine.socialmedia.pupilmoves;

import static uk.shine.socialmedia.security.CaseGroups.DSL;
import static uk.shine.socialmedia.security.CaseGroups.HEADTEACHER;
import static uk.shine.socialmedia.security.CaseGroups.STAFF;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.cases.Readers;

/**
 * {@code pupil-records-transfer}, not a case: the sending school's DSL starts it when a pupil moves;
 * the DSLs and head teacher of each side's school read it (each side is an instance of its own school).
 * The cases it lists are read by the receiving school only once its DSL confirms the file arrived.
 */
@Component
class PupilRecordsTransferDeclaration implements ProcessDeclaration {

  @Override
  public String processKey() {
    return TransferVariables.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(DSL, HEADTEACHER);
  }

  @Override
  public Set<String> starters() {
    return Set.of(DSL);
  }

  /** Every member of staff reads the model (never an instance), so one who tries to start it is told why, not "no such process". */
  @Override
  public Set<String> modelReaders() {
    return Set.of(STAFF);
  }

  /** The person at a school outside the trust who received the records. */
  @Override
  public Set<String> nameFields() {
    return Set.of(TransferVariables.RECEIVED_BY);
  }

  @Override
  public Map<String, String> decisions() {
    return Map.of(TransferVariables.SENT_SEPARATELY, "Child protection file sent separately",
        TransferVariables.ARRIVED, "Child protection file arrived");
  }
}
