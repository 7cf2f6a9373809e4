package uk.shine.socialmedia.retention;

import static uk.shine.socialmedia.security.CaseGroups.DPO;

import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.cases.Readers;

/** {@code legal-hold}: the data protection lead places or lifts a hold on a case's records. */
@Component
class LegalHoldDeclaration implements ProcessDeclaration {

  @Override
  public String processKey() {
    return RetentionVariables.LEGAL_HOLD_PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(DPO);
  }

  @Override
  public Set<String> starters() {
    return Set.of(DPO);
  }
}
