package uk.shine.socialmedia.cases;

import java.util.Map;
import java.util.Set;

/**
 * What one process of processes/ is to the rest of the application, declared by the package that
 * works it, as a Spring bean: its key, who reads its instances and its model, who may start it, which
 * of its fields hold people's names and which decisions its record shows. Access setup, per-case
 * grants, the subject access export and the chronology collect these declarations; none of them
 * names a process key. Every deployed process has exactly one.
 *
 * <p>The case's paths declare more: {@link CasePath}.
 */
public interface ProcessDeclaration {

  /** Its process definition key, as the contract's process table names it. */
  String processKey();

  /** Who may read an instance as a whole (its state, variables and history). Tasks are visible to their candidates besides. */
  Readers readers();

  /**
   * Whether its readers read its instances through the engine (Cockpit, the engine's REST API), so that
   * every instance holds a grant per reader group, running and in history. False for a process whose
   * readers work it through its tasks alone (each task grants its candidates, its history included) and
   * read its record in the application's own pages: its instances then hold no grant of their own.
   */
  default boolean readThroughTheEngine() {
    return true;
  }

  /** Groups that may start it; they read its model too. */
  default Set<String> starters() {
    return Set.of();
  }

  /** Groups that may read its model, not its instances, so that Tasklist and Cockpit can name and draw its tasks. */
  default Set<String> modelReaders() {
    return Set.of();
  }

  /**
   * Whether its instances belong to a case without being one of its paths: started on their own,
   * with the case's reference as their business key (monitoring during a staff investigation). The
   * case's chronology shows them, and they are removed with the case's records.
   */
  default boolean keptWithTheCase() {
    return false;
  }

  /** Its fields whose value is a person's name: a subject access export shows them only to that person. */
  default Set<String> nameFields() {
    return Set.of();
  }

  /**
   * Its decisions as a case's chronology shows them, by variable name, with their labels: each a
   * yes/no or a value from a form's list, never free text.
   */
  default Map<String, String> decisions() {
    return Map.of();
  }
}
