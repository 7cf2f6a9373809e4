package uk.shine.socialmedia.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The sections of the Social Media Policy that set rules for staff, by their headings in the policy. A finding
 * records each as a yes/no answer of its own (a checkbox variable), like {@link PolicyPrinciple}.
 */
public enum PolicySection {
  PERSONAL_USE("sectionPersonalUse", "Personal use of Social Media"),
  PUPIL_COMMUNICATION("sectionPupilCommunication", "External communication with pupils/students"),
  PARENT_COMMUNICATION("sectionParentCommunication", "External communication with parents/carers"),
  OFFICIAL_ACCOUNTS("sectionOfficialAccounts", "Using social media on behalf of the named school/Academy Trust"),
  IMAGES("sectionImages", "Use of Images"),
  CYBERBULLYING("sectionCyberbullying", "Cyber bullying and Harassment");

  private final String variable;
  private final String heading;

  PolicySection(String variable, String heading) {
    this.variable = variable;
    this.heading = heading;
  }

  public String variable() {
    return variable;
  }

  /** The section's heading, as the policy writes it. */
  public String heading() {
    return heading;
  }

  /** The sections ticked in these answers, in the policy's order. */
  public static List<PolicySection> ticked(Map<String, ?> answers) {
    return Arrays.stream(values()).filter(s -> Boolean.TRUE.equals(answers.get(s.variable()))).toList();
  }

  public static List<String> variables() {
    return Arrays.stream(values()).map(PolicySection::variable).toList();
  }
}
