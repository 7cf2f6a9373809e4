package uk.shine.socialmedia.imagepublication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.shine.socialmedia.engine.EngineTime;

/**
 * The consent registers and restricted lists (table {@code pupil_image_consent}): application data each
 * school maintains by importing its records, never process variables. Every read and write is of one
 * school's (its tenant id): a pupil reference means nothing outside its school.
 */
@Repository
public class ConsentRegister {

  private final JdbcTemplate jdbc;

  public ConsentRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The entries of these pupils in a school's register; a pupil not in it has no entry (no consent), and so
   * has every pupil of a record of no school.
   */
  public Map<String, PupilConsent> find(String school, Collection<String> references) {
    Map<String, PupilConsent> found = new LinkedHashMap<>();
    for (String reference : references) {
      jdbc.query("SELECT * FROM pupil_image_consent WHERE school = ? AND pupil_reference = ?", this::row, school,
          reference).forEach(consent -> found.put(consent.pupilReference(), consent));
    }
    return found;
  }

  public List<PupilConsent> all(String school) {
    return jdbc.query("SELECT * FROM pupil_image_consent WHERE school = ?", this::row, school);
  }

  /** Replaces the whole register of one school (the caller's transaction makes it all or nothing). */
  public void replace(String school, List<PupilConsent> register, String importedBy) {
    jdbc.update("DELETE FROM pupil_image_consent WHERE school = ?", school);
    Timestamp now = new Timestamp(EngineTime.now().getTime());
    jdbc.batchUpdate("INSERT INTO pupil_image_consent (school, pupil_reference, website, social_media, press, in_print,"
        + " restricted, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        register.stream().map(pupil -> new Object[] {school, pupil.pupilReference(),
            pupil.consented().contains(Channel.WEBSITE), pupil.consented().contains(Channel.SOCIAL_MEDIA),
            pupil.consented().contains(Channel.PRESS), pupil.consented().contains(Channel.PRINT),
            pupil.restricted(), now, importedBy}).toList());
  }

  private PupilConsent row(ResultSet row, int number) throws SQLException {
    Set<Channel> consented = EnumSet.noneOf(Channel.class);
    if (row.getBoolean("website")) {
      consented.add(Channel.WEBSITE);
    }
    if (row.getBoolean("social_media")) {
      consented.add(Channel.SOCIAL_MEDIA);
    }
    if (row.getBoolean("press")) {
      consented.add(Channel.PRESS);
    }
    if (row.getBoolean("in_print")) {
      consented.add(Channel.PRINT);
    }
    return new PupilConsent(row.getString("pupil_reference"), consented, row.getBoolean("restricted"));
  }
}
