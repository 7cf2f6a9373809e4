package uk.shine.socialmedia.engine;

import java.util.List;

/**
 * A case moving to another school of the trust: every row the engine keeps of the instances under one
 * root instance (the case and its paths, running and ended: executions, tasks and their candidate links,
 * variables and their contents, jobs, event subscriptions, incidents, and all of their history) changes
 * its tenant from the sending school to the receiving one, inside the calling command, so it commits or
 * rolls back with the work that asked for it. Camunda 7 has no API to change an instance's tenant, so
 * this runs the update on the engine's tables itself; rows of any other school are left alone. The
 * engine's tenant check then shows the case to the receiving school's people by their groups, and no
 * longer to the sending school's. Authorizations carry no tenant and need no change. A running row's
 * revision goes up too, so that work on the case committing at the same moment fails and is retried
 * rather than writing the old school back.
 */
public final class SchoolMoves {

  // history, decisions and stored contents: each row names the root instance of its hierarchy
  private static final List<String> BY_ROOT = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
      "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT",
      "ACT_HI_OP_LOG", "ACT_HI_INCIDENT", "ACT_HI_JOB_LOG", "ACT_HI_EXT_TASK_LOG", "ACT_HI_DECINST",
      "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_GE_BYTEARRAY");
  // a running execution names its process instance but not always the root: the instances come from history
  private static final String INSTANCES = "(select ID_ from {p}ACT_HI_PROCINST where ROOT_PROC_INST_ID_ = ?)";
  // running rows, found through the instances of the hierarchy
  private static final List<String> RUNNING = List.of(
      "{p}ACT_RU_IDENTITYLINK where TASK_ID_ in (select ID_ from {p}ACT_RU_TASK where PROC_INST_ID_ in " + INSTANCES + ")",
      "{p}ACT_GE_BYTEARRAY where ID_ in (select BYTEARRAY_ID_ from {p}ACT_RU_VARIABLE where PROC_INST_ID_ in "
          + INSTANCES + ")",
      "{p}ACT_RU_TASK where PROC_INST_ID_ in " + INSTANCES,
      "{p}ACT_RU_VARIABLE where PROC_INST_ID_ in " + INSTANCES,
      "{p}ACT_RU_EVENT_SUBSCR where PROC_INST_ID_ in " + INSTANCES,
      "{p}ACT_RU_INCIDENT where PROC_INST_ID_ in " + INSTANCES,
      "{p}ACT_RU_EXT_TASK where PROC_INST_ID_ in " + INSTANCES,
      "{p}ACT_RU_JOB where PROCESS_INSTANCE_ID_ in " + INSTANCES,
      "{p}ACT_RU_EXECUTION where PROC_INST_ID_ in " + INSTANCES);

  private static final String MOVE = "move a case to its new school";

  private SchoolMoves() {
  }

  /**
   * Moves the instances under this root from one school to another, inside the current engine command.
   *
   * @return how many instances (the case and its paths) moved: none when the case is not the sending school's
   */
  public static int move(String rootInstanceId, String fromSchool, String toSchool) {
    if (rootInstanceId == null || fromSchool == null || toSchool == null || fromSchool.equals(toSchool)) {
      return 0;
    }
    String prefix = CommandSql.prefix();
    for (String rows : RUNNING) {
      String where = rows.replace("{p}", prefix);
      CommandSql.update(MOVE, "update " + where.replaceFirst(" where ", " set TENANT_ID_ = ?, REV_ = REV_ + 1 where ")
          + " and TENANT_ID_ = ?", toSchool, rootInstanceId, fromSchool);
    }
    int moved = 0;
    for (String table : BY_ROOT) {
      int changed = CommandSql.update(MOVE, "update " + prefix + table
          + " set TENANT_ID_ = ? where ROOT_PROC_INST_ID_ = ? and TENANT_ID_ = ?", toSchool, rootInstanceId, fromSchool);
      moved = table.equals("ACT_HI_PROCINST") ? changed : moved;
    }
    return moved;
  }
}
