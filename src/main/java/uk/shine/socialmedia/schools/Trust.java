package uk.shine.socialmedia.schools;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * socialmedia.trust: the trust and its schools, each a Camunda tenant (id: the school's short code).
 * Each school's calendar and its own deadlines are read by the deadlines package from the same entries.
 *
 * @param name the trust's name: on pages, letters and e-mails of a case that belongs to no school
 * @param central the tenant of the trust's central office (cases about centrally employed staff)
 * @param schools created as tenants at start when missing; more may be added in the Admin app
 */
@ConfigurationProperties("socialmedia.trust")
public record Trust(String name, String central, List<School> schools) {

  /**
   * A school of the trust: its tenant id, its name and the three letters its case references carry
   * ({@code SMC-VIL-261124-7KQ2M}); by default the first three letters of its id.
   */
  public record School(String id, String name, String referenceCode) {

    public School {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("Every school of socialmedia.trust.schools needs an id (letters and digits)");
      }
      if (referenceCode == null || referenceCode.isBlank()) {
        referenceCode = codeFromId(id);
      } else if (!referenceCode.trim().matches("[A-Za-z]{3}")) {
        throw new IllegalArgumentException("The reference-code of school " + id + " must be three letters (A to Z), not '"
            + referenceCode + "'");
      }
      referenceCode = referenceCode.trim().toUpperCase(Locale.ROOT);
    }
  }

  public Trust {
    name = name == null || name.isBlank() ? "the trust" : name;
    central = central == null || central.isBlank() ? "central" : central;
    schools = schools == null ? List.of() : List.copyOf(schools);
    Map<String, String> byCode = new HashMap<>();
    for (School school : schools) {
      String other = byCode.putIfAbsent(school.referenceCode(), school.id());
      if (other != null) {
        throw new IllegalArgumentException("Schools " + other + " and " + school.id() + " have the same reference code "
            + school.referenceCode() + ", so their case references could not be told apart: give one of them its own "
            + "reference-code in socialmedia.trust.schools");
      }
    }
  }

  /**
   * The three letters of a school's case references: its configured code, else (a school added in the Admin app)
   * the first two letters of its id and the first later one no configured school has taken; a record of no
   * school carries the central office's.
   */
  public String referenceCodeOf(String tenantId) {
    String school = tenantId == null ? central : tenantId;
    return schools.stream().filter(candidate -> candidate.id().equals(school)).findFirst().map(School::referenceCode)
        .orElseGet(() -> unusedCode(school));
  }

  private String unusedCode(String id) {
    String letters = id.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT) + "XXX";
    for (int third = 2; third < letters.length(); third++) {
      String code = letters.substring(0, 2) + letters.charAt(third);
      if (schools.stream().noneMatch(taken -> taken.referenceCode().equals(code))) {
        return code;
      }
    }
    return letters.substring(0, 3);
  }

  private static String codeFromId(String id) {
    String letters = id.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
    return (letters + "XXX").substring(0, 3);
  }
}
