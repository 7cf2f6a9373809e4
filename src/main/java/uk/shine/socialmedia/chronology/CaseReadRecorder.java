package uk.shine.socialmedia.chronology;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.intake.CaseReferences;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.WebSecurityConfig;

/**
 * Who read which case through the engine's APIs (Tasklist, Cockpit, REST): a read that names a task,
 * instance, execution, variable or case reference ({@link CaseReads}) and is answered with content is written to the
 * case's read log, the case found by id (the root instance, whose business key is the reference), once
 * per person, case, kind of read and hour. Anything else passes untouched, the task list included, so
 * a list costs nothing per row. A refusal (an error status, or the empty list an outsider gets)
 * records nothing.
 */
class CaseReadRecorder extends OncePerRequestFilter {

  // what a successful answer without content looks like: nothing was read
  private static final Set<String> EMPTY = Set.of("", "[]", "{}", "null");
  // a safety bound; an hour's reads of a school are far fewer
  private static final int MOST_REMEMBERED = 100_000;

  // from the context when first needed: a filter is made before the engine, which must not start early
  private final ObjectProvider<CurrentUser> currentUser;
  private final CaseReadLog readLog;
  private final ObjectProvider<ProcessEngine> engine;
  // the reads recorded in the current hour (person, item, kind): a repeated read costs no query at all
  private final Map<String, Boolean> recordedThisHour = new ConcurrentHashMap<>();
  private volatile Instant hour = Instant.EPOCH;

  CaseReadRecorder(ObjectProvider<CurrentUser> currentUser, CaseReadLog readLog, ObjectProvider<ProcessEngine> engine) {
    this.currentUser = currentUser;
    this.readLog = readLog;
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    List<CaseReads.Read> reads = CaseReads.of(request.getMethod(), path, request.getQueryString(),
        () -> (JsonNode) request.getAttribute(WebSecurityConfig.JSON_BODY));
    if (reads.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (answer.getStatus() / 100 == 2 && !nothing(answer)) {
      // recorded before the answer leaves: a read that cannot be recorded is not served (outer filter: 500)
      currentUser.getObject().signedIn(request).ifPresent(userId -> record(userId, reads));
    }
    answer.copyBodyToResponse();
  }

  private static boolean nothing(ContentCachingResponseWrapper answer) {
    return answer.getContentSize() <= 8
        && EMPTY.contains(new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8).strip());
  }

  private void record(String userId, List<CaseReads.Read> reads) {
    Instant now = Instant.now();
    Instant thisHour = now.truncatedTo(ChronoUnit.HOURS);
    if (!thisHour.equals(hour) || recordedThisHour.size() > MOST_REMEMBERED) {
      recordedThisHour.clear();
      hour = thisHour;
    }
    for (CaseReads.Read read : reads) {
      String key = userId + '|' + read.kind() + '|' + read.id() + '|' + read.what();
      if (recordedThisHour.containsKey(key)) {
        continue;
      }
      ProcessEngine engine = this.engine.getObject();
      String caseReference = EngineCommands.inCommand(engine, () -> caseOf(engine, read));
      if (caseReference != null) {
        readLog.recordHourly(caseReference, userId, read.what(), now);
      }
      recordedThisHour.put(key, Boolean.TRUE);
    }
  }

  /** The reference of the case the item belongs to, by id (a reference: whether a case has it); null outside a case. */
  private static String caseOf(ProcessEngine engine, CaseReads.Read read) {
    return switch (read.kind()) {
      case INSTANCE -> CaseReferences.ofInstance(read.id());
      case TASK -> CaseReferences.ofTask(read.id());
      case EXECUTION -> {
        Execution execution = EngineRecords.execution(read.id());
        yield execution == null ? null : CaseReferences.ofInstance(execution.getProcessInstanceId());
      }
      case REFERENCE -> {
        // a case's own business key, if there is such a case; paths and other models share or forge it.
        // Whether the reader may see the case's history does not matter here (they were answered with its
        // content): like the other kinds, the case is found without their authorization checks
        long found = EngineCommands.withoutAuthorization(() -> engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(ConcernVariables.PROCESS_KEY).processInstanceBusinessKey(read.id()).count());
        yield found > 0 ? read.id() : null;
      }
      case VARIABLE -> {
        HistoricVariableInstance variable = EngineRecords.historicVariable(read.id());
        yield variable == null ? null : CaseReferences.ofInstance(variable.getProcessInstanceId());
      }
    };
  }

  /** On the engine's APIs, inside their authentication (so the person is known) and request checks. */
  @Configuration
  static class Registration {

    @Bean
    FilterRegistrationBean<Filter> caseReads(ObjectProvider<CurrentUser> currentUser, CaseReadLog readLog,
        ObjectProvider<ProcessEngine> engine) {
      FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
          new CaseReadRecorder(currentUser, readLog, engine));
      registration.setName("case-reads");
      registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
      return registration;
    }
  }
}
