package uk.shine.socialmedia.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
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
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.forms.RefusedInput;

/**
 * No binary content enters the system: evidence is described, never uploaded (for indecent images
 * of children, holding a copy is itself an offence). File, byte-array and serialized-object variables
 * and task attachments are refused on every process, whichever API they come through.
 */
@Component
public class NoBinaryContentPlugin extends AbstractProcessEnginePlugin {

  static final String REFUSAL = "Files, pictures and other binary content are not accepted: "
      + "describe the evidence and where it is kept instead";

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setJavaSerializationFormatEnabled(false);
    List<TypedValueSerializer> refusing = new ArrayList<>();
    if (configuration.getCustomPreVariableSerializers() != null) {
      refusing.addAll(configuration.getCustomPreVariableSerializers());
    }
    refusing.add(new RefusingSerializer(ValueType.BYTES));
    refusing.add(new RefusingSerializer(ValueType.FILE));
    refusing.add(new RefusingSerializer(ValueType.OBJECT));
    configuration.setCustomPreVariableSerializers(refusing);

    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (command instanceof CreateAttachmentCmd) {
          throw new RefusedInput("attachment", "Task attachments are not accepted: " + REFUSAL);
        }
        return next.execute(command);
      }
    });
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

  /**
   * Whether a JSON request body carries a file value anywhere. The REST API builds a file value before the
   * engine sees it, and one without a file name fails there (HTTP 500), so the refusal comes first.
   */
  static boolean carriesFile(JsonNode node) {
    if (node.isObject() && "file".equalsIgnoreCase(node.path("type").asText())) {
      return true;
    }
    for (JsonNode child : node) {
      if (carriesFile(child)) {
        return true;
      }
    }
    return false;
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
      throw new RefusedInput(valueFields.getName(), REFUSAL + " (" + valueFields.getName() + ")");
    }

    @Override
    public TypedValue convertToTypedValue(UntypedValueImpl untypedValue) {
      throw new RefusedInput(null, REFUSAL);
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
