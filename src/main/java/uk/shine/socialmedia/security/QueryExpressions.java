package uk.shine.socialmedia.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which query expressions a request may carry. The engine evaluates a query's {@code ...Expression}
 * keys (inside {@code orQueries} even with ad-hoc query expressions off), and an expression can call
 * any Java method: running code on the server is one request away. So no query takes an expression,
 * except a saved filter, and then only the few that Tasklist filters need.
 */
final class QueryExpressions {

  /** What the school's filters use (see AccessSetup), and the due-date helpers of Tasklist's filter dialog. */
  private static final Set<String> FILTER_EXPRESSIONS = Set.of("${currentUser()}", "${currentUserGroups()}", "${now()}");
  private static final Pattern DATE_EXPRESSION =
      Pattern.compile("\\$\\{dateTime\\(\\)\\.(plus|minus)(Hours|Days|Weeks|Months)\\(\\d{1,3}\\)\\.toDate\\(\\)}");
  /** Saving a filter: POST .../filter/create or PUT .../filter/{id}, on /engine-rest and the webapps' engine API. */
  private static final Pattern FILTER_SAVE = Pattern.compile(".*/filter/[^/]+");

  private QueryExpressions() {
  }

  /** Why the query string cannot be accepted, or null. */
  static String refuseParameters(String queryString) {
    if (queryString == null) {
      return null;
    }
    for (String pair : queryString.split("&")) {
      String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
      if (isExpressionKey(name)) {
        return "Expressions are not accepted in queries (" + name + "): ask for the value itself";
      }
    }
    return null;
  }

  /** Why the JSON body cannot be accepted, or null. */
  static String refuseBody(String method, String path, JsonNode body) {
    boolean filterSave = FILTER_SAVE.matcher(path).matches() && ("PUT".equals(method) || "POST".equals(method));
    return refuse(body, filterSave);
  }

  private static String refuse(JsonNode node, boolean filterSave) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        String refusal = refuse(element, filterSave);
        if (refusal != null) {
          return refusal;
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (isExpressionKey(field.getKey()) && !(filterSave && allowedInFilter(field.getValue()))) {
          return filterSave
              ? "This filter expression is not allowed (" + field.getKey() + "): a filter may use only "
                  + "${currentUser()}, ${currentUserGroups()}, ${now()} and ${dateTime().plusDays(n).toDate()}-style dates"
              : "Expressions are not accepted in queries (" + field.getKey() + "): ask for the value itself";
        }
        String refusal = refuse(field.getValue(), filterSave);
        if (refusal != null) {
          return refusal;
        }
      }
    }
    return null;
  }

  private static boolean isExpressionKey(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith("expression");
  }

  private static boolean allowedInFilter(JsonNode value) {
    return value.isTextual()
        && (FILTER_EXPRESSIONS.contains(value.asText()) || DATE_EXPRESSION.matcher(value.asText()).matches());
  }
}
