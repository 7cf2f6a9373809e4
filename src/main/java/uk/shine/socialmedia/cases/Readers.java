package uk.shine.socialmedia.cases;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may read an instance of a process: some groups always, some only on staff cases (HR), and the
 * groups that lead and manage the case ({@code leaderGroup}, {@code caseManagerGroup}) on every
 * instance that carries them (the case and its paths), unless the process keeps them out. Nobody
 * else; the subject of a case is kept out separately, person by person, whatever their groups.
 */
public record Readers(List<String> always, List<String> staffCases, boolean caseManagement) {

  public Readers {
    always = List.copyOf(always);
    staffCases = List.copyOf(staffCases);
  }

  /** These groups always read it. */
  public static Readers groups(String... groups) {
    return new Readers(List.of(groups), List.of(), true);
  }

  /** These groups read it too when the case is about a member of staff. */
  public Readers onStaffCases(String... groups) {
    return new Readers(always, List.of(groups), caseManagement);
  }

  /** The case's leader and manager do not read it (the head teacher does not see inside the DSL's work). */
  public Readers withoutCaseManagement() {
    return new Readers(always, staffCases, false);
  }

  /**
   * @param leaderGroup headteacher, or chair when the head teacher is the subject (null outside a case)
   * @param caseManagerGroup who manages the case (null outside a case)
   * @param staffCase whether the case is about a member of staff
   */
  public Set<String> of(String leaderGroup, String caseManagerGroup, boolean staffCase) {
    Set<String> readers = new LinkedHashSet<>(always);
    if (staffCase) {
      readers.addAll(staffCases);
    }
    if (caseManagement && leaderGroup != null) {
      readers.add(leaderGroup);
    }
    if (caseManagement && caseManagerGroup != null) {
      readers.add(caseManagerGroup);
    }
    return readers;
  }
}
