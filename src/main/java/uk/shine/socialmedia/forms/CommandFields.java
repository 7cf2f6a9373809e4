package uk.shine.socialmedia.forms;

import java.lang.reflect.Field;

/**
 * Reads a field of an engine command (the task id of a completion, the variables it sends), which
 * the command does not expose. 7.24 is the last community release: these fields will not move.
 */
public final class CommandFields {

  private CommandFields() {
  }

  public static Object read(Object command, String name) {
    try {
      Field field = command.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + name + " of " + command.getClass(), e);
    }
  }
}
