package uk.shine.socialmedia.imagepublication;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.PathWork.today;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;
import uk.shine.socialmedia.support.TrustSchools;

/**
 * Each school keeps its own consent register and restricted list, over real HTTP: Elmfield's people
 * neither change Villiers' entries nor read them through a publication request of their own, where the
 * same pupil reference means another child.
 */
@CaseEngineTest
class ConsentRegisterBySchoolOverHttpTest {

  private static final String IMPORT = "/school-records/image-consent";
  private static final String HEADER = "pupil_reference,website,social_media,press,print,restricted\n";
  private static final String VILLIERS = HEADER + "P100,yes,yes,yes,yes,no\nP300,yes,yes,yes,yes,yes\n";
  private static final String ELMFIELD = HEADER + "P100,no,no,no,no,no\nE200,yes,no,no,no,no\n";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired ConsentRegister register;
  @Autowired IdentityService identity;
  @Value("${socialmedia.demo-users.password}") String password;

  @BeforeEach
  void both_registers_imported() throws Exception {
    assertThat(imported("head", null, VILLIERS).path("school").asText()).isEqualTo("villiers");
    assertThat(imported("elmhead", null, ELMFIELD).path("school").asText()).isEqualTo("elmfield");
  }

  @Test
  void each_head_teacher_replaces_only_their_own_schools_register() {
    assertThat(register.all("villiers")).extracting(PupilConsent::pupilReference).containsExactlyInAnyOrder("P100", "P300");
    assertThat(register.all("elmfield")).extracting(PupilConsent::pupilReference).containsExactlyInAnyOrder("P100", "E200");
    assertThat(register.find("villiers", List.of("P100")).get("P100").mayAppearOn(Channel.WEBSITE)).isTrue();
    assertThat(register.find("elmfield", List.of("P100")).get("P100").mayAppearOn(Channel.WEBSITE))
        .as("the same reference at Elmfield is another child").isFalse();
  }

  @Test
  void elmfields_people_cannot_change_villiers_entries() {
    List<PupilConsent> before = register.all("villiers");

    assertThat(rest.postCsv("elmdsl", IMPORT, HEADER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postCsv("elmdsl", IMPORT + "?school=villiers", HEADER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> other = rest.postCsv("elmhead", IMPORT + "?school=villiers", HEADER);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(other.getBody()).contains("The school you chose is not one of yours (elmfield)");

    assertThat(register.all("villiers")).as("nothing changed").isEqualTo(before);
  }

  @Test
  void a_head_teacher_of_two_schools_says_which_register_the_file_is() throws Exception {
    TrustSchools.person(identity, password, "twohead", "headteacher");
    if (identity.createUserQuery().userId("twohead").memberOfTenant("villiers").count() == 0) {
      identity.createTenantUserMembership("villiers", "twohead");
    }
    List<PupilConsent> villiers = register.all("villiers");

    ResponseEntity<String> unchosen = rest.postCsv("twohead", IMPORT, HEADER);
    assertThat(unchosen.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(unchosen.getBody()).path("message").asText())
        .isEqualTo("You work in more than one school (elmfield, villiers): say which one this is for in the field \"school\".");
    assertThat(register.all("villiers")).isEqualTo(villiers);

    assertThat(imported("twohead", "elmfield", HEADER + "E300,yes,yes,no,no,no\n").path("imported").asInt()).isEqualTo(1);
    assertThat(register.all("elmfield")).extracting(PupilConsent::pupilReference).containsExactly("E300");
    assertThat(register.all("villiers")).as("the other school's untouched").isEqualTo(villiers);
  }

  @Test
  void an_elmfield_publication_reads_elmfields_register_never_villiers() throws Exception {
    ResponseEntity<String> started = rest.post("elmteacher", "/engine-rest/process-definition/key/image-publication/start",
        Map.of("variables", Rest.typed(Map.of("imageDescription", "Sports day", "pupilReferences", "P100",
            "channelWebsite", true, "publicationDate", today()))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String publication = JSON.readTree(started.getBody()).path("id").asText();
    cases.runJobs();
    String task = JSON.readTree(rest.get("elmslt", "/engine-rest/task?processInstanceId=" + publication).getBody())
        .get(0).path("id").asText();

    String shown = JSON.readTree(rest.get("elmslt", "/engine-rest/task/" + task + "/variables/consentCheck").getBody())
        .path("value").asText();
    assertThat(shown).isEqualTo("P100: the school website NO CONSENT");
    ResponseEntity<String> approved = rest.post("elmslt", "/engine-rest/task/" + task + "/complete", Map.of("variables",
        Rest.typed(Map.of("decisionWebsite", "APPROVED", "everyChildChecked", true))));
    assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(approved.getBody()).contains("Not every pictured child may appear on the school website");
    assertThat(cases.hasTask(publication, "check-consent")).as("nothing changed").isTrue();
  }

  private JsonNode imported(String user, String school, String csv) throws Exception {
    ResponseEntity<String> answer = rest.postCsv(user, IMPORT + (school == null ? "" : "?school=" + school), csv);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(answer.getBody());
  }
}
