package uk.shine.socialmedia.databreach;

/**
 * The risk to the people a breach is about, from how likely harm is and how bad it would be, in the
 * ICO's three bands: unlikely to result in a risk (record it, no report), a risk (report to the ICO
 * within 72 hours, Art. 33), a high risk (tell the people affected too, Art. 34).
 */
enum BreachRisk {
  UNLIKELY, RISK, HIGH;

  enum Likelihood { REMOTE, POSSIBLE, LIKELY }

  enum Severity { MINIMAL, SIGNIFICANT, SEVERE }

  /** Likelihood times severity, each counted 1 to 3: 6 or more is high, 3 or more a risk. */
  static BreachRisk of(Likelihood likelihood, Severity severity) {
    int score = (likelihood.ordinal() + 1) * (severity.ordinal() + 1);
    return score >= 6 ? HIGH : score >= 3 ? RISK : UNLIKELY;
  }
}
