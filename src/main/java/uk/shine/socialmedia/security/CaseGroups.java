package uk.shine.socialmedia.security;

import java.util.List;

/** The contract's identity groups. */
public final class CaseGroups {

  public static final String STAFF = "staff";
  public static final String HEADTEACHER = "headteacher";
  public static final String DSL = "dsl";
  public static final String SLT = "slt";
  public static final String HR = "hr";
  public static final String GOVERNORS = "governors";
  public static final String CHAIR = "chair";
  /** The trust's board: the governors' audit of every school, school by school; no case content. */
  public static final String TRUSTEES = "trustees";
  /** The trust's chief executive: case manager in place of HR when the subject is in {@code hr}. */
  public static final String CEO = "ceo";
  public static final String ADMIN = "camunda-admin";
  /** Beyond the contract: the data protection lead (retention reviews, legal holds, subject access). */
  public static final String DPO = "dpo";

  /** Groups whose members work cases in Tasklist. */
  public static final List<String> CASE_WORKERS = List.of(HEADTEACHER, DSL, SLT, HR, CHAIR, CEO);

  private CaseGroups() {
  }
}
