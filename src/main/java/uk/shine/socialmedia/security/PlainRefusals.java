package uk.shine.socialmedia.security;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * Situations a person runs into, not faults, answered as plain refusals instead of the REST layer's
 * HTTP 500 (which {@link ErrorResponses} would make a generic error): two people completing one
 * task at once (the second gets 409), a task already completed (404), a password the policy refuses (400),
 * retries for a job that does not exist (404) or that the person may not retry (403, without naming its case),
 * a record of another school (404, as if it did not exist).
 * The engine's {@code PlainRefusalsPlugin} gives these answers, outside the engine's transaction
 * interceptor, so the transaction has rolled back by then.
 */
public final class PlainRefusals {

  static final String CONCURRENT = "Someone else changed this at the same time: reload and check before trying again";
  static final String TASK_GONE = "This task is no longer open: someone may have completed it already";
  static final String WEAK_PASSWORD = "The password does not meet the password policy";
  static final String NO_SUCH_JOB = "There is no such job: it may have run already";
  static final String NO_RETRIES = "You cannot retry this job";
  static final String MAY_NOT_START = "You cannot start this: it is the work of another role in the school";
  static final String OTHER_SCHOOL = "There is no such record in your schools";

  private PlainRefusals() {
  }

  /** Someone else changed the task (or what it belongs to) while this person worked on it. */
  public static InvalidRequestException concurrentWork() {
    return new InvalidRequestException(Status.CONFLICT, CONCURRENT);
  }

  /** The task is no longer open. */
  public static InvalidRequestException taskGone() {
    return new InvalidRequestException(Status.NOT_FOUND, TASK_GONE);
  }

  /** The person may not retry the job; the engine's own message would name its case. */
  public static InvalidRequestException noRetries() {
    return new InvalidRequestException(Status.FORBIDDEN, NO_RETRIES);
  }

  /** The person may read a model but not start it (a member of staff trying a DSL's process). */
  public static InvalidRequestException mayNotStart() {
    return new InvalidRequestException(Status.FORBIDDEN, MAY_NOT_START);
  }

  /** The job to retry is not (or no longer) there. */
  public static InvalidRequestException noSuchJob() {
    return new InvalidRequestException(Status.NOT_FOUND, NO_SUCH_JOB);
  }

  /**
   * The record belongs to a school the person is not in: answered as if it did not exist, as a query
   * of theirs would find nothing (the engine's own message names the record).
   */
  public static InvalidRequestException otherSchool() {
    return new InvalidRequestException(Status.NOT_FOUND, OTHER_SCHOOL);
  }

  /** The password policy refused a new password. */
  public static InvalidRequestException weakPassword() {
    return new InvalidRequestException(Status.BAD_REQUEST, WEAK_PASSWORD);
  }
}
