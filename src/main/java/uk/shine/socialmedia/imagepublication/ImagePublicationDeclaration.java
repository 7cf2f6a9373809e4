package uk.shine.socialmedia.imagepublication;

import static uk.shine.socialmedia.security.CaseGroups.CHAIR;
import static uk.shine.socialmedia.security.CaseGroups.DSL;
import static uk.shine.socialmedia.security.CaseGroups.HEADTEACHER;
import static uk.shine.socialmedia.security.CaseGroups.HR;
import static uk.shine.socialmedia.security.CaseGroups.SLT;
import static uk.shine.socialmedia.security.CaseGroups.STAFF;

import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.cases.Readers;

/** {@code image-publication}, not a case: any employee may ask; the senior leaders and the head teacher read every request. */
@Component
class ImagePublicationDeclaration implements ProcessDeclaration {

  @Override
  public String processKey() {
    return PublicationVariables.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(SLT, HEADTEACHER);
  }

  @Override
  public Set<String> starters() {
    return Set.of(STAFF, HEADTEACHER, DSL, SLT, HR, CHAIR);
  }
}
