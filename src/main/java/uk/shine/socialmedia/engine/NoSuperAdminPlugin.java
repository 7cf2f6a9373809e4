package uk.shine.socialmedia.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The engine makes every member of {@code camunda-admin} bypass all authorization checks. The
 * contract says the system administrator sees no case content unless also in a case group, so the
 * administrator gets explicit grants instead ({@code security.AccessSetup}) and nobody bypasses checks.
 * The engine's few admin-only commands then refuse everyone; unlocking an account is given back to
 * {@code camunda-admin} by {@code security.AccountRules}. Engine configuration only, so it is whole here.
 */
class NoSuperAdminPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setAdminGroups(new ArrayList<>());
    configuration.setAdminUsers(new ArrayList<>());
  }
}
