package uk.shine.socialmedia.retention;

import static uk.shine.socialmedia.security.CaseGroups.DPO;

import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.cases.Readers;

/** {@code records-retention}, started by every closed case: the data protection lead's reviews, no case content. */
@Component
class RecordsRetentionDeclaration implements ProcessDeclaration {

  @Override
  public String processKey() {
    return RetentionVariables.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(DPO);
  }

  /**
   * The data protection lead works it through the review task (its own grants) and reads it on the
   * retention register (the application's table); the lead has no Cockpit. A grant on each instance,
   * waiting years for its date, would be read by nothing.
   */
  @Override
  public boolean readThroughTheEngine() {
    return false;
  }

  @Override
  public Set<String> modelReaders() {
    return Set.of(DPO);
  }
}
