package uk.shine.socialmedia.guides;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Rest;

/** The role guides as pages: for anyone signed in, pictures included, linked from the welcome page. */
@CaseEngineTest
class GuidePagesTest {

  @Autowired Rest rest;

  @Test
  void anyone_signed_in_reads_a_guide_as_a_page_with_its_pictures() {
    ResponseEntity<String> dsl = rest.get("teacher", "/guides/dsl");

    assertThat(dsl.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(dsl.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(dsl.getBody()).contains("<title>Guide for the Designated Safeguarding Lead (and deputies)</title>",
        "<h2>Indecent images of children</h2>", "<strong>Secure the evidence</strong>",
        "<img src=\"/guides/processes/indecent-imagery.svg\"", "<table>")
        // the technical notes are not served: their links are kept as words
        .doesNotContain("href=\"../", ".md\"");
    ResponseEntity<String> picture = rest.get("governor", "/guides/processes/indecent-imagery.svg");
    assertThat(picture.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(picture.getHeaders().getContentType().toString()).startsWith("image/svg+xml");
    assertThat(picture.getBody()).contains("<svg");
  }

  @Test
  void the_list_names_every_role_and_the_welcome_page_links_to_it() {
    ResponseEntity<String> list = rest.get("governor", "/guides");

    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String role : new String[] {"administrator", "data-protection-lead", "dsl", "governor", "head-teacher", "hr",
        "senior-leader", "staff"}) {
      assertThat(list.getBody()).contains("<a href=\"/guides/" + role + "\">");
    }
    assertThat(rest.get("teacher", "/guides/staff").getBody()).contains("<h2>Reporting a concern</h2>", "/my-reports");
    // no broken picture in any guide: each one shown is served
    java.util.regex.Matcher images = java.util.regex.Pattern.compile("<img src=\"([^\"]+)\"").matcher(
        String.join("", java.util.stream.Stream.of("head-teacher", "dsl", "staff", "governor", "senior-leader")
            .map(role -> rest.get("teacher", "/guides/" + role).getBody()).toList()));
    int shown = 0;
    while (images.find()) {
      assertThat(rest.get("teacher", images.group(1)).getStatusCode()).as(images.group(1)).isEqualTo(HttpStatus.OK);
      shown++;
    }
    assertThat(shown).isGreaterThan(3);
    assertThat(rest.get("teacher", "/camunda/app/welcome/scripts/config.js").getBody())
        .contains("href: '/guides'", "href: '/my-reports'");
  }

  @Test
  void nobody_signed_in_is_asked_to_sign_in_and_an_unknown_guide_is_not_found() {
    assertThat(rest.get(null, "/guides/dsl").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.get(null, "/guides").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.get(null, "/guides/processes/indecent-imagery.svg").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> unknown = rest.get("teacher", "/guides/..%2Fsecurity");
    assertThat(unknown.getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST);
    assertThat(rest.get("teacher", "/guides/nobody").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
