package uk.shine.socialmedia.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.shine.socialmedia.SocialMediaCasesApplication;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.HungNode;
import uk.shine.socialmedia.support.ProductionDatabase;

/**
 * The production profile as a trust runs it: PostgreSQL whose engine schema Camunda's scripts
 * created, configuration from the environment, the job executor on. This JVM is node A; the
 * two-node test starts node B as a separate JVM on the same database and kills it mid-work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("production")
@Tag("own-jvm") // its own engine on its own database: see the surefire configuration in pom.xml
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionOnPostgresTest {

  static final String ADMIN_PASSWORD = "Quartz-Lantern-2026!";
  // short locks, so the jobs a dead node held come back within the test (production keeps 5 minutes)
  static final int LOCK_MILLIS = 8000;
  static final Duration PATIENCE = Duration.ofSeconds(60);

  static final GreenMail RELAY = new GreenMail(new ServerSetup(freePort(), null, ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void environment(DynamicPropertyRegistry registry) {
    RELAY.start();
    for (Map.Entry<String, String> variable : environment("node-a").entrySet()) {
      registry.add(variable.getKey(), variable::getValue);
    }
  }

  /** What the operator sets (docs/deployment.md), plus the test's short lock time and the node's name. */
  static Map<String, String> environment(String node) {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", ProductionDatabase.url());
    env.put("DATABASE_USERNAME", "postgres");
    env.put("DATABASE_PASSWORD", "postgres");
    env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("PUBLIC_URL", "https://cases.villiers.example");
    env.put("MAIL_HOST", "localhost");
    env.put("MAIL_PORT", String.valueOf(RELAY.getSmtp().getPort()));
    env.put("MAIL_FROM", "cases@villiers-primary.example");
    env.put("MAIL_SMTP_AUTH", "false");
    env.put("MAIL_STARTTLS_REQUIRED", "false");
    // two schools of the trust, as a trust configures them (docs/guides/trust-administrator.md), and its office
    String[][] schools = {{"villiers", "Villiers Primary School"}, {"ashdown", "Ashdown Primary School"},
        {"central", "SHINE Academies Trust central office"}};
    for (int i = 0; i < schools.length; i++) {
      env.put("socialmedia.trust.schools[" + i + "].id", schools[i][0]);
      env.put("socialmedia.trust.schools[" + i + "].name", schools[i][1]);
    }
    env.put("camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_MILLIS));
    env.put("camunda.bpm.job-execution.wait-time-in-millis", "300");
    env.put("camunda.bpm.job-execution.max-wait", "1000");
    // the job log records which node ran each job
    env.put("camunda.bpm.generic-properties.properties.hostname", node);
    return env;
  }

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  static Process nodeB;
  static int nodeBPort;
  static final String STAFF_PASSWORD = "Quiet-Harbour-77!";
  static final ObjectMapper JSON = new ObjectMapper();

  @AfterAll
  static void stopEverything() {
    for (Process process : new Process[] {nodeB, withoutSchema}) {
      if (process != null) {
        process.destroyForcibly();
      }
    }
    RELAY.stop();
  }

  JdbcTemplate sql() {
    return new JdbcTemplate(ProductionDatabase.dataSource());
  }

  @Test
  @Order(1)
  void production_runs_on_postgresql_with_camunda_schema_from_its_scripts_and_the_app_tables_from_flyway() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
    // the engine only checked the schema: Camunda's scripts made it (ProductionDatabase), at this version
    assertThat(configuration.getDatabaseSchemaUpdate()).isEqualTo("false");
    assertThat(sql().queryForList("select VERSION_ from ACT_GE_SCHEMA_LOG", String.class)).containsExactly("7.24.0");

    assertThat(sql().queryForList("select version from app_schema_history where success order by installed_rank",
        String.class)).contains("1", "2", "10", "11", "20", "30");
    assertThat(sql().queryForList("select table_name from information_schema.tables where table_schema = 'public'",
        String.class)).contains("low_level_concern", "smc_notification_sent", "pupil_suspension", "pupil_image_consent",
        "case_retention");
    // the task lists' own indexes on the engine's grants, added at start: the open tasks' grants only
    assertThat(sql().queryForList("select indexdef from pg_indexes where tablename = 'act_ru_authorization'"
        + " and indexname like 'smc_idx_auth_task_%' order by indexname", String.class))
        .hasSize(2).allSatisfy(index -> assertThat(index).contains("INCLUDE (type_, perms_)", "WHERE ((resource_type_ = 7)"));
  }

  @Test
  @Order(2)
  void no_demo_user_and_the_administrator_from_the_environment() {
    assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
    assertThat(identity.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count()).isEqualTo(1);
    assertThat(identity.checkPassword("admin", ADMIN_PASSWORD)).isTrue();
    assertThat(identity.checkPassword("admin", "demo")).isFalse();
  }

  @Test
  @Order(3)
  void a_case_is_reported_and_routed_end_to_end_by_the_job_executor() throws Exception {
    peopleWithMail();
    String caseId = runtime.startProcessInstanceByKey("social-media-concern", Cases.report()).getId();
    awaitTrue("triage", () -> hasTask(caseId, "triage"));

    triage(caseId);
    awaitTrue("the parent path", () -> pathTasks(caseId, "parent-conduct") > 0);

    assertThat(candidateGroups(taskId(caseId, "triage", true))).containsExactly("headteacher");
    assertThat(history.createHistoricProcessInstanceQuery().superProcessInstanceId(caseId).list())
        .extracting(p -> p.getProcessDefinitionKey()).containsExactly("parent-conduct");
    assertThat(runtime.createIncidentQuery().count()).isZero();
    // the head teacher's notification went out through the relay
    String triageTask = taskId(caseId, "triage", true);
    awaitTrue("the head teacher's mail", () -> mailsAbout(triageTask) == 1);
    assertThat(java.util.Arrays.stream(RELAY.getReceivedMessages()).filter(message -> text(message).contains(triageTask)))
        .allSatisfy(message -> assertThat(message.getAllRecipients()).extracting(Object::toString)
            .containsExactly("head@villiers-primary.example"));
  }

  @Test
  @Order(4)
  void two_nodes_share_the_work_and_a_dead_nodes_jobs_are_done_once_by_the_other() throws Exception {
    Path hangFile = Files.createTempFile("hang-node-b", ".flag");
    Files.delete(hangFile);
    hangFile.toFile().deleteOnExit();
    nodeB = startNodeB(hangFile);
    nodeWithoutSchema();
    // the configured schools, created as tenants on PostgreSQL (the demo trust's Elmfield is not one)
    assertThat(identity.createTenantQuery().list()).extracting(Tenant::getId).containsExactlyInAnyOrder("villiers",
        "ashdown", "central");
    peopleWithMail();

    // 1. both nodes work: reports and triage through each node (a node's own new jobs go to its own
    // job executor first), paths, and timers made due now that either node may fire
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      first.add(runtime.startProcessInstanceByKey("social-media-concern", Cases.report()).getId());
      first.add(reportOnNodeB());
    }
    List<String> imagery = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      imagery.add(runtime.startProcessInstanceByKey("social-media-concern", Cases.report(
          "indecentImagery", true, "perpetratorType", "PUPIL", "victimType", "PUPIL")).getId());
    }
    awaitTrue("triage of every case", () -> first.stream().allMatch(id -> hasTask(id, "triage")));
    for (int i = 0; i < first.size(); i++) {
      if (i % 2 == 0) {
        triage(first.get(i));
      } else {
        nodeB("head", "POST", "/engine-rest/task/" + taskId(first.get(i), "triage", false) + "/complete",
            Map.of("variables", restVariables(triageAnswers())));
      }
    }
    awaitTrue("every parent path", () -> first.stream().allMatch(id -> pathTasks(id, "parent-conduct") > 0));

    awaitTrue("evidence tasks", () -> imagery.stream().allMatch(id -> pathTaskId(id, "indecent-imagery", "secure-evidence") != null));
    List<String> timers = new ArrayList<>();
    for (String id : imagery) {
      String path = path(id, "indecent-imagery");
      Job timer = management.createJobQuery().processInstanceId(path).timers().activityId("evidence-not-secured-in-time").singleResult();
      timers.add(timer.getId());
      management.setJobDuedate(timer.getId(), new Date());
    }
    awaitTrue("escalation of late evidence", () -> imagery.stream().allMatch(id ->
        candidateGroups(pathTaskId(id, "indecent-imagery", "secure-evidence")).contains("headteacher")));
    awaitTrue("node B took part", () -> successfulJobsBy().containsKey("node-b"));

    // 2. node B freezes holding locks, then dies
    String nodeAOwner = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().getLockOwner();
    Files.createFile(hangFile);
    List<String> second = new ArrayList<>();
    List<String> lockedByB = new ArrayList<>();
    long deadline = System.currentTimeMillis() + PATIENCE.toMillis();
    while (lockedByB.isEmpty() && System.currentTimeMillis() < deadline) {
      for (int i = 0; i < 3; i++) {
        second.add(runtime.startProcessInstanceByKey("social-media-concern", Cases.report()).getId());
        second.add(reportOnNodeB());
      }
      Thread.sleep(500);
      lockedByB = sql().queryForList("select ID_ from ACT_RU_JOB where LOCK_OWNER_ is not null and LOCK_OWNER_ <> ?",
          String.class, nodeAOwner);
    }
    Map<String, Date> lockExpiry = new HashMap<>();
    sql().query("select ID_, LOCK_EXP_TIME_ from ACT_RU_JOB where LOCK_OWNER_ is not null and LOCK_OWNER_ <> ?",
        row -> { lockExpiry.put(row.getString(1), row.getTimestamp(2)); }, nodeAOwner);
    assertThat(lockedByB).as("jobs locked by node B").isNotEmpty();
    nodeB.destroyForcibly().waitFor();

    awaitTrue("node A takes the dead node's jobs after their lock ran out",
        () -> second.stream().allMatch(id -> hasTask(id, "triage"))
            && management.createJobQuery().executable().count() == 0
            && sql().queryForObject("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null", Long.class) == 0);

    // 3. nothing lost, nothing twice
    for (String id : second) {
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(id).taskDefinitionKey("triage").count())
          .as("triage tasks of %s", id).isEqualTo(1);
      String triageTask = taskId(id, "triage", true);
      awaitTrue("the mail about " + triageTask, () -> mailsAbout(triageTask) > 0);
      assertThat(mailsAbout(triageTask)).as("mails about triage of %s", id).isEqualTo(1);
    }
    for (String id : first) {
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(id).taskDefinitionKey("triage").count()).isEqualTo(1);
      assertThat(history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).count()).isEqualTo(1);
      String path = path(id, "parent-conduct");
      List<String> keys = tasks.createTaskQuery().processInstanceId(path).list().stream().map(t -> t.getTaskDefinitionKey()).toList();
      assertThat(keys).doesNotHaveDuplicates().isNotEmpty();
    }
    for (String id : imagery) {
      assertThat(candidateGroups(pathTaskId(id, "indecent-imagery", "secure-evidence"))).containsExactly("dsl", "headteacher");
    }
    // the engine's history cleanup is one job that lives on and runs again in its night window (from 20:00):
    // each run logs a success under the same id; every other job runs once
    Set<String> cleanup = history.findHistoryCleanupJobs().stream().map(Job::getId).collect(Collectors.toSet());
    List<HistoricJobLog> successes = history.createHistoricJobLogQuery().successLog().list();
    Map<String, Long> runsPerJob = successes.stream().filter(run -> !cleanup.contains(run.getJobId()))
        .collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()));
    assertThat(runsPerJob).as("jobs run more than once").allSatisfy((job, runs) -> assertThat(runs).isEqualTo(1));
    assertThat(timers).allSatisfy(timer -> assertThat(runsPerJob).containsEntry(timer, 1L));
    lockExpiry.keySet().removeAll(cleanup);
    assertThat(lockExpiry).as("the dead node's jobs, run once by node A after their lock ran out").isNotEmpty()
        .allSatisfy((job, expiry) -> {
          List<HistoricJobLog> run = successes.stream().filter(log -> log.getJobId().equals(job)).toList();
          assertThat(run).hasSize(1);
          assertThat(run.get(0).getHostname()).isEqualTo("node-a");
          assertThat(run.get(0).getTimestamp()).isAfterOrEqualTo(expiry);
        });
    assertThat(runtime.createIncidentQuery().count()).isZero();
  }

  @Test
  @Order(5)
  void a_node_refuses_to_start_on_a_database_without_camunda_schema() throws Exception {
    Process node = nodeWithoutSchema();
    assertThat(node.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).as("the node stopped by itself").isTrue();

    assertThat(node.exitValue()).isNotZero();
    assertThat(Files.readString(WITHOUT_SCHEMA_LOG.toPath())).contains("ENGINE-03057");
    // and it created nothing there: no engine table, no half-made schema
    JdbcTemplate empty = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
        ProductionDatabase.url().replaceFirst("/postgres$", "/without_schema"), "postgres", "postgres"));
    assertThat(empty.queryForList("select table_name from information_schema.tables where table_schema = 'public'"
        + " and upper(table_name) like 'ACT_%'", String.class)).isEmpty();
  }

  @Test
  @Order(6)
  void a_closed_case_waits_for_its_review_and_goes_in_the_night_cleanup_on_postgresql() {
    String caseId = runtime.startProcessInstanceByKey("social-media-concern", Cases.report()).getId();
    awaitTrue("triage", () -> hasTask(caseId, "triage"));
    Map<String, Object> noFurtherAction = triageAnswers();
    noFurtherAction.put("noFurtherAction", true);
    noFurtherAction.put("noFurtherActionReason", "Removed by the author the same day");
    tasks.complete(taskId(caseId, "triage", false), noFurtherAction);
    String reference = history.createHistoricProcessInstanceQuery().processInstanceId(caseId).singleResult().getBusinessKey();
    awaitTrue("the retention register", () -> sql().queryForObject(
        "select count(*) from case_retention where case_reference = ? and removal_due is not null", Integer.class,
        reference) == 1);
    awaitTrue("no removal time before review", () -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(caseId).singleResult().getRemovalTime() == null);
    java.time.LocalDate reviewDue = sql().queryForObject("select review_due from case_retention where case_reference = ?",
        java.sql.Date.class, reference).toLocalDate();
    java.time.LocalDate removalDue = sql().queryForObject("select removal_due from case_retention where case_reference = ?",
        java.sql.Date.class, reference).toLocalDate();
    try {
      // the engine's clock, on this node only: the job executor picks up the review and removal timers and the cleanup
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(at(reviewDue, 9));
      String retention = history.createHistoricProcessInstanceQuery().processDefinitionKey("records-retention")
          .processInstanceBusinessKey(reference).singleResult().getId();
      awaitTrue("the review", () -> hasTask(retention, "review-records-removal"));
      tasks.complete(taskId(retention, "review-records-removal", false),
          Map.of("retentionDecision", "REMOVE", "retentionReason", "Nothing pending"));
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(at(removalDue, 21));
      awaitTrue("the removal time set on the removal date", () -> {
        var theCase = history.createHistoricProcessInstanceQuery().processInstanceId(caseId).singleResult();
        return theCase == null || theCase.getRemovalTime() != null; // the job executor may have cleaned up already
      });
      // the cleanup job, run here now, inside the night window of the moved clock (unless the job executor is at it)
      for (Job cleanup : history.findHistoryCleanupJobs()) {
        try {
          management.executeJob(cleanup.getId());
        } catch (org.camunda.bpm.engine.ProcessEngineException runByTheJobExecutor) {
          // it ran or runs on a job executor thread at the same time: the await below sees its result
        }
      }
      awaitTrue("the case's history removed in the night window",
          () -> history.createHistoricProcessInstanceQuery().processInstanceId(caseId).count() == 0);
      assertThat(sql().queryForObject("select count(*) from ACT_HI_VARINST where ROOT_PROC_INST_ID_ = ?", Integer.class,
          caseId)).isZero();
      assertThat(sql().queryForObject("select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ?", Integer.class,
          caseId)).isZero();
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }

  private static Date at(java.time.LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(java.time.ZoneId.systemDefault()).toInstant());
  }

  static final File WITHOUT_SCHEMA_LOG = new File("target/node-without-schema.log");
  static Process withoutSchema;

  /** Started once, early in the two-node test so its JVM start overlaps that test's waiting. */
  static synchronized Process nodeWithoutSchema() throws IOException {
    if (withoutSchema == null) {
      new JdbcTemplate(ProductionDatabase.dataSource()).execute("create database without_schema");
      withoutSchema = launch("node-c", WITHOUT_SCHEMA_LOG,
          Map.of("DATABASE_URL", ProductionDatabase.url().replaceFirst("/postgres$", "/without_schema")),
          "--spring.profiles.active=production");
    }
    return withoutSchema;
  }

  // --- node B: the same application in another JVM, from this test's class path

  static Process startNodeB(Path hangFile) throws IOException, InterruptedException {
    File log = new File("target/node-b.log");
    Process process = launch("node-b", log, Map.of(), "--spring.profiles.active=production,test-hung-node",
        "--socialmedia.test.hang-file=" + hangFile);
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("node B did not start: see " + log.getAbsolutePath());
      }
      java.util.regex.Matcher started = java.util.regex.Pattern
          .compile("Tomcat started on port (\\d+)(?s:.*)Started SocialMediaCasesApplication").matcher(Files.readString(log.toPath()));
      if (started.find()) {
        nodeBPort = Integer.parseInt(started.group(1));
        return process;
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new AssertionError("node B did not start in time: see " + log.getAbsolutePath());
  }

  /** The application in a JVM of its own, configured like node A except for the given variables. */
  static Process launch(String node, File log, Map<String, String> overrides, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-cp", nodeBClassPath(),
        SocialMediaCasesApplication.class.getName(), "--server.port=0"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder().redirectErrorStream(true).redirectOutput(log);
    Map<String, String> env = environment(node);
    env.putAll(overrides);
    env.forEach((key, value) -> {
      if (key.equals(key.toUpperCase())) {
        builder.environment().put(key, value);
      } else {
        command.add("--" + key + "=" + value);
      }
    });
    return builder.command(command).start();
  }

  /**
   * The application's class path without the test classes (scanned as components, the suite's test
   * beans would reconfigure node B), plus the one test plugin node B needs.
   */
  static String nodeBClassPath() throws IOException {
    String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path testClasses;
    try {
      testClasses = Path.of(HungNode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Path pluginOnly = Files.createTempDirectory("node-b-classes");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> org.springframework.util.FileSystemUtils.deleteRecursively(pluginOnly.toFile())));
    Path packageDir = HungNode.class.getPackageName().replace('.', '/').transform(pluginOnly::resolve);
    Files.createDirectories(packageDir);
    try (var classes = Files.list(testClasses.resolve(HungNode.class.getPackageName().replace('.', '/')))) {
      for (Path file : classes.filter(f -> f.getFileName().toString().startsWith(HungNode.class.getSimpleName())).toList()) {
        Files.copy(file, packageDir.resolve(file.getFileName()));
      }
    }
    List<String> entries = new ArrayList<>();
    for (String entry : full.split(File.pathSeparator)) {
      if (!entry.isBlank() && !Path.of(entry).toAbsolutePath().normalize().equals(testClasses.toAbsolutePath().normalize())) {
        entries.add(entry);
      }
    }
    assertThat(entries).as("the class path has more than the test classes").hasSizeGreaterThan(10);
    entries.add(pluginOnly.toString());
    return String.join(File.pathSeparator, entries);
  }

  // --- helpers

  @Test
  @Order(7)
  void two_schools_keep_their_cases_apart_and_the_trusts_hr_works_the_staff_cases_of_both() {
    peopleWithMail();
    person("ashhead", "headteacher", "ashdown");
    person("ashteacher", "staff", "ashdown");
    person("ashsubject", "staff", "ashdown");
    person("villsubject", "staff", "villiers");
    person("hrlead", "hr", null); // in every school through the hr group, as the application sets it up

    String atVilliers = started(nodeA("reporter", "POST", START,
        Map.of("variables", restVariables(Cases.report("perpetratorType", "STAFF", "subjectUserId", "villsubject")))));
    String atAshdown = started(nodeA("ashteacher", "POST", START,
        Map.of("variables", restVariables(Cases.report("perpetratorType", "STAFF", "subjectUserId", "ashsubject")))));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(atVilliers).singleResult().getTenantId())
        .isEqualTo("villiers");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(atAshdown).singleResult().getTenantId())
        .isEqualTo("ashdown");

    String cases = "/engine-rest/history/process-instance?processDefinitionKey=social-media-concern";
    assertThat(nodeA("head", "GET", cases, null).body()).contains(atVilliers).doesNotContain(atAshdown);
    assertThat(nodeA("ashhead", "GET", cases, null).body()).contains(atAshdown).doesNotContain(atVilliers);
    assertThat(nodeA("ashhead", "GET", "/engine-rest/process-instance/" + atVilliers, null).statusCode())
        .as("another school's case is not there for Ashdown's head teacher").isEqualTo(404);
    assertThat(nodeA("hrlead", "GET", cases, null).body()).as("the trust's HR across its schools")
        .contains(atVilliers, atAshdown);

    // the task lists, checked by the application's statement in PostgreSQL's form
    awaitTrue("both triages", () -> hasTask(atVilliers, "triage") && hasTask(atAshdown, "triage"));
    String villiersTriage = taskId(atVilliers, "triage", true);
    String ashdownTriage = taskId(atAshdown, "triage", true);
    String headsList = "/engine-rest/task?candidateGroup=headteacher&sortBy=created&sortOrder=desc";
    assertThat(nodeA("head", "GET", headsList, null).body()).contains(villiersTriage).doesNotContain(ashdownTriage);
    assertThat(nodeA("ashhead", "GET", headsList, null).body()).contains(ashdownTriage).doesNotContain(villiersTriage);
    assertThat(nodeA("ashhead", "GET", "/engine-rest/task/count?processInstanceId=" + atAshdown, null).body())
        .isEqualTo("{\"count\":1}");
    assertThat(nodeA("ashhead", "GET", "/engine-rest/task/count?processInstanceId=" + atVilliers, null).body())
        .isEqualTo("{\"count\":0}");
    assertThat(nodeA("ashsubject", "GET", "/engine-rest/task", null).body()).as("the subject, and staff, see no task")
        .isEqualTo("[]");
  }

  static final String START = "/engine-rest/process-definition/key/social-media-concern/start";

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  /** A person of the trust with an address, in their group and (unless null) their school. */
  void person(String userId, String group, String school) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("Test");
      user.setLastName(group);
      user.setEmail(userId + "@" + (school == null ? "trust" : school + "-primary") + ".example");
      user.setPassword(STAFF_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(userId, group);
      if (school != null) {
        identity.createTenantUserMembership(school, userId);
      }
    }
  }

  static String started(HttpResponse<String> start) {
    assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
    try {
      return JSON.readTree(start.body()).get("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request to this node (A) as a person, over HTTP: its answer, whatever its status. */
  HttpResponse<String> nodeA(String user, String method, String path, Object body) {
    return send(port, user, method, path, body);
  }

  /** A head teacher and a safeguarding lead with addresses, so notifications have someone to go to. */
  void peopleWithMail() {
    for (String[] person : new String[][] {{"head", "headteacher"}, {"dsl", "dsl"}, {"reporter", "staff"}}) {
      // production seeds the trust's configured schools, and nobody in them
      person(person[0], person[1], "villiers");
    }
  }

  /** Messages the relay received whose link opens this task. */
  long mailsAbout(String taskId) {
    return java.util.Arrays.stream(RELAY.getReceivedMessages()).filter(message -> text(message).contains(taskId)).count();
  }

  static String text(jakarta.mail.internet.MimeMessage message) {
    try {
      return String.valueOf(message.getContent());
    } catch (IOException | jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  void triage(String caseId) {
    tasks.complete(taskId(caseId, "triage", false), triageAnswers());
  }

  static Map<String, Object> triageAnswers() {
    Map<String, Object> values = new HashMap<>();
    values.put("perpetratorType", "PARENT");
    values.put("victimType", "NONE");
    values.put("safeguardingConcern", false);
    values.put("criminalSuspicion", false);
    values.put("noFurtherAction", false);
    return values;
  }

  /** A member of staff reports a concern through node B's REST API; the case's id. */
  String reportOnNodeB() {
    String started = nodeB("reporter", "POST", "/engine-rest/process-definition/key/social-media-concern/start",
        Map.of("variables", restVariables(Cases.report())));
    try {
      return JSON.readTree(started).get("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> restVariables(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name,
        Map.of("value", value, "type", value instanceof Boolean ? "Boolean" : "String")));
    return variables;
  }

  static String nodeB(String user, String method, String path, Object body) {
    HttpResponse<String> response = send(nodeBPort, user, method, path, body);
    assertThat(response.statusCode()).as("%s %s on node B: %s", method, path, response.body()).isBetween(200, 299);
    return response.body();
  }

  static HttpResponse<String> send(int port, String user, String method, String path, Object body) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + STAFF_PASSWORD).getBytes()))
          .header("Content-Type", "application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  boolean hasTask(String processInstanceId, String key) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).count() > 0;
  }

  String taskId(String processInstanceId, String key, boolean historic) {
    return historic
        ? history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult().getId()
        : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult().getId();
  }

  String path(String caseId, String key) {
    var path = history.createHistoricProcessInstanceQuery().superProcessInstanceId(caseId).processDefinitionKey(key).singleResult();
    return path == null ? null : path.getId();
  }

  long pathTasks(String caseId, String key) {
    String path = path(caseId, key);
    return path == null ? 0 : tasks.createTaskQuery().processInstanceId(path).count();
  }

  String pathTaskId(String caseId, String key, String taskKey) {
    String path = path(caseId, key);
    if (path == null) {
      return null;
    }
    var task = tasks.createTaskQuery().processInstanceId(path).taskDefinitionKey(taskKey).singleResult();
    return task == null ? null : task.getId();
  }

  List<String> candidateGroups(String taskId) {
    if (taskId == null) {
      return List.of();
    }
    return history.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
        .filter(link -> link.getGroupId() != null && "add".equals(link.getOperationType()))
        .map(link -> link.getGroupId()).sorted().toList();
  }

  Map<String, Long> successfulJobsBy() {
    return history.createHistoricJobLogQuery().successLog().list().stream()
        .collect(Collectors.groupingBy(log -> String.valueOf(log.getHostname()), Collectors.counting()));
  }

  static void awaitTrue(String what, BooleanSupplier condition) {
    long deadline = System.currentTimeMillis() + PATIENCE.toMillis();
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
