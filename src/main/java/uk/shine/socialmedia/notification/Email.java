package uk.shine.socialmedia.notification;

import java.util.List;

/** A message ready to send: addresses, subject and plain text. */
record Email(List<String> to, String subject, String body, boolean urgent) {
}
