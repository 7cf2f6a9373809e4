package uk.shine.socialmedia.chronology;

/**
 * One line of a case's chronology.
 *
 * @param at when, as an ISO instant
 * @param path the process key the event belongs to (the case itself is {@code social-media-concern})
 * @param by the user id of whoever did it, when the engine knows (null otherwise)
 */
public record ChronologyEvent(String at, String path, String kind, String what, String by) {
}
