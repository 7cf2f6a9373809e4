package uk.shine.socialmedia.intake;

/**
 * What the member of staff a report is about is to the school, as triage records it ({@code subjectRelationship}).
 * The policy covers "school staff, governors and contractors", "teacher trainees, apprentices and any other
 * individuals who work for or provide services on behalf of the school": only an employee goes to the
 * employer's Disciplinary or Capability Procedure; everyone else is dealt with together with whoever engages them.
 */
public enum SubjectRelationship {
  /** Employed by the school or the trust (apprentices included): the Disciplinary or Capability Procedure. */
  EMPLOYEE,
  /** Supply or agency staff: the agency is told and its own procedure applies (KCSIE Part 4). */
  AGENCY_OR_SUPPLY,
  /** Works for a contractor: the head teacher deals with it with the contract manager. */
  CONTRACTOR,
  /** A trainee on placement: the head teacher deals with it with the training provider. */
  TRAINEE,
  /** A volunteer: the head teacher decides whether they volunteer again. */
  VOLUNTEER,
  /** A governor: the chair deals with it (the trust, when the chair is the subject). */
  GOVERNOR
}
