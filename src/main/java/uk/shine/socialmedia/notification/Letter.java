package uk.shine.socialmedia.notification;

import java.util.List;

/** A message ready to send: addresses, subject and plain text. */
record Letter(List<String> to, String subject, String body, boolean urgent) {
}
