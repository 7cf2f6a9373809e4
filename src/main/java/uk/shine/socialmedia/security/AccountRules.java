package uk.shine.socialmedia.security;

import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * People's accounts, whichever API is used. Every password check is throttled by caller address and
 * account ({@link LoginThrottle}; {@link ErrorResponses} answers 429), and checks only the caller's own
 * password once they are logged in. A person changes their own password, never their name, e-mail
 * address (it routes case mail) or id, and cannot delete their account: the administrator does that.
 * The administrator ({@code camunda-admin}) may unlock an account, although the engine has no admin
 * group for its own check (nobody bypasses authorization checks). The engine's {@code AccountRulesPlugin}
 * asks these rules on every such command, once the engine knows who is asking. Once people sign in through
 * the trust's identity provider, no local password but the break-glass administrator's is even checked.
 */
@Component
public class AccountRules {

  static final String OWN_PASSWORD_ONLY = "You can check only your own password";
  static final String ADMIN_CHANGES_PROFILES = "Names and e-mail addresses are changed by the administrator; "
      + "you can change your own password";
  static final String ADMIN_DELETES = "Accounts are removed by the administrator";
  static final String ADMIN_UNLOCKS = "Accounts are unlocked by the administrator";

  /** Request attribute: a local password was not checked, because people sign in through the trust's provider. */
  static final String SCHOOL_ACCOUNTS_ONLY = "uk.shine.socialmedia.login.schoolAccountsOnly";
  static final String USE_SCHOOL_ACCOUNT = "This school signs in with its own accounts: use \"Sign in with your school "
      + "account\" on the sign-in page. Passwords kept here work only for the system administrator. Programs use a "
      + "bearer token from the school's identity provider.";

  private final LoginThrottle throttle;
  private final boolean schoolAccounts;
  private final String breakGlassAdmin;

  public AccountRules(LoginThrottle throttle, SignInProperties signIn, AdminIdentity admin) {
    this.throttle = throttle;
    this.schoolAccounts = signIn.configured();
    this.breakGlassAdmin = admin.id();
  }

  /**
   * A password check, throttled when it comes over HTTP.
   *
   * @param caller who is logged in, or null (a login)
   * @param check the engine's own check of the password
   * @return whether the password is right; false without checking while the caller must wait
   */
  public Boolean checkPassword(String caller, String account, Supplier<Boolean> check) {
    if (caller != null && !caller.equals(account)) {
      throw new Refusal(Status.FORBIDDEN, OWN_PASSWORD_ONLY);
    }
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (schoolAccounts && !breakGlassAdmin.equals(account)) {
      // with the trust's identity provider, a local password is the break-glass administrator's only
      if (request != null) {
        request.setAttribute(SCHOOL_ACCOUNTS_ONLY, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
      }
      return false;
    }
    if (!(request instanceof ServletRequestAttributes servlet)) {
      return check.get(); // not over HTTP: nobody to throttle
    }
    String address = servlet.getRequest().getRemoteAddr();
    Duration wait = throttle.waitFor(address, account);
    if (!wait.isZero()) {
      request.setAttribute(ErrorResponses.RETRY_AFTER, wait, RequestAttributes.SCOPE_REQUEST);
      return false;
    }
    Boolean right = check.get();
    if (Boolean.TRUE.equals(right)) {
      throttle.succeeded(address, account);
    } else {
      throttle.failed(address, account);
    }
    return right;
  }

  /** Someone logged in unlocks an account: the administrator only, and the account's throttle starts again. */
  public void unlocking(List<String> callerGroups, String account) {
    if (!admin(callerGroups)) {
      throw new Refusal(Status.FORBIDDEN, ADMIN_UNLOCKS);
    }
    throttle.forget(account);
  }

  /**
   * Someone logged in saves a user: anyone their own password, the administrator anything.
   *
   * @param isNew whether the user is being created (not a change)
   * @param stored the user as stored now, or null
   */
  public void savingUser(List<String> callerGroups, User user, boolean isNew, Supplier<User> stored) {
    if (!admin(callerGroups) && changesProfile(user, isNew, stored)) {
      throw new Refusal(Status.FORBIDDEN, ADMIN_CHANGES_PROFILES);
    }
  }

  /** Someone logged in deletes a user: the administrator only. */
  public void deletingUser(List<String> callerGroups) {
    if (!admin(callerGroups)) {
      throw new Refusal(Status.FORBIDDEN, ADMIN_DELETES);
    }
  }

  private static boolean admin(List<String> groups) {
    return groups != null && groups.contains(CaseGroups.ADMIN);
  }

  /** A saved user whose id, names or e-mail address differ from the stored ones (a new user is not a change). */
  private static boolean changesProfile(User user, boolean isNew, Supplier<User> stored) {
    if (user == null || isNew) {
      return false;
    }
    User before = stored.get();
    return before == null || !Objects.equals(before.getFirstName(), user.getFirstName())
        || !Objects.equals(before.getLastName(), user.getLastName()) || !Objects.equals(before.getEmail(), user.getEmail());
  }
}
