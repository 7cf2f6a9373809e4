package uk.shine.socialmedia.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;

/**
 * A remembered FEEL answer is the FEEL engine's own: every hide condition of every form, asked of
 * many answers (the values the condition names among them, missing and empty ones too), gives what
 * the FEEL engine gives, the first time and again; what could change between two askings is not
 * remembered.
 */
@CaseEngineTest
class EngineFeelTest {

  private static final Pattern HIDE = Pattern.compile("\"hide\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Object MISSING = new Object();

  @Autowired ProcessEngine engine;

  @Test
  void every_forms_hide_condition_answers_as_the_feel_engine_the_first_time_and_again() throws Exception {
    List<String> conditions = hideConditions();
    assertThat(conditions).hasSizeGreaterThan(30);
    Random random = new Random(7);
    int asked = 0;
    for (String condition : conditions) {
      String expression = condition.startsWith("=") ? condition.substring(1) : condition;
      List<Object> values = new ArrayList<>(List.of(MISSING, true, false, "", "OTHER"));
      values.add(null);
      Matcher quoted = QUOTED.matcher(expression);
      while (quoted.find()) {
        values.add(quoted.group(1));
      }
      Set<String> names = new LinkedHashSet<>();
      Matcher name = NAME.matcher(QUOTED.matcher(expression).replaceAll("\"\""));
      while (name.find()) {
        names.add(name.group());
      }
      for (int round = 0; round < 60; round++) {
        Map<String, Object> variables = new HashMap<>();
        for (String each : names) {
          Object value = values.get(random.nextInt(values.size()));
          if (value != MISSING) {
            variables.put(each, value);
          }
        }
        assertThat(EngineFeel.question(expression, variables)).as(expression).isNotNull();
        Object feel = inCommand(() -> outcome(() -> EngineFeel.evaluateNow(expression, variables)));
        assertThat(inCommand(() -> outcome(() -> EngineFeel.evaluate(expression, variables)))).as("%s of %s", expression, variables)
            .isEqualTo(feel);
        assertThat(inCommand(() -> outcome(() -> EngineFeel.evaluate(expression, variables)))).as("%s of %s, again", expression,
            variables).isEqualTo(feel);
        asked++;
      }
    }
    assertThat(asked).isGreaterThan(2000);
  }

  @Test
  void what_could_answer_differently_the_next_time_is_not_remembered() {
    assertThat(EngineFeel.question("due < today()", Map.of("due", "2026-01-01"))).isNull();
    assertThat(EngineFeel.question("now() > x", Map.of())).isNull();
    assertThat(EngineFeel.question("x = \"a\\\"b\"", Map.of("x", "a"))).isNull();
    assertThat(EngineFeel.question("x = y", Map.of("x", new Date(), "y", "a"))).isNull();
    // a missing answer and an empty one are different questions
    Map<String, Object> empty = new HashMap<>();
    empty.put("x", null);
    assertThat(EngineFeel.question("x != true", Map.of())).isNotEqualTo(EngineFeel.question("x != true", empty));
    // a name inside quotes is text, not a name read
    assertThat(EngineFeel.question("x = \"y\"", Map.of("x", "a", "y", "b")))
        .isEqualTo(EngineFeel.question("x = \"y\"", Map.of("x", "a", "y", "c")));
  }

  private static List<String> hideConditions() throws Exception {
    List<String> conditions = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
        Matcher hide = HIDE.matcher(Files.readString(form));
        while (hide.find()) {
          conditions.add(hide.group(1).replace("\\\"", "\""));
        }
      }
    }
    return conditions;
  }

  private static Object outcome(java.util.function.Supplier<Object> evaluation) {
    try {
      return evaluation.get();
    } catch (RuntimeException refused) {
      return refused.getClass();
    }
  }

  private <T> T inCommand(java.util.function.Supplier<T> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute((CommandContext context) -> work.get());
  }
}
