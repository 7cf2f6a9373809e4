package uk.shine.socialmedia.audit;

import java.util.Collection;

/** Whether a statutory deadline was kept: a governor's yes/no, or "did not arise on this case". */
public enum Deadline {
  MET, MISSED, NOT_APPLICABLE;

  /** One answer for a whole case: a single missed deadline is what governors need to see. */
  public static Deadline overall(Collection<Deadline> each) {
    if (each.contains(MISSED)) {
      return MISSED;
    }
    return each.contains(MET) ? MET : NOT_APPLICABLE;
  }
}
