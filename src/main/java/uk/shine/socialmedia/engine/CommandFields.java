package uk.shine.socialmedia.engine;

import java.lang.reflect.Field;

/**
 * Reads a field of an engine command (the task id of a completion, the variables it sends), which
 * the command does not expose. 7.24 is the last community release: these fields will not move.
 * Camunda has no public way to see what a command was sent before it runs (a task listener on
 * {@code complete} sees the variables after they were written over the case's own); the rules that
 * must refuse before anything changes read it here.
 */
final class CommandFields {

  private CommandFields() {
  }

  /** The field as the command's class or one of its superclasses declares it. */
  static Object read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException notHere) {
        // declared further up
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass(), e);
      }
    }
    throw new IllegalStateException("No field " + name + " in " + command.getClass());
  }
}
