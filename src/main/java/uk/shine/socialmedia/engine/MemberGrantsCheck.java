package uk.shine.socialmedia.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Holds the database to grants only ({@link MemberGrants}). At start-up: the refusals an earlier version
 * wrote to keep a case's subject out (REVOKE rows of a person on a case's instances and tasks) are turned
 * into the new form once, in one transaction (the refusal removed, a group of the subject's reading the
 * case granted member by member), since the application's access is written as grants alone and its
 * membership rewrites know nothing of refusals; any other refusal (one a person saved) stops the start-up with what to do, since
 * nobody but its author knows what it was meant to keep out. Each night: no group of a case's subject may
 * hold a grant on that case; one that does (written around the application) is turned into grants by name
 * and the operations log says how many, without naming anyone.
 */
@Component
@EnableScheduling
class MemberGrantsCheck implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(MemberGrantsCheck.class);
  private static final Set<Integer> CASE_RESOURCES = Set.of(Resources.PROCESS_INSTANCE.resourceType(),
      Resources.HISTORIC_PROCESS_INSTANCE.resourceType(), Resources.TASK.resourceType(),
      Resources.HISTORIC_TASK.resourceType());

  private final ProcessEngine engine;

  MemberGrantsCheck(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void run(ApplicationArguments args) {
    int converted = convertRefusals();
    if (converted > 0) {
      LOG.warn("{} refusals that kept cases' subjects out were turned into grants to the other members of their groups",
          converted);
    }
  }

  /** @return how many refusals were turned into grants */
  int convertRefusals() {
    return EngineCommands.withoutAuthorization(engine, () -> {
      var context = Context.getCommandContext();
      Map<String, Set<String>> subjectsByCase = new LinkedHashMap<>();
      List<AuthorizationEntity> subjects = new ArrayList<>();
      List<String> others = new ArrayList<>();
      for (Authorization refusal : engine.getAuthorizationService().createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_REVOKE).list()) {
        if (refusal.getUserId() != null && refusal.getRootProcessInstanceId() != null
            && CASE_RESOURCES.contains(refusal.getResourceType())) {
          subjects.add((AuthorizationEntity) refusal);
          subjectsByCase.computeIfAbsent(refusal.getRootProcessInstanceId(), id -> new LinkedHashSet<>())
              .add(refusal.getUserId());
        } else {
          others.add(refusal.getId());
        }
      }
      if (!others.isEmpty()) {
        throw new IllegalStateException(others.size() + " refusals (REVOKE authorizations) are in the database that"
            + " the application did not write. This version gives access by grants only and would ignore them."
            + " Remove them (Admin, Authorizations; their ids: " + String.join(", ", others) + ") and give the"
            + " access they left by grants, then start the application again.");
      }
      subjects.forEach(refusal -> context.getDbEntityManager().delete(refusal));
      subjectsByCase.forEach((caseId, people) -> people.forEach(
          subject -> MemberGrants.keepOutOfCase(caseId, subject, MemberGrants.groupsOf(subject))));
      return subjects.size();
    });
  }

  /** Each night (and whenever {@code socialmedia.member-grant-check} says). */
  @Scheduled(cron = "${socialmedia.member-grant-check:0 40 2 * * *}")
  void nightly() {
    int fixed = check();
    if (fixed > 0) {
      LOG.error("{} grants to groups that have a case's subject in them were found and turned into grants to the"
          + " groups' other members: someone wrote grants around the application; look in Admin, Authorizations",
          fixed);
    }
  }

  /** @return how many group grants were turned into grants by name */
  int check() {
    return EngineCommands.withoutAuthorization(engine, () -> {
      int fixed = 0;
      for (Object[] found : MemberGrants.rows("select distinct v.root_proc_inst_id_, v.text_ from act_hi_varinst v"
          + " join act_id_membership m on m.user_id_ = v.text_"
          + " join act_ru_authorization a on a.group_id_ = m.group_id_ and a.type_ = 1"
          + " where v.name_ = 'subjectUserId' and v.root_proc_inst_id_ is not null and "
          + MemberGrants.ON_CASE.replace("?", "v.root_proc_inst_id_"), 2)) {
        String subject = (String) found[1];
        fixed += MemberGrants.keepOutOfCase((String) found[0], subject, MemberGrants.groupsOf(subject));
      }
      MemberGrants.forgetRemovedCases();
      return fixed;
    });
  }
}
