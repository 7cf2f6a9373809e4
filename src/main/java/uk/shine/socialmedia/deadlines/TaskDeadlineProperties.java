package uk.shine.socialmedia.deadlines;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * socialmedia.task-deadlines: when the working day starts (for "within the hour in working hours"),
 * and when the engine looks for missed deadlines and stuck cases (the timers of
 * processes/deadline-check.bpmn and stuck-case-check.bpmn, read when they are deployed). The rules
 * themselves are the table processes/task-deadlines.dmn.
 *
 * @param workingDayStarts the start of the school's working day ({@code socialmedia.calendar.working-day-ends} ends it)
 * @param deadlineCheck a cron expression or ISO 8601 cycle: how often open tasks are checked against their due dates
 * @param stuckCheck a cron expression or ISO 8601 cycle: when open cases are checked for having stopped
 */
@ConfigurationProperties("socialmedia.task-deadlines")
public record TaskDeadlineProperties(
    @DefaultValue("08:00") LocalTime workingDayStarts,
    @DefaultValue("0 0/15 * * * ?") String deadlineCheck,
    @DefaultValue("0 0 2 * * ?") String stuckCheck) {
}
