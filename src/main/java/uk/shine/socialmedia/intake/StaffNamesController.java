package uk.shine.socialmedia.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.PageResponses;
import uk.shine.socialmedia.security.RegisterPages;

/**
 * {@code /staff-names.json}: the staff a person may name when they report a concern about a member of
 * staff (the report form offers them by name and stores the login name as {@code subjectUserId}).
 * Only for the people who may report a concern; the server's own check of {@code subjectUserId} on
 * the report stays what decides.
 */
@RestController
class StaffNamesController {

  private static final String REFUSAL = "Only people who may report a concern can see the staff list";

  private final CurrentUser currentUser;
  private final StaffNames staffNames;
  private final SocialMediaConcernDeclaration concern;

  StaffNamesController(CurrentUser currentUser, StaffNames staffNames, SocialMediaConcernDeclaration concern) {
    this.currentUser = currentUser;
    this.staffNames = staffNames;
    this.concern = concern;
  }

  @GetMapping("/staff-names.json")
  ResponseEntity<Object> staff(HttpServletRequest request) {
    Optional<CurrentUser.Person> person = currentUser.of(request);
    return PageResponses.unlessIn(person, concern.starters(), REFUSAL)
        .orElseGet(() -> RegisterPages.json(Map.of("staff", staffNames.forReporter(person.get().userId()))));
  }
}
