package uk.shine.socialmedia.notification;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * socialmedia.notifications: what messages link to, who they come from, when deadlines are
 * announced, which processes' work is urgent.
 *
 * @param baseUrl the address people open the application at (links in messages)
 * @param from the sender address
 * @param deadlineWarning how long before a task's due date its people are warned
 * @param urgentProcesses process keys whose new tasks are sent as urgent alerts
 * @param timeZone the zone dates in messages are written in
 * @param sentKeysKept how long the keys of sent notifications are kept
 */
@ConfigurationProperties("socialmedia.notifications")
public record NotificationProperties(String baseUrl, String from, Duration deadlineWarning,
    List<String> urgentProcesses, String timeZone, Duration sentKeysKept) {

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public String link(String path) {
    return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + path;
  }
}
