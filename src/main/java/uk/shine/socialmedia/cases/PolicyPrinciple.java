package uk.shine.socialmedia.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The principles (a) to (j) of the Social Media Policy ("Principles": "In all communications from members of
 * staff ... staff should:"), in its own words. A finding records each as a yes/no answer of its own (a checkbox
 * variable), so the outcome letter can quote it and the governors' audit can count it by its letter alone.
 */
public enum PolicyPrinciple {
  A("keep personal and professional lives separate, with no conflict between work and personal interests"),
  B("not engage in activities involving social media which may bring the school or trust into disrepute"),
  C("not represent their personal views as those of the school or trust on any social medium"),
  D("not discuss personal information about pupils, staff and other professionals they work with on social media"),
  E("follow safeguarding principles"),
  F("be open, honest, ethical and professional"),
  G("use jargon-free, plain English in professional communication"),
  H("act within an agreed time frame, in line with the school's communication policy"),
  I("use the method of communication most effective and appropriate to the context, message and audience"),
  J("be cost effective");

  private final String words;

  PolicyPrinciple(String words) {
    this.words = words;
  }

  /** The form field that records it, e.g. {@code principleD}. */
  public String variable() {
    return "principle" + name();
  }

  /** How the policy lists it: "(d)". */
  public String letter() {
    return "(" + name().toLowerCase(java.util.Locale.ROOT) + ")";
  }

  public String words() {
    return words;
  }

  /** The principles ticked in these answers, in the policy's order. */
  public static List<PolicyPrinciple> ticked(Map<String, ?> answers) {
    return Arrays.stream(values()).filter(p -> Boolean.TRUE.equals(answers.get(p.variable()))).toList();
  }

  public static List<String> variables() {
    return Arrays.stream(values()).map(PolicyPrinciple::variable).toList();
  }
}
