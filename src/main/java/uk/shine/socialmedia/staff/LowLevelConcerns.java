package uk.shine.socialmedia.staff;

import java.sql.Timestamp;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.shine.socialmedia.deadlines.CalendarProperties;

/**
 * The low-level concerns register: each concern below the harm threshold is kept, and the number of
 * earlier ones about the same person (by Camunda user id when known, else by name) tells whoever
 * reviews it whether a pattern is forming.
 */
@Service
class LowLevelConcerns {

  private final JdbcTemplate jdbc;
  private final Period lookBack;
  private final ZoneId zone;

  LowLevelConcerns(JdbcTemplate jdbc, @Value("${socialmedia.staff.low-level-look-back:P3Y}") Period lookBack,
      CalendarProperties calendar) {
    this.jdbc = jdbc;
    this.lookBack = lookBack;
    this.zone = calendar.zone();
  }

  /** Records a concern and returns how many earlier ones about the same person the register holds. */
  public int record(String caseReference, String staffUserId, String staffName, String concern, Date at,
      String recordedBy) {
    Timestamp since = Timestamp.from(at.toInstant().atZone(zone).minus(lookBack).toInstant());
    Integer earlier = staffUserId != null
        ? jdbc.queryForObject("select count(*) from low_level_concern where staff_user_id = ? and recorded_at >= ?",
            Integer.class, staffUserId, since)
        : jdbc.queryForObject("select count(*) from low_level_concern where lower(staff_name) = lower(?) and recorded_at >= ?",
            Integer.class, staffName.trim(), since);
    jdbc.update("insert into low_level_concern (id, case_reference, staff_user_id, staff_name, concern, recorded_at, "
        + "recorded_by) values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), caseReference, staffUserId,
        staffName.trim(), concern, new Timestamp(at.getTime()), recordedBy);
    return earlier == null ? 0 : earlier;
  }
}
