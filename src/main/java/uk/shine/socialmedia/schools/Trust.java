package uk.shine.socialmedia.schools;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * socialmedia.trust: the trust and its schools, each a Camunda tenant (id: the school's short code).
 *
 * @param name the trust's name: on pages, letters and e-mails of a case that belongs to no school
 * @param central the tenant of the trust's central office (cases about centrally employed staff)
 * @param schools created as tenants at start when missing; more may be added in the Admin app
 */
@ConfigurationProperties("socialmedia.trust")
public record Trust(String name, String central, List<School> schools) {

  /** A school of the trust: its tenant id and its name. */
  public record School(String id, String name) {
  }

  public Trust {
    name = name == null || name.isBlank() ? "the trust" : name;
    central = central == null || central.isBlank() ? "central" : central;
    schools = schools == null ? List.of() : List.copyOf(schools);
  }
}
