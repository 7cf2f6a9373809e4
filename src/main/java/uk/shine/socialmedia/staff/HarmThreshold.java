package uk.shine.socialmedia.staff;

/** Where an allegation against a member of staff sits (KCSIE Part 4). */
enum HarmThreshold {
  /** May have harmed a child, committed an offence against or related to a child, poses a risk or may be unsuitable. */
  MET,
  /** Conduct at odds with the staff code of conduct, below the harm threshold. */
  LOW_LEVEL,
  /** A conduct or policy breach that is not about the safety of children. */
  BREACH
}
