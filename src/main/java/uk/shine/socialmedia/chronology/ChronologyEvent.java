package uk.shine.socialmedia.chronology;

import java.util.List;

/**
 * One line of a case's chronology.
 *
 * @param at when, as an ISO instant
 * @param path the process key the event belongs to (the case itself is {@code social-media-concern})
 * @param by the user id of whoever did it, when the engine knows (null otherwise)
 * @param pathName the path's name as its process declares it ("Pupil behaviour")
 * @param byName the name of whoever did it, from Camunda identity (null when {@code by} is)
 * @param said the event in plain words: values as the forms show them, paths by name
 * @param decided on a completed task: the decisions recorded with it, in plain words
 * @param withTask on a decision: whether it was recorded by a completed task, which shows it in {@code decided}
 * @param letter on a completed task that sends a letter: the letter's page
 * @param meeting on a completed meeting step: when it was held and its notes, as written
 */
public record ChronologyEvent(String at, String path, String kind, String what, String by, String pathName,
    String byName, String said, List<String> decided, boolean withTask, String letter, Meeting meeting) {

  /** A meeting's day ("5 November 2026"; null when not given) and its notes as written (null when none). */
  public record Meeting(String held, String notes) {
  }

  /** An event that is not a meeting. */
  public ChronologyEvent(String at, String path, String kind, String what, String by, String pathName,
      String byName, String said, List<String> decided, boolean withTask, String letter) {
    this(at, path, kind, what, by, pathName, byName, said, decided, withTask, letter, null);
  }

  /** An event as the chronology's first version knew it, its plain words the same as its text. */
  public ChronologyEvent(String at, String path, String kind, String what, String by) {
    this(at, path, kind, what, by, path, by, what, List.of(), false, null);
  }
}
