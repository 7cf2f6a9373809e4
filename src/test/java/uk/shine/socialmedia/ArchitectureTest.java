package uk.shine.socialmedia;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

/**
 * The architecture's rules, over the application's own classes (not the tests): Camunda's internals
 * behind one door ({@code uk.shine.socialmedia.engine}), and each feature package keeping its
 * delegates and listeners to itself (the models name them by bean name). Plain JUnit tests, so they
 * run under any test filter ({@code -Dtest=...}) as in the build.
 */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.shine.socialmedia");

  private static final String APPLICATION = "uk.shine.socialmedia..";
  private static final String DOOR = "uk.shine.socialmedia.engine";

  /** What the models run: a class the engine calls from a model by its bean name. */
  private static final DescribedPredicate<JavaClass> DELEGATE_OR_LISTENER = new DescribedPredicate<>(
      "a delegate or listener") {
    @Override
    public boolean test(JavaClass type) {
      return type.isAssignableTo(JavaDelegate.class) || type.isAssignableTo(ExecutionListener.class)
          || type.isAssignableTo(TaskListener.class) || type.isAssignableTo(DelegateVariableMapping.class);
    }
  };

  static final ArchRule ENGINE_INTERNALS_ONLY_BEHIND_THE_DOOR = noClasses()
      .that().resideOutsideOfPackage(DOOR)
      .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
      .because("the engine's internals are used in package engine only (docs/case-engine.md, "
          + "\"The engine behind one door\")");

  static final ArchRule THE_DOOR_KNOWS_NO_FEATURE = classes()
      .that().resideInAPackage(DOOR).and().arePublic()
      .should().onlyDependOnClassesThat(resideOutsideOfPackage(APPLICATION).or(resideInAPackage(DOOR)))
      .because("every feature may use the door's public helpers, so they use none of the features (and a plugin, "
          + "which calls its feature's rule, cannot be public)");

  static final ArchRule ONLY_THE_ENGINE_USES_ITS_PLUGINS = noClasses()
      .that().resideOutsideOfPackage(DOOR)
      .should().dependOnClassesThat(resideInAPackage(DOOR).and(not(modifier(JavaModifier.PUBLIC))))
      .because("the plugins call the features' rules, never the other way round: only the door's public "
          + "helpers are seen from outside");

  static final ArchRule DELEGATES_AND_LISTENERS_ARE_NOT_PUBLIC = classes()
      .that(DELEGATE_OR_LISTENER).and().resideInAPackage(APPLICATION)
      .should().notBePublic()
      .because("the models name them by bean name; no other package has any business with them");

  static final ArchRule NO_CLASS_USES_ANOTHER_PACKAGES_DELEGATE_OR_LISTENER = classes()
      .should(notDependOnADelegateOrListenerOfAnotherPackage());

  @Test
  void engine_internals_only_behind_the_door() {
    ENGINE_INTERNALS_ONLY_BEHIND_THE_DOOR.check(MAIN);
  }

  @Test
  void the_door_knows_no_feature() {
    THE_DOOR_KNOWS_NO_FEATURE.check(MAIN);
  }

  @Test
  void only_the_engine_uses_its_plugins() {
    ONLY_THE_ENGINE_USES_ITS_PLUGINS.check(MAIN);
  }

  @Test
  void delegates_and_listeners_are_not_public() {
    DELEGATES_AND_LISTENERS_ARE_NOT_PUBLIC.check(MAIN);
  }

  @Test
  void no_class_uses_another_packages_delegate_or_listener() {
    NO_CLASS_USES_ANOTHER_PACKAGES_DELEGATE_OR_LISTENER.check(MAIN);
  }

  private static ArchCondition<JavaClass> notDependOnADelegateOrListenerOfAnotherPackage() {
    return new ArchCondition<>("not depend on a delegate or listener of another package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          if (target.getPackageName().startsWith("uk.shine.socialmedia") && DELEGATE_OR_LISTENER.test(target)
              && not(resideInAPackage(origin.getPackageName())).test(target)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
