package uk.shine.socialmedia.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.shine.socialmedia.engine.EngineUser;

/**
 * Cockpit's list of processes counts every running instance and incident of each process, whoever
 * asks: it runs a query of its own, which the engine's {@link AuthorizedStatistics} does not see.
 * Here the numbers are counted again as the person logged in, and a list sorted by them is sorted by
 * that person's numbers, so nobody learns from Cockpit that a case they cannot read exists.
 * Process definitions are shared by every school (the contract), so a process is counted by its key.
 */
class CockpitStatisticsFilter extends OncePerRequestFilter {

  private static final Pattern STATISTICS = Pattern.compile("/camunda/api/cockpit/plugin/base/[^/]+/process-definition/statistics");
  private static final Set<String> COUNTS = Set.of("instances", "incidents");
  private static final Set<String> SORTING_AND_PAGING = Set.of("sortBy", "sortOrder", "firstResult", "maxResults");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectProvider<ProcessEngine> engine;
  private final int pageLimit;

  CockpitStatisticsFilter(ObjectProvider<ProcessEngine> engine, int pageLimit) {
    this.engine = engine;
    this.pageLimit = pageLimit;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"GET".equals(request.getMethod()) || !STATISTICS.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ProcessEngine engine = this.engine.getObject();
    String userId = loggedIn(engine, request.getSession(false));
    if (userId == null) {
      chain.doFilter(request, response); // the webapps answer 401
      return;
    }
    String sortBy = request.getParameter("sortBy");
    boolean sortedByCount = sortBy != null && COUNTS.contains(sortBy);
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    // sorted by a count: every row (one per process), to sort and page by the person's own numbers below
    chain.doFilter(sortedByCount ? everyRow(request) : request, buffered);
    if (buffered.getStatus() == HttpServletResponse.SC_OK) {
      List<JsonNode> rows = new ArrayList<>();
      JSON.readTree(buffered.getContentAsByteArray()).forEach(rows::add);
      countAs(engine, userId, rows);
      if (sortedByCount) {
        rows = sortedAndPaged(rows, request);
      }
      ArrayNode answer = JSON.createArrayNode().addAll(rows);
      buffered.resetBuffer();
      buffered.getOutputStream().write(JSON.writeValueAsBytes(answer));
    }
    buffered.copyBodyToResponse();
  }

  private static String loggedIn(ProcessEngine engine, HttpSession session) {
    if (session == null) {
      return null;
    }
    var authentication = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
    return authentication == null ? null : authentication.getIdentityId();
  }

  private static void countAs(ProcessEngine engine, String userId, List<JsonNode> rows) {
    IdentityService identity = engine.getIdentityService();
    EngineUser.as(identity, userId, AuthenticationUtil.getGroupsOfUser(engine, userId),
        AuthenticationUtil.getTenantsOfUser(engine, userId), () -> {
          for (JsonNode row : rows) {
            ObjectNode counted = (ObjectNode) row;
            String key = row.path("key").asText();
            if (row.path("instances").asLong() > 0) {
              counted.put("instances", AuthorizedStatistics.instancesOf(engine, key));
            }
            if (row.path("incidents").asLong() > 0) {
              counted.put("incidents", AuthorizedStatistics.incidentsOf(engine, key));
            }
          }
          return null;
        });
  }

  private static List<JsonNode> sortedAndPaged(List<JsonNode> rows, HttpServletRequest request) {
    Comparator<JsonNode> order = Comparator.comparingLong(row -> row.path(request.getParameter("sortBy")).asLong());
    if ("desc".equals(request.getParameter("sortOrder"))) {
      order = order.reversed();
    }
    int first = Math.max(0, number(request.getParameter("firstResult"), 0));
    int max = number(request.getParameter("maxResults"), Integer.MAX_VALUE);
    return rows.stream().sorted(order).skip(first).limit(max > 0 ? max : Integer.MAX_VALUE).toList();
  }

  private static int number(String value, int otherwise) {
    try {
      return value == null ? otherwise : Integer.parseInt(value);
    } catch (NumberFormatException notANumber) {
      return otherwise;
    }
  }

  private HttpServletRequest everyRow(HttpServletRequest request) {
    String query = Arrays.stream(request.getQueryString().split("&"))
        .filter(parameter -> !SORTING_AND_PAGING.contains(parameter.split("=", 2)[0]))
        .collect(Collectors.joining("&", "", "&maxResults=" + pageLimit));
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getQueryString() {
        return query;
      }
    };
  }
}
