package uk.shine.socialmedia.intake;

import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import uk.shine.socialmedia.deadlines.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Case references people can read out on the phone: {@code SMC-261124-7KQ2M}. They carry no
 * personal data, so they can appear in e-mails, Cockpit and the governors' audit.
 */
@Component
public class CaseReferences {

  // no I, L, O or U: nothing to misread
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  private final SecureRandom random = new SecureRandom();
  private final WorkingDays workingDays;

  public CaseReferences(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  public String next() {
    StringBuilder reference = new StringBuilder("SMC-")
        .append(DAY.format(workingDays.today()))
        .append('-');
    for (int i = 0; i < 5; i++) {
      reference.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return reference.toString();
  }
}
