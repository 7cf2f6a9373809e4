package uk.shine.socialmedia.imagepublication;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of an {@code image-publication} request, by name and type. */
public final class PublicationVariables {

  public static final String PROCESS_KEY = "image-publication";

  public static final String IMAGE_DESCRIPTION = "imageDescription";
  /** The pictured children, by the school's references, separated by commas. */
  public static final String PUPIL_REFERENCES = "pupilReferences";
  public static final String STAFF_PICTURED = "staffPictured";
  /** The authenticated user who asked: the checker must be someone else. */
  public static final String REQUESTED_BY = "requestedBy";
  public static final String CONSENT_CHECK = "consentCheck";
  public static final String APPROVED_CHANNELS = "approvedChannels";
  public static final String PUBLICATION_DECISION = "publicationDecision";
  public static final String STAFF_PERMISSION = "staffPermission";
  // a take-down
  public static final String CONSENT_WITHDRAWN = "consent-withdrawn";
  public static final String TAKE_DOWN_FROM = "takeDownFrom";
  public static final String PUBLICATION_ID = "publicationId";

  public static final String APPROVED = "APPROVED";
  public static final String REFUSED = "REFUSED";
  private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9/-]{1,20}");
  public static final int MAX_PUPILS = 60;

  private final VariableScope scope;

  private PublicationVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static PublicationVariables of(VariableScope scope) {
    return new PublicationVariables(scope);
  }

  /**
   * The references as typed ("A123, b456"), in one spelling (upper case), without repeats.
   *
   * @throws IllegalArgumentException naming the first reference that is not one
   */
  public static List<String> parseReferences(String typed) {
    Set<String> references = new LinkedHashSet<>();
    for (String part : Arrays.asList(typed.split(","))) {
      String reference = part.trim().toUpperCase();
      if (!REFERENCE.matcher(reference).matches()) {
        throw new IllegalArgumentException(reference.isEmpty() ? "an empty reference (two commas together?)"
            : "'" + reference + "' is not a pupil reference (letters, digits, / and -, at most 20)");
      }
      references.add(reference);
    }
    return List.copyOf(references);
  }

  public List<String> pupilReferences() {
    return parseReferences(String.valueOf(scope.getVariable(PUPIL_REFERENCES)));
  }

  public List<Channel> requestedChannels() {
    return Channel.all().stream().filter(channel -> flag(channel.requested())).toList();
  }

  public List<Channel> approvedChannels() {
    return requestedChannels().stream().filter(channel -> APPROVED.equals(scope.getVariable(channel.decision()))).toList();
  }

  public String requestedBy() {
    Object by = scope.getVariable(REQUESTED_BY);
    return by == null ? null : by.toString();
  }

  public boolean staffPictured() {
    return flag(STAFF_PICTURED);
  }

  public void defaultFlags() {
    Channel.all().forEach(channel -> defaultFlag(channel.requested()));
    defaultFlag(STAFF_PICTURED);
  }

  public void decided(List<Channel> approved) {
    scope.setVariable(APPROVED_CHANNELS, String.join(",", approved.stream().map(Channel::name).toList()));
    scope.setVariable(PUBLICATION_DECISION, approved.isEmpty() ? REFUSED : APPROVED);
  }

  public void refused() {
    scope.setVariable(PUBLICATION_DECISION, REFUSED);
  }

  private void defaultFlag(String name) {
    if (scope.getVariable(name) == null) {
      scope.setVariable(name, false);
    }
  }

  private boolean flag(String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }
}
