package uk.shine.socialmedia.support;

import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.filter.AssignableTypeFilter;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.cases.ProcessDeclaration;

/**
 * Every process's declaration, as the application collects them, without the application: only the
 * declaration beans are made (they need nothing), so rule tests run on the same declarations in
 * milliseconds. {@code ProcessDeclarationsTest} checks these are the application's own.
 */
public final class Declarations {

  private static final List<ProcessDeclaration> ALL = scan();

  private Declarations() {
  }

  public static List<ProcessDeclaration> all() {
    return ALL;
  }

  public static List<CasePath> paths() {
    return ALL.stream().filter(CasePath.class::isInstance).map(CasePath.class::cast).toList();
  }

  private static List<ProcessDeclaration> scan() {
    try (GenericApplicationContext context = new GenericApplicationContext()) {
      ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
      scanner.addIncludeFilter(new AssignableTypeFilter(ProcessDeclaration.class));
      scanner.scan("uk.shine.socialmedia");
      context.refresh();
      return context.getBeansOfType(ProcessDeclaration.class).values().stream()
          .sorted(Comparator.comparing(ProcessDeclaration::processKey)).toList();
    }
  }
}
