package uk.shine.socialmedia.forms;

import java.lang.reflect.Field;

/**
 * Reads a field of an engine command (the task id of a completion, the variables it sends), which
 * the command does not expose. 7.24 is the last community release: these fields will not move.
 */
public final class CommandFields {

  private CommandFields() {
  }

  /** The field as the command's class or one of its superclasses declares it. */
  public static Object read(Object command, String name) {
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
