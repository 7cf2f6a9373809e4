package uk.shine.socialmedia.security;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.forms.CommandFields;
import uk.shine.socialmedia.forms.FormInputCheck;
import uk.shine.socialmedia.forms.FormLabels;
import uk.shine.socialmedia.forms.SafeText;

/**
 * Every text a person can store passes {@link SafeText}, whichever API it comes through: each String
 * variable as it is written (starts, forms, task completions, set and local variables, messages),
 * names and e-mail addresses of users, group and tenant names, comments, a task's name and
 * description, and a process's business key. A Date variable before {@link FormInputCheck#EARLIEST_DATE}
 * is refused likewise. Forms check their own fields first with their own labels ({@link FormInputCheck}).
 */
@Component
public class SafeTextPlugin extends AbstractProcessEnginePlugin {

  private final FormLabels labels;

  public SafeTextPlugin(FormLabels labels) {
    this.labels = labels;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreVariableSerializers() == null) {
      configuration.setCustomPreVariableSerializers(new ArrayList<>());
    }
    // ahead of the engine's own, under their names, so values stored before read back as ever
    configuration.getCustomPreVariableSerializers().add(new CheckedStrings());
    configuration.getCustomPreVariableSerializers().add(new CheckedDates());

    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        checkText(command);
        return next.execute(command);
      }
    });

    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
        if (scope == activity.getProcessDefinition()) {
          activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
              SafeText.check("businessKey", "Business key", execution.getProcessBusinessKey(), false));
        }
      }
    });
  }

  private static void checkText(Command<?> command) {
    if (command instanceof SaveUserCmd) {
      User user = (User) CommandFields.read(command, "user");
      SafeText.check("firstName", "First name", user.getFirstName(), false);
      SafeText.check("lastName", "Last name", user.getLastName(), false);
      SafeText.check("email", "E-mail address", user.getEmail(), false);
    } else if (command instanceof SaveGroupCmd) {
      SafeText.check("name", "Group name", ((Group) CommandFields.read(command, "group")).getName(), false);
    } else if (command instanceof SaveTenantCmd) {
      SafeText.check("name", "School name", ((Tenant) CommandFields.read(command, "tenant")).getName(), false);
    } else if (command instanceof AddCommentCmd) {
      SafeText.check("message", "Comment", (String) CommandFields.read(command, "message"), true);
    } else if (command instanceof SaveTaskCmd) {
      Task task = (Task) CommandFields.read(command, "task");
      SafeText.check("name", "Task name", task.getName(), false);
      SafeText.check("description", "Task description", task.getDescription(), true);
    }
  }

  /** The engine's String serializer, refusing unsafe text (line breaks allowed: the variable may be a long answer). */
  private final class CheckedStrings extends StringValueSerializer {
    @Override
    public void writeValue(StringValue value, ValueFields fields) {
      if (!value.isTransient()) {
        SafeText.check(fields.getName(), labels.of(fields.getName()), value.getValue(), true);
      }
      super.writeValue(value, fields);
    }
  }

  /** The engine's Date serializer, refusing dates before the earliest a form accepts. */
  private final class CheckedDates extends DateValueSerializer {
    @Override
    public void writeValue(DateValue value, ValueFields fields) {
      if (!value.isTransient() && value.getValue() != null) {
        FormInputCheck.notTooEarly(fields.getName(), labels.of(fields.getName()),
            LocalDate.ofInstant(value.getValue().toInstant(), ZoneOffset.UTC));
      }
      super.writeValue(value, fields);
    }
  }
}
