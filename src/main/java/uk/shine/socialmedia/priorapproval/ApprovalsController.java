package uk.shine.socialmedia.priorapproval;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.security.CaseGroups;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.RegisterPages;

/**
 * {@code /approvals} (page) and {@code /approvals/api/register} (JSON): every prior approval, for the
 * head teacher and the data protection lead. {@code /approvals/official-accounts} and
 * {@code /approvals/api/official-accounts}: who may post for the school on which channel, for the
 * senior leaders besides (they run the school's accounts day to day), with nothing of anyone's reasons.
 */
@RestController
class ApprovalsController {

  private static final Set<String> REGISTER_READERS = Set.of(CaseGroups.HEADTEACHER, CaseGroups.DPO);
  private static final Set<String> ACCOUNT_READERS = Set.of(CaseGroups.HEADTEACHER, CaseGroups.SLT, CaseGroups.DPO);

  /** One line of the official-account register. */
  public record Poster(String userId, String channel, String reviewOn) {
  }

  private final CurrentUser currentUser;
  private final ApprovalRegister register;

  ApprovalsController(CurrentUser currentUser, ApprovalRegister register) {
    this.currentUser = currentUser;
    this.register = register;
  }

  @GetMapping(value = "/approvals/api/register", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> registerJson(HttpServletRequest request) {
    return registerRefusal(request).orElseGet(() -> RegisterPages.json(register.all(reader(request))));
  }

  @GetMapping({"/approvals", "/approvals/"})
  public ResponseEntity<?> registerPage(HttpServletRequest request) {
    return registerRefusal(request).orElseGet(() -> RegisterPages.page(new RegisterPages.Table("Prior approvals",
        "Every request for the approvals the social media policy requires, its status and when it is next reviewed. "
            + "Approvals are withdrawn at review or when the person leaves.",
        List.of("Person", "For", "Official account", "Details", "Status", "Decided by", "Review on", "Withdrawn because",
            "Asked at"),
        register.all(reader(request)).stream().map(entry -> Arrays.asList(entry.requestedBy(), entry.kind(), entry.channel(),
            entry.details(), entry.status(), entry.decidedBy(), entry.reviewOn(), entry.withdrawnBecause(),
            entry.requestedAt())).toList())));
  }

  @GetMapping(value = "/approvals/api/official-accounts", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> accountsJson(HttpServletRequest request) {
    return accountsRefusal(request).orElseGet(() -> RegisterPages.json(posters(request)));
  }

  @GetMapping({"/approvals/official-accounts", "/approvals/official-accounts/"})
  public ResponseEntity<?> accountsPage(HttpServletRequest request) {
    return accountsRefusal(request).orElseGet(() -> RegisterPages.page(new RegisterPages.Table(
        "Who may post for the school", "The people approved to post on the school's official social media accounts, "
            + "and on which. Nobody else posts for the school.",
        List.of("Person", "Official account", "Approval reviewed on"),
        posters(request).stream().map(poster -> Arrays.asList(poster.userId(), poster.channel(), poster.reviewOn())).toList())));
  }

  private CurrentUser.Person reader(HttpServletRequest request) {
    return currentUser.of(request).orElseThrow();
  }

  private List<Poster> posters(HttpServletRequest request) {
    return register.officialAccounts(reader(request)).stream()
        .map(entry -> new Poster(entry.requestedBy(), entry.channel(), entry.reviewOn())).toList();
  }

  private java.util.Optional<ResponseEntity<Object>> registerRefusal(HttpServletRequest request) {
    return RegisterPages.refusal(currentUser, request, REGISTER_READERS,
        "The register of prior approvals is for the head teacher and the data protection lead");
  }

  private java.util.Optional<ResponseEntity<Object>> accountsRefusal(HttpServletRequest request) {
    return RegisterPages.refusal(currentUser, request, ACCOUNT_READERS,
        "The official-account register is for the head teacher, the senior leaders and the data protection lead");
  }
}
