package uk.shine.socialmedia.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.REPORTER_NAME;

import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.support.Declarations;

/** The fields whose values are people's names, which the export redacts as names (every case's, every path's). */
class NameFieldsTest {

  @Test
  void the_export_knows_every_field_that_holds_a_name() {
    assertThat(SubjectAccessExport.nameFields(Declarations.all())).containsExactlyInAnyOrder(REPORTER_NAME, "staffMemberName",
        "investigatingOfficer", "hearingManager", "appealManager", "receivingOfficer", "securedBy", "ladoName",
        "policeOfficer", "referredBy", "postAuthor", "icoReportedBy", "recordsReceivedBy");
  }
}
