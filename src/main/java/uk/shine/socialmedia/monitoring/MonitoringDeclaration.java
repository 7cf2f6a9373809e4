package uk.shine.socialmedia.monitoring;

import static uk.shine.socialmedia.security.CaseGroups.CHAIR;
import static uk.shine.socialmedia.security.CaseGroups.DPO;
import static uk.shine.socialmedia.security.CaseGroups.HEADTEACHER;
import static uk.shine.socialmedia.security.CaseGroups.HR;
import static uk.shine.socialmedia.security.CaseGroups.SLT;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.cases.Readers;

/**
 * {@code systems-monitoring}: asked for by the investigating officer (a senior leader) or a case
 * manager of a staff case, and kept with that case. Read by the case's leader and manager (the head
 * teacher, HR for centrally employed staff, the chair when the head teacher is the subject), as on
 * every path, and by the data protection lead; never by other senior leaders, and never by the subject.
 */
@Component
class MonitoringDeclaration implements ProcessDeclaration {

  @Override
  public String processKey() {
    return MonitoringVariables.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(DPO);
  }

  @Override
  public Set<String> starters() {
    return Set.of(SLT, HEADTEACHER, HR, CHAIR);
  }

  @Override
  public Set<String> modelReaders() {
    return Set.of(DPO);
  }

  @Override
  public boolean keptWithTheCase() {
    return true;
  }

  @Override
  public Map<String, String> decisions() {
    return Map.of(MonitoringVariables.DECISION, "Monitoring of school systems",
        MonitoringVariables.ENDED, "Monitoring ended");
  }
}
