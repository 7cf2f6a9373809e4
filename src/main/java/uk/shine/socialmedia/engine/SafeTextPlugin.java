package uk.shine.socialmedia.engine;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTenantCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.variable.serializer.DateValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.DateValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import uk.shine.socialmedia.security.StoredText;

/**
 * Hands every text a person can store to {@link StoredText} as the engine stores it: String and Date
 * variables through serializers ahead of the engine's own (under their names, so values stored
 * before read back as ever), users, groups, tenants, comments and tasks as their commands arrive,
 * and a process's business key when it starts.
 */
class SafeTextPlugin extends AbstractProcessEnginePlugin {

  private final StoredText text;

  SafeTextPlugin(StoredText text) {
    this.text = text;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Wiring.beforeTheEnginesSerializers(configuration, new CheckedStrings());
    Wiring.beforeTheEnginesSerializers(configuration, new CheckedDates());
    Wiring.beforeTheTransaction(configuration, new CheckedCommands());
    Wiring.everyModel(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
        if (scope == activity.getProcessDefinition()) {
          activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
              text.businessKey(execution.getProcessBusinessKey()));
        }
      }
    });
  }

  private final class CheckedCommands extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof SaveUserCmd) {
        text.user((User) CommandFields.read(command, "user"));
      } else if (command instanceof SaveGroupCmd) {
        text.group((Group) CommandFields.read(command, "group"));
      } else if (command instanceof SaveTenantCmd) {
        text.tenant((Tenant) CommandFields.read(command, "tenant"));
      } else if (command instanceof AddCommentCmd) {
        text.comment((String) CommandFields.read(command, "message"));
      } else if (command instanceof SaveTaskCmd) {
        text.task((Task) CommandFields.read(command, "task"));
      }
      return next.execute(command);
    }
  }

  /** The engine's String serializer, refusing unsafe text. */
  private final class CheckedStrings extends StringValueSerializer {
    @Override
    public void writeValue(StringValue value, ValueFields fields) {
      if (!value.isTransient()) {
        text.variable(fields.getName(), value.getValue());
      }
      super.writeValue(value, fields);
    }
  }

  /** The engine's Date serializer, refusing dates before the earliest a form accepts. */
  private final class CheckedDates extends DateValueSerializer {
    @Override
    public void writeValue(DateValue value, ValueFields fields) {
      if (!value.isTransient() && value.getValue() != null) {
        text.date(fields.getName(), value.getValue());
      }
      super.writeValue(value, fields);
    }
  }
}
