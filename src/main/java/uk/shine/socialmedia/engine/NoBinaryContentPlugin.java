package uk.shine.socialmedia.engine;

import java.io.InputStream;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.variable.serializer.JavaObjectSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import uk.shine.socialmedia.security.NoBinaryContent;

/**
 * Refuses {@link NoBinaryContent} in the engine: serializers ahead of the engine's own claim file,
 * byte-array and object values and refuse them, Java serialization is off, and a command interceptor
 * refuses task attachments.
 */
class NoBinaryContentPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setJavaSerializationFormatEnabled(false);
    for (ValueType type : List.of(ValueType.BYTES, ValueType.FILE, ValueType.OBJECT)) {
      Wiring.beforeTheEnginesSerializers(configuration, new RefusingSerializer(type));
    }
    Wiring.beforeTheTransaction(configuration, new AttachmentRefusal());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // without it, an Object value would still reach Java serialization (and fail with HTTP 500)
    var serializers = configuration.getVariableSerializers();
    var javaSerializer = serializers.getSerializerByName(JavaObjectSerializer.NAME);
    if (javaSerializer != null) {
      serializers.removeSerializer(javaSerializer);
    }
  }

  private static final class AttachmentRefusal extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof CreateAttachmentCmd) {
        throw NoBinaryContent.attachmentRefusal();
      }
      return next.execute(command);
    }
  }

  /** Claims binary and object values before the engine's own serializers, and refuses them. */
  private static final class RefusingSerializer implements TypedValueSerializer<TypedValue> {

    private final ValueType type;

    RefusingSerializer(ValueType type) {
      this.type = type;
    }

    @Override
    public String getName() {
      return "refused-" + type.getName();
    }

    @Override
    public ValueType getType() {
      return type;
    }

    @Override
    public boolean canHandle(TypedValue value) {
      if (value.getType() != null) {
        return value.getType().equals(type);
      }
      Object raw = value.getValue();
      if (type == ValueType.BYTES) {
        return raw instanceof byte[] || raw instanceof InputStream;
      }
      return type == ValueType.OBJECT && raw != null && !(raw instanceof byte[] || raw instanceof InputStream
          || raw instanceof String || raw instanceof Boolean || raw instanceof Number || raw instanceof Date);
    }

    @Override
    public void writeValue(TypedValue value, ValueFields valueFields) {
      if (value.isTransient()) {
        return; // lives in memory for one transaction and is never stored: nothing to refuse
      }
      throw NoBinaryContent.refusal(valueFields.getName());
    }

    @Override
    public TypedValue convertToTypedValue(UntypedValueImpl untypedValue) {
      throw NoBinaryContent.refusal();
    }

    @Override
    public TypedValue readValue(ValueFields valueFields, boolean deserialize, boolean asTransientValue) {
      throw new IllegalStateException("No binary value can have been stored");
    }

    @Override
    public String getSerializationDataformat() {
      return null;
    }

    @Override
    public boolean isMutableValue(TypedValue typedValue) {
      return false;
    }
  }
}
