package uk.shine.socialmedia.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.notification.NotificationJobs;
import uk.shine.socialmedia.support.CaseEngineTest;

/**
 * The engine runs what the application plugs into it in one order ({@link EnginePlugins}): which rule
 * sees a command first, which listener a start event or a task runs first. Each plugin's part is
 * named here by the plugin it comes from.
 */
@CaseEngineTest
class EnginePluginsTest {

  @Autowired
  private ProcessEngine engine;

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  @Test
  void commands_pass_the_rules_in_order_with_plain_refusals_outermost() {
    assertThat(plugins(configuration().getCustomPreCommandInterceptorsTxRequired())).containsExactly(
        PlainRefusalsPlugin.class, NotificationPlugin.class, AuthorizedStatisticsPlugin.class, NoBinaryContentPlugin.class,
        PersonCommandGuardPlugin.class, SafeTextPlugin.class);
    assertThat(pluginOf(configuration().getCommandExecutorTxRequired())).isEqualTo(PlainRefusalsPlugin.class);
    assertThat(plugins(configuration().getCustomPostCommandInterceptorsTxRequired())).containsExactly(
        AccessChangePlugin.class, FormCheckPlugin.class, AccountRulesPlugin.class, CaseAccessPlugin.class,
        PoliceHoldPlugin.class,
        TaskWorkRulesPlugin.class);
  }

  @Test
  void models_are_read_by_the_plugins_in_order() {
    assertThat(plugins(configuration().getCustomPostBPMNParseListeners())).containsExactly(
        FormCheckPlugin.class, TaskPriorityPlugin.class, NotificationPlugin.class, CaseAccessPlugin.class,
        PoliceHoldPlugin.class, SafeTextPlugin.class);
  }

  @Test
  void a_start_form_is_checked_before_the_models_own_listeners_and_access_is_granted_at_the_end() {
    ActivityImpl start = activity("social-media-concern", "concern-reported");
    List<?> onStart = start.getListeners(ExecutionListener.EVENTNAME_START);
    assertThat(pluginOf(onStart.get(0))).isEqualTo(FormCheckPlugin.class);
    assertThat(plugins(onStart)).containsExactly(FormCheckPlugin.class, SafeTextPlugin.class);
    assertThat(plugins(start.getListeners(ExecutionListener.EVENTNAME_END))).containsExactly(CaseAccessPlugin.class);
  }

  @Test
  void a_task_runs_the_models_listeners_first_then_notification_then_access() {
    Map<String, List<TaskListener>> listeners = ((UserTaskActivityBehavior) activity("image-publication",
        "check-consent").getActivityBehavior()).getTaskDefinition().getTaskListeners();
    List<TaskListener> onCreate = listeners.get(TaskListener.EVENTNAME_CREATE);
    assertThat(pluginOf(onCreate.get(0))).isNull(); // the model's own: ${showConsentCheck}
    assertThat(plugins(onCreate)).containsExactly(TaskPriorityPlugin.class, NotificationPlugin.class,
        CaseAccessPlugin.class, CaseAccessPlugin.class, PoliceHoldPlugin.class);
    assertThat(plugins(listeners.get(TaskListener.EVENTNAME_UPDATE))).containsExactly(NotificationPlugin.class);
    assertThat(plugins(listeners.get(TaskListener.EVENTNAME_ASSIGNMENT))).containsExactly(CaseAccessPlugin.class);
  }

  @Test
  void values_are_refused_or_checked_before_the_engines_own_serializers() {
    var serializers = configuration().getVariableSerializers().getSerializers();
    assertThat(serializers.subList(0, 5)).extracting(serializer -> serializer.getName())
        .containsExactly("refused-bytes", "refused-file", "refused-object", "string", "date");
    assertThat(plugins(serializers.subList(0, 5))).containsExactly(NoBinaryContentPlugin.class,
        NoBinaryContentPlugin.class, NoBinaryContentPlugin.class, SafeTextPlugin.class, SafeTextPlugin.class);
    assertThat(configuration().isJavaSerializationFormatEnabled()).isFalse();
  }

  @Test
  void notification_jobs_incidents_and_retries_are_the_applications_and_nobody_bypasses_checks() {
    assertThat(configuration().getJobHandlers().get(NotificationJobs.TYPE)).isInstanceOf(TextJobHandler.class);
    assertThat(configuration().getIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE))
        .isInstanceOf(AlertingIncidentHandler.class);
    assertThat(configuration().getIncidentHandler(Incident.EXTERNAL_TASK_HANDLER_TYPE))
        .isInstanceOf(AlertingIncidentHandler.class);
    assertThat(configuration().getFailedJobCommandFactory()).isInstanceOf(ConflictRetriesAtOnce.class);
    assertThat(configuration().getAdminGroups()).isEmpty();
    assertThat(configuration().getAdminUsers()).isEmpty();
  }

  private ActivityImpl activity(String processKey, String activityId) {
    ProcessDefinitionEntity process = configuration().getCommandExecutorTxRequired().execute(command ->
        configuration().getDeploymentCache().findDeployedLatestProcessDefinitionByKey(processKey));
    return process.findActivity(activityId);
  }

  /** The plugins the engine's parts come from, in order, leaving out the engine's and the models' own. */
  private static List<Class<?>> plugins(List<?> parts) {
    return parts.stream().<Class<?>>map(EnginePluginsTest::pluginOf).filter(plugin -> plugin != null).toList();
  }

  /** The plugin of this package a part comes from (its class, a class or lambda inside it); null for any other. */
  private static Class<?> pluginOf(Object part) {
    String name = part.getClass().getName();
    String outermost = name.split("\\$")[0];
    if (!outermost.startsWith(EnginePlugins.class.getPackageName() + ".")) {
      return null;
    }
    try {
      return Class.forName(outermost);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
