package uk.shine.socialmedia.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.accesschanges.AccessChanges;
import uk.shine.socialmedia.deadlines.TaskPriorities;
import uk.shine.socialmedia.forms.FormCheck;
import uk.shine.socialmedia.notification.MailDelivery;
import uk.shine.socialmedia.notification.Notifications;
import uk.shine.socialmedia.police.PoliceHold;
import uk.shine.socialmedia.schools.Schools;
import uk.shine.socialmedia.security.AccountRules;
import uk.shine.socialmedia.security.CaseAccessPolicy;
import uk.shine.socialmedia.security.NextGroupUp;
import uk.shine.socialmedia.security.StoredText;

/**
 * Everything the application plugs into the engine, in the order the engine runs it: the only
 * {@code ProcessEnginePlugin} of the application. Each plugin reads the engine (commands, models,
 * tasks) and calls its feature's rule in plain Java.
 *
 * <p>The order is the engine's order, and it matters:
 * <ul>
 * <li>commands, outermost first ({@link Wiring#beforeTheTransaction before the transaction}):
 *     plain refusals (the outermost of all, so it sees every other refusal and the rolled-back
 *     transaction), a job's success counted without a transaction of its own (notifications), authorized
 *     statistics, no binary content, what only the application does, safe text;
 * <li>commands inside the transaction, in this list's order: access changes, form checks, account
 *     rules, case access (grants follow group membership, no refusal saved), police hold, task work rules;
 * <li>every start event: the form check first of all (priority 0, before the model's own listeners),
 *     then safe text (business key); at its end, the per-case grants;
 * <li>every user task, after the model's own listeners: on create, its priority from its deadline rule, the
 *     notification, then the subject shielded, then the next group up, then the police hold (an internal
 *     step put aside while it lasts); on update, the new deadline's warning; on assignment, the
 *     subject refused;
 * <li>variable serializers ahead of the engine's own: refused binary values, then checked strings and dates;
 * <li>every new instance: its school (tenant), by the one tenant id provider;
 * <li>history: the job log keeps what jobs did, not their making or withdrawal;
 * <li>once the engine is built: the indexes the task list reads, and on H2 what its planner should know of the variables.
 * </ul>
 * {@code EnginePluginsTest} holds the engine to this order.
 */
@Component
class EnginePlugins extends CompositeProcessEnginePlugin {

  EnginePlugins(AccessChanges accessChanges, FormCheck formCheck, Notifications notifications, MailDelivery delivery,
      AccountRules accountRules, NextGroupUp nextGroupUp, CaseAccessPolicy caseAccessPolicy, StoredText storedText,
      PoliceHold policeHold, TaskPriorities taskPriorities,
      @Lazy Schools schools) {
    super(List.of(
        new AccessChangePlugin(accessChanges),
        new FormCheckPlugin(formCheck),
        new TaskPriorityPlugin(taskPriorities),
        new NotificationPlugin(notifications, delivery),
        new AccountRulesPlugin(accountRules),
        new AuthorizedStatisticsPlugin(),
        new CaseAccessPlugin(nextGroupUp, caseAccessPolicy),
        new PoliceHoldPlugin(policeHold),
        new NoBinaryContentPlugin(),
        new NoSuperAdminPlugin(),
        new PersonCommandGuardPlugin(),
        new PlainRefusalsPlugin(),
        new SafeTextPlugin(storedText),
        new TaskWorkRulesPlugin(),
        new VisibleTasksPlugin(),
        new H2StatisticsPlugin(),
        new JobOutcomesPlugin(),
        new RemovalTimesPlugin(),
        new SchoolTenantPlugin(schools)));
  }
}
