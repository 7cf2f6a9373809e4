package uk.shine.socialmedia.imagepublication;

import java.util.Set;

/** One pupil in the consent register: the channels their parents agreed to, and whether they are restricted. */
public record PupilConsent(String pupilReference, Set<Channel> consented, boolean restricted) {

  /** Whether the pupil may be shown on the channel: consent given and not restricted. */
  public boolean mayAppearOn(Channel channel) {
    return !restricted && consented.contains(channel);
  }
}
