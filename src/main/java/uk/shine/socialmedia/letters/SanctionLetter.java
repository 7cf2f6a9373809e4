package uk.shine.socialmedia.letters;

import static uk.shine.socialmedia.letters.Letters.LONG_DATE;
import static uk.shine.socialmedia.letters.Letters.p;
import static uk.shine.socialmedia.letters.Letters.pre;
import static uk.shine.socialmedia.letters.Letters.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.deadlines.SchoolDays;
import uk.shine.socialmedia.pupils.PupilVariables;

/**
 * The head teacher's letter to the parents of a suspended or permanently excluded pupil, from the pupil
 * path as it stands (DfE, Suspension and permanent exclusion, 2024: notifying parents): the reason, the
 * length (the dates, the day the pupil returns) or that it is permanent, the parents' right to make
 * representations to the governing board and what the board can do, and the education from the sixth
 * school day. The pupil is named by the school's reference only; the school adds the name when it prints.
 */
@Component
class SanctionLetter {

  static final String KIND = "sanction-notice";

  private final Letters letters;
  private final SchoolDays schoolDays;
  private final ZoneId zone;

  SanctionLetter(Letters letters, SchoolDays schoolDays, CalendarProperties calendar) {
    this.letters = letters;
    this.schoolDays = schoolDays;
    this.zone = calendar.zone();
  }

  /** @return the letter, or empty before the head teacher has suspended or excluded */
  Optional<String> write(Map<String, Object> pupilPath, LocalDate today) {
    Object sanction = pupilPath.get(PupilVariables.SANCTION);
    String body;
    if ("SUSPENSION".equals(sanction)) {
      body = suspension(pupilPath);
    } else if ("PERMANENT_EXCLUSION".equals(sanction)) {
      body = exclusion(pupilPath);
    } else {
      return Optional.empty();
    }
    String dear = "parent or carer of pupil " + text(pupilPath, PupilVariables.PUPIL_REFERENCE);
    return Optional.of(letters.page(pupilPath, today, dear, body));
  }

  private String suspension(Map<String, Object> c) {
    LocalDate first = LocalDate.parse((String) c.get(PupilVariables.SUSPENSION_STARTS));
    int days = ((Number) c.get(PupilVariables.SUSPENSION_DAYS)).intValue();
    SchoolDays schoolDays = this.schoolDays.of((String) c.get(Letters.SCHOOL));
    String html = "<h2>Suspension from school</h2>"
        + p("I am writing to tell you that I have decided to suspend your child from school for " + days + " school "
            + (days == 1 ? "day" : "days") + ", from " + written(first) + " to " + written(schoolDays.plus(first, days - 1))
            + " inclusive. Your child should return to school on " + written(schoolDays.plus(first, days)) + ".")
        + "<h3>The reason</h3>" + pre(c, "sanctionReasons")
        + p("During the first five school days of the suspension your child must not be present in a public place"
            + " during school hours without a good reason; the school will set work and mark it.");
    if (Boolean.TRUE.equals(c.get(PupilVariables.EDUCATION_FROM_SIXTH_DAY))) {
      html += p("From " + isoLong(c, PupilVariables.SIXTH_SCHOOL_DAY) + ", the sixth school day of the suspension, the"
          + " school will provide suitable full-time education; we will write to tell you where and when.");
    }
    return html + "<h3>Your right to make representations</h3>" + representations(c);
  }

  private String exclusion(Map<String, Object> c) {
    return "<h2>Permanent exclusion from school</h2>"
        + p("I am writing to tell you that I have decided to exclude your child from school permanently.")
        + "<h3>The reason</h3>" + pre(c, "sanctionReasons")
        + p("For the first five school days your child must not be present in a public place during school hours"
            + " without a good reason; the school will set work and mark it. From the sixth school day the local"
            + " authority will provide suitable full-time education and will write to you about it.")
        + "<h3>Your right to make representations</h3>" + representations(c);
  }

  private String representations(Map<String, Object> c) {
    String write = " You may make representations about this decision to the governing board: write to the clerk to"
        + " the governors at the school, quoting the reference above.";
    if ("REINSTATEMENT".equals(c.get(PupilVariables.BOARD_REVIEW))) {
      return p("The governing board must meet to consider whether your child should be reinstated, no later than "
          + date(c, PupilVariables.GOVERNORS_DUE) + "." + write + " You may attend the meeting and be accompanied by a"
          + " friend or representative; the board will tell you its decision in writing.");
    }
    String until = c.get(PupilVariables.REPRESENTATIONS_UNTIL) instanceof Date ? " Please send them by "
        + date(c, PupilVariables.REPRESENTATIONS_UNTIL) + "." : "";
    if (Boolean.TRUE.equals(c.get(PupilVariables.BOARD_MAY_REINSTATE))) {
      return p(write.trim() + until + " If you do, the board must consider within 50 school days whether your child"
          + " should be reinstated, and will tell you its decision in writing.");
    }
    return p(write.trim() + until + " The board must consider what you say, but because the suspension is for five"
        + " school days or fewer in this term it cannot direct that your child be reinstated; it may ask for its views"
        + " to be placed on your child's school record.");
  }

  private String date(Map<String, Object> c, String name) {
    return written(((Date) c.get(name)).toInstant().atZone(zone).toLocalDate());
  }

  private static String isoLong(Map<String, Object> c, String name) {
    return written(LocalDate.parse((String) c.get(name)));
  }

  private static String written(LocalDate day) {
    return day.format(LONG_DATE);
  }
}
