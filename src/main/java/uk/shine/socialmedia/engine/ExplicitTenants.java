package uk.shine.socialmedia.engine;

import java.util.function.Supplier;

/**
 * An instance of a shared model (deployed without a school) started for a school named by the
 * application rather than by who is signed in or what started it: the receiving school's side of a
 * pupil's records transfer, a take-down opened by the consent register for a publication's school.
 * Camunda 7's instantiation builder names only a definition's tenant, so the school is handed to the
 * engine's tenant id provider ({@link SchoolTenantPlugin}) for the one start; it wins over the school of
 * the execution that starts it, though never over a called path's case.
 */
public final class ExplicitTenants {

  private static final ThreadLocal<String> NAMED = new ThreadLocal<>();

  private ExplicitTenants() {
  }

  /** Starts the instance(s) of the work in this school (tenant id). */
  public static <T> T startIn(String tenantId, Supplier<T> work) {
    String before = NAMED.get();
    NAMED.set(tenantId);
    try {
      return work.get();
    } finally {
      if (before == null) {
        NAMED.remove();
      } else {
        NAMED.set(before);
      }
    }
  }

  /** The school named for the start under way on this thread, if any. */
  static String named() {
    return NAMED.get();
  }
}
