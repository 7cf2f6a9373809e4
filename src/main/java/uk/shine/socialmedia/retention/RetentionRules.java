package uk.shine.socialmedia.retention;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.cases.RecordCategory;

/**
 * The removal date of a closed case: the retention table ({@code processes/records-retention.dmn},
 * which the trust may change) names the rule, what it counts from and how many years; this class
 * does the counting. What kind of record a case is (child protection, an allegation against staff,
 * pupil behaviour) follows from the paths it took, as each declares ({@link CasePath#recordCategories()}).
 * Where a date of birth is missing, it counts as if the person were as young as they could be, so
 * records are never removed early.
 */
@Component
public class RetentionRules {

  /** No member of staff is younger than this on the day of an allegation. */
  static final int YOUNGEST_STAFF_AGE = 16;

  private final DecisionService decisions;
  private final RetentionProperties properties;
  private final List<CasePath> paths;

  public RetentionRules(DecisionService decisions, RetentionProperties properties, List<CasePath> paths) {
    this.decisions = decisions;
    this.properties = properties;
    this.paths = paths;
  }

  public RemovalPlan plan(CaseRecordFacts.Facts facts) {
    VariableMap inputs = Variables.createVariables()
        .putValue("childProtection", took(facts, RecordCategory.CHILD_PROTECTION) || facts.childOnChildAbuse())
        .putValue("staffAllegation", took(facts, RecordCategory.STAFF_ALLEGATION))
        .putValue("allegationOutcome", facts.allegationOutcome())
        .putValue("pupilBehaviour", took(facts, RecordCategory.PUPIL_BEHAVIOUR))
        .putValue("noFurtherAction", facts.noFurtherAction());
    DmnDecisionResultEntries row = decisions.evaluateDecisionByKey(RetentionVariables.DECISION_KEY).variables(inputs)
        .evaluate().getSingleResult();
    if (row == null) {
      throw new IllegalStateException("The retention table has no row for this case: add a last row that matches every case");
    }
    String rule = row.getEntry("retentionRule");
    String countedFrom = row.getEntry("countedFrom");
    int years = ((Number) row.getEntry("years")).intValue();
    LocalDate removal;
    switch (countedFrom) {
      case "REMOVE" -> removal = facts.closedOn();
      case "CHILD_BIRTH" -> {
        LocalDate born = facts.childBirthDate();
        removal = (born != null ? born : facts.openedOn()).plusYears(years);
        rule = born != null ? rule : rule + " (no date of birth given: kept as if the child was born on the day of the report)";
      }
      case "RETIREMENT" -> {
        LocalDate born = facts.staffBirthDate();
        LocalDate retires = born != null ? born.plusYears(properties.retirementAge())
            : facts.openedOn().plusYears(properties.retirementAge() - YOUNGEST_STAFF_AGE);
        removal = later(retires, facts.openedOn().plusYears(years));
        rule = born != null ? rule : rule + " (no date of birth given: kept as if they were " + YOUNGEST_STAFF_AGE + ")";
      }
      case "CLOSED" -> removal = facts.closedOn().plusYears(years);
      default -> throw new IllegalStateException("The retention table's 'counted from' must be REMOVE, CHILD_BIRTH, "
          + "RETIREMENT or CLOSED, not " + countedFrom);
    }
    removal = later(removal, facts.closedOn());
    return new RemovalPlan(rule, removal, later(removal.minus(properties.reviewNotice()), facts.closedOn()));
  }

  /** A date the data protection lead chose at review: reviewed again before it like any other. */
  public RemovalPlan keepUntil(String rule, LocalDate removal, LocalDate today) {
    return new RemovalPlan(rule, removal, later(removal.minus(properties.reviewNotice()), today));
  }

  /** Whether the case took a path that makes it this kind of record (as each path declares). */
  private boolean took(CaseRecordFacts.Facts facts, RecordCategory category) {
    return paths.stream().anyMatch(path -> path.recordCategories().contains(category) && facts.took(path.processKey()));
  }

  private static LocalDate later(LocalDate one, LocalDate other) {
    return one.isAfter(other) ? one : other;
  }
}
