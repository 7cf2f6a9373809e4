package uk.shine.socialmedia.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.cases.Readers;
import uk.shine.socialmedia.intake.PerpetratorType;

/**
 * Which groups may read a case, or one of its paths, as a whole (its state, variables and history):
 * what each process declares ({@link ProcessDeclaration#readers()}). Tasks are visible to their
 * candidate groups besides. HR sees staff cases only; nobody outside the case groups sees anything;
 * the subject of a case is excluded separately, person by person.
 */
@Component
public class CaseAccessPolicy {

  // a process that declares nothing (none is deployed: every model declares itself) is read by nobody
  // but its task candidates and, when its instance carries them, the case's leader and manager
  private static final Readers UNDECLARED = Readers.groups();

  private final Map<String, Readers> byKey;
  private final Set<String> readThroughTasksOnly;

  public CaseAccessPolicy(List<ProcessDeclaration> processes) {
    this.byKey = processes.stream().collect(Collectors.toMap(ProcessDeclaration::processKey,
        ProcessDeclaration::readers));
    this.readThroughTasksOnly = processes.stream().filter(process -> !process.readThroughTheEngine())
        .map(ProcessDeclaration::processKey).collect(Collectors.toSet());
  }

  /** Whether an instance of the process holds its readers' grants ({@link ProcessDeclaration#readThroughTheEngine()}). */
  public boolean grantsInstances(String processKey) {
    return !readThroughTasksOnly.contains(processKey);
  }

  /**
   * @param leaderGroup headteacher, or chair when the head teacher is the subject (null outside a case)
   * @param caseManagerGroup who manages the case (null outside a case)
   */
  public Set<String> readers(String processKey, String leaderGroup, String caseManagerGroup,
      String perpetratorType) {
    boolean staffCase = PerpetratorType.STAFF.name().equals(perpetratorType);
    return byKey.getOrDefault(processKey, UNDECLARED).of(leaderGroup, caseManagerGroup, staffCase);
  }
}
