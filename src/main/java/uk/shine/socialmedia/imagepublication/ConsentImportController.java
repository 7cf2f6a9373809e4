package uk.shine.socialmedia.imagepublication;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.schools.Schools;
import uk.shine.socialmedia.security.CaseGroups;

/**
 * {@code POST /school-records/image-consent} with the CSV export as the body (text/csv), HTTP Basic
 * like {@code /engine-rest}: the head teacher or the administrator replaces their school's consent
 * register and restricted list; a person in several schools says which in {@code ?school=}. A file
 * with any bad row is refused whole (400, every problem by row).
 */
@RestController
class ConsentImportController {

  static final int MAX_BYTES = 1024 * 1024;
  private static final List<String> MAY_IMPORT = List.of(CaseGroups.HEADTEACHER, CaseGroups.ADMIN);

  private final IdentityService identity;
  private final ConsentImport consentImport;
  private final Schools schools;
  private final ProcessEngine engine;

  ConsentImportController(IdentityService identity, ConsentImport consentImport, Schools schools, ProcessEngine engine) {
    this.identity = identity;
    this.consentImport = consentImport;
    this.schools = schools;
    this.engine = engine;
  }

  @PostMapping(path = "/school-records/image-consent", consumes = {"text/csv", "text/plain"})
  public ResponseEntity<Map<String, Object>> importRegister(@RequestBody(required = false) String csv,
      @RequestParam(name = "school", required = false) String chosenSchool) {
    EngineUser.Authenticated who = EngineUser.of(identity).orElse(null);
    if (who == null || who.groupIds().stream().noneMatch(MAY_IMPORT::contains)) {
      return ResponseEntity.status(403).body(Map.of("type", "Forbidden",
          "message", "Only the head teacher or the administrator may import the consent register"));
    }
    if (csv == null || csv.isBlank()) {
      return ResponseEntity.badRequest().body(Map.of("type", "InvalidConsentRegister",
          "message", "Send the CSV export as the body", "problems", List.of()));
    }
    if (csv.length() > MAX_BYTES) {
      return ResponseEntity.status(413).body(Map.of("type", "TooLarge", "message", "The file is larger than 1 MiB"));
    }
    String school;
    try {
      // a head teacher may not list tenants: which schools are theirs is the application's own reading
      school = EngineCommands.withoutAuthorization(engine, () -> schools.ofNewRecord(who.userId(),
          chosenSchool == null ? Map.of() : Map.of(Schools.SCHOOL, chosenSchool)));
    } catch (RefusedInput refused) {
      return ResponseEntity.badRequest().body(Map.of("type", "InvalidSchool", "message", refused.getMessage(),
          "problems", List.of()));
    }
    ConsentCsv.Result read = ConsentCsv.read(csv);
    if (!read.problems().isEmpty()) {
      return ResponseEntity.badRequest().body(Map.of("type", "InvalidConsentRegister",
          "message", "Nothing was imported: correct these rows and send the whole file again", "problems", read.problems()));
    }
    ConsentImport.Outcome outcome = consentImport.replace(school, read.register(), who.userId());
    return ResponseEntity.ok(Map.of("school", school, "imported", outcome.pupils(),
        "takeDownsOpened", outcome.takeDownsOpened()));
  }
}
