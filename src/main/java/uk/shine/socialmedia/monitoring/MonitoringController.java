package uk.shine.socialmedia.monitoring;

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
 * {@code /monitoring} (page) and {@code /monitoring/api/authorisations} (JSON): the monitoring
 * register, for those who may manage a staff case (the head teacher, HR, the chair) and the data
 * protection lead; each sees the cases they may read. Everyone else, senior leaders included, gets 403.
 */
@RestController
class MonitoringController {

  private static final Set<String> READERS = Set.of(CaseGroups.HEADTEACHER, CaseGroups.HR, CaseGroups.CHAIR,
      CaseGroups.DPO);
  private static final String REFUSAL = "The monitoring register is for the managers of staff cases and the data "
      + "protection lead";

  private final CurrentUser currentUser;
  private final MonitoringRegister register;

  MonitoringController(CurrentUser currentUser, MonitoringRegister register) {
    this.currentUser = currentUser;
    this.register = register;
  }

  @GetMapping(value = "/monitoring/api/authorisations", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> json(HttpServletRequest request) {
    return RegisterPages.refusal(currentUser, request, READERS, REFUSAL)
        .orElseGet(() -> RegisterPages.json(register.readBy(currentUser.of(request).orElseThrow())));
  }

  @GetMapping({"/monitoring", "/monitoring/"})
  public ResponseEntity<?> page(HttpServletRequest request) {
    return RegisterPages.refusal(currentUser, request, READERS, REFUSAL).orElseGet(() -> RegisterPages.page(
        new RegisterPages.Table("Monitoring register", "Every decision on monitoring school systems during a staff "
            + "investigation: requests, authorisations, renewals and refusals, with their reasons.",
            List.of("Case", "Account or device", "Concern", "Scope", "Asked by", "Decision", "Reasons", "Decided by",
                "Decided at", "Authorised until", "Status"),
            register.readBy(currentUser.of(request).orElseThrow()).stream().map(entry -> Arrays.asList(
                entry.caseReference(), entry.account(), entry.concern(), entry.scope(), entry.requestedBy(),
                entry.decision(), entry.reasons(), entry.decidedBy(), entry.decidedAt(), entry.authorisedUntil(),
                entry.status())).toList())));
  }
}
