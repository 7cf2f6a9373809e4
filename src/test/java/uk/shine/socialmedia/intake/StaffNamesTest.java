package uk.shine.socialmedia.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Rest;

/**
 * The staff a reporter may name as the subject of a report: names and login names of the members of
 * {@code staff}, by surname, never an e-mail address; only to the people who may report; limited to
 * the reporter's schools when they belong to any.
 */
@CaseEngineTest
class StaffNamesTest {

  @Autowired Rest rest;
  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Value("${socialmedia.demo-users.password}") String password;

  @Test
  void a_teacher_reads_the_staff_by_name_and_login_name_and_never_an_email_address() {
    ResponseEntity<String> answer = rest.get("teacher", "/staff-names.json");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).contains("{\"userId\":\"teacher\",\"name\":\"Terry Teacher\"}",
        "{\"userId\":\"teacher2\",\"name\":\"Toni Teacher\"}")
        .doesNotContain("@", "villiers-primary.example")
        // only members of staff: the governor and the administrator are not offered
        .doesNotContain("\"governor\"", "\"admin\"");
    // Teacher, Terry before Teacher, Toni: by surname, then first name
    assertThat(answer.getBody().indexOf("Terry Teacher")).isLessThan(answer.getBody().indexOf("Toni Teacher"));
  }

  @Test
  void people_who_cannot_report_are_refused_and_nobody_unsigned_gets_the_list() {
    ResponseEntity<String> governor = rest.get("governor", "/staff-names.json");
    assertThat(governor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(governor.getBody()).contains("Only people who may report a concern can see the staff list")
        .doesNotContain("Toni Teacher");

    ResponseEntity<String> nobody = http.getForEntity("/staff-names.json", String.class);
    assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(nobody.getBody()).doesNotContain("Toni Teacher");
  }

  @Test
  void someone_who_belongs_to_a_school_is_offered_that_schools_staff_only_by_surname() {
    String school = "namesschool";
    identity.saveTenant(identity.newTenant(school));
    try {
      person("namesreporter", "Rita", "Reporter", school);
      person("nameszed", "Zoe", "Zed", school);
      person("namesabbot", "Amir", "Abbot", school);
      identity.createTenantUserMembership(school, "namesreporter");
      identity.createTenantUserMembership(school, "nameszed");
      identity.createTenantUserMembership(school, "namesabbot");

      String body = rest.get("namesreporter", "/staff-names.json").getBody();

      assertThat(body).isEqualTo("{\"staff\":[{\"userId\":\"namesabbot\",\"name\":\"Amir Abbot\"},"
          + "{\"userId\":\"namesreporter\",\"name\":\"Rita Reporter\"},{\"userId\":\"nameszed\",\"name\":\"Zoe Zed\"}]}");
    } finally {
      identity.deleteTenant(school);
      for (String user : new String[] {"namesreporter", "nameszed", "namesabbot"}) {
        identity.deleteUser(user);
      }
    }
  }

  private void person(String id, String first, String last, String school) {
    User user = identity.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setEmail(id + "@" + school + ".example");
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(id, "staff");
  }
}
