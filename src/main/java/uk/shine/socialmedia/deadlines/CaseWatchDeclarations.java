package uk.shine.socialmedia.deadlines;

import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.cases.Readers;

/**
 * The two checks that watch every case ({@code deadline-check}, {@code stuck-case-check}): started by
 * their timers, read by nobody. What they find reaches people by e-mail and the stuck-case page.
 */
final class CaseWatchDeclarations {

  static final String DEADLINE_CHECK = "deadline-check";
  static final String STUCK_CASE_CHECK = "stuck-case-check";

  private CaseWatchDeclarations() {
  }

  @Component
  static class DeadlineCheckProcess implements ProcessDeclaration {
    @Override
    public String processKey() {
      return DEADLINE_CHECK;
    }

    @Override
    public Readers readers() {
      return Readers.groups();
    }
  }

  @Component
  static class StuckCaseCheckProcess implements ProcessDeclaration {
    @Override
    public String processKey() {
      return STUCK_CASE_CHECK;
    }

    @Override
    public Readers readers() {
      return Readers.groups();
    }
  }
}
