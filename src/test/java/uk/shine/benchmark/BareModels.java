package uk.shine.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The bare copy of processes/ and forms/: the same BPMN shape (tasks, gateways, async points, call
 * activities, timers, forms) with the project's listeners and delegates stripped and its
 * expressions replaced by constants, so that it runs on an engine without any project code.
 * Generated at each run from the real models, so it follows them when they change.
 */
final class BareModels {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  /** The one delegate the bare shape needs: the multi-instance call's collection (see BareChoosePaths). */
  private static final String KEPT_DELEGATE = "${choosePaths}";

  private BareModels() {
  }

  /** Writes the bare models, the decision table and the forms into {@code target}; returns the files. */
  static List<Path> write(Path processes, Path forms, Path target) throws Exception {
    Files.createDirectories(target);
    List<Path> written = new ArrayList<>();
    try (Stream<Path> files = Files.list(processes)) {
      for (Path file : files.sorted().toList()) {
        Path out = target.resolve(file.getFileName());
        if (file.toString().endsWith(".bpmn")) {
          strip(file, out);
        } else {
          Files.copy(file, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        written.add(out);
      }
    }
    try (Stream<Path> files = Files.list(forms)) {
      for (Path file : files.sorted().toList()) {
        written.add(Files.copy(file, target.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING));
      }
    }
    return written;
  }

  private static void strip(Path in, Path out) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document model = factory.newDocumentBuilder().parse(in.toFile());

    // listeners are project code
    remove(model.getElementsByTagNameNS(CAMUNDA, "executionListener"));
    remove(model.getElementsByTagNameNS(CAMUNDA, "taskListener"));
    for (Element element : elements(model.getElementsByTagNameNS("*", "*"))) {
      // service tasks do nothing
      String delegate = element.getAttributeNS(CAMUNDA, "delegateExpression");
      if (!delegate.isEmpty() && !KEPT_DELEGATE.equals(delegate)) {
        element.removeAttributeNS(CAMUNDA, "delegateExpression");
        element.setAttributeNS(CAMUNDA, "camunda:expression", "${null}");
      }
      // the engine's own variable mapping instead of the project's
      if (element.hasAttributeNS(CAMUNDA, "variableMappingDelegateExpression")) {
        element.removeAttributeNS(CAMUNDA, "variableMappingDelegateExpression");
        Element all = model.createElementNS(CAMUNDA, "camunda:in");
        all.setAttribute("variables", "all");
        extensionElements(model, element).appendChild(all);
      }
      // due dates are computed by project beans
      if (element.getAttributeNS(CAMUNDA, "dueDate").contains("${")) {
        element.removeAttributeNS(CAMUNDA, "dueDate");
      }
      String text = element.getTextContent();
      switch (element.getLocalName()) {
        case "timeDuration" -> constant(element, "PT1H");
        case "timeDate" -> constant(element, "2099-01-01T00:00:00");
        case "timeCycle" -> constant(element, "R/PT1H");
        // a condition asking a project bean (e.g. the police hold) is false: the plain route
        case "conditionExpression" -> {
          if (text.matches("(?s).*\\$\\{[a-zA-Z]+\\.[a-zA-Z]+\\(.*")) {
            element.setTextContent("${false}");
          }
        }
        default -> { }
      }
    }
    TransformerFactory.newInstance().newTransformer().transform(new DOMSource(model), new StreamResult(out.toFile()));
  }

  private static void constant(Element timer, String value) {
    if (timer.getTextContent().contains("${")) {
      timer.setTextContent(value);
    }
  }

  private static Element extensionElements(Document model, Element element) {
    for (Element child : elements(element.getChildNodes())) {
      if ("extensionElements".equals(child.getLocalName())) {
        return child;
      }
    }
    Element extensions = model.createElementNS(BPMN, "bpmn:extensionElements");
    element.insertBefore(extensions, element.getFirstChild());
    return extensions;
  }

  private static void remove(NodeList nodes) {
    for (Element element : elements(nodes)) {
      element.getParentNode().removeChild(element);
    }
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
        list.add((Element) nodes.item(i));
      }
    }
    return list;
  }

  /**
   * Variables that the models' conditions read but no form sets: the project's delegates compute
   * them, so the bare run must be given them at start (CaseKind.bareStart). The lifecycle checks
   * that the application computed the same values.
   */
  static java.util.Set<String> computedConditionVariables(Path processes, Path forms) throws IOException {
    java.util.Set<String> named = new java.util.TreeSet<>();
    java.util.regex.Pattern condition = java.util.regex.Pattern.compile("<bpmn:conditionExpression[^>]*>([^<]*)<");
    java.util.regex.Pattern identifier = java.util.regex.Pattern.compile("(?<![.'\"\\w])([a-zA-Z][a-zA-Z0-9]*)(?![\\w.(])");
    try (Stream<Path> files = Files.list(processes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        var conditions = condition.matcher(Files.readString(file));
        while (conditions.find()) {
          var names = identifier.matcher(conditions.group(1).replaceAll("'[^']*'|\"[^\"]*\"|&quot;[^&]*&quot;", ""));
          while (names.find()) {
            named.add(names.group(1));
          }
        }
      }
    }
    named.removeAll(java.util.Set.of("and", "or", "not", "eq", "ne", "true", "false", "null", "empty", "execution", "quot"));
    java.util.regex.Pattern key = java.util.regex.Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");
    try (Stream<Path> files = Files.list(forms)) {
      for (Path file : files.toList()) {
        var keys = key.matcher(Files.readString(file));
        while (keys.find()) {
          named.remove(keys.group(1));
        }
      }
    }
    return named;
  }

  static void main(String[] args) throws IOException, Exception {
    write(Path.of("processes"), Path.of("forms"), Path.of(args.length > 0 ? args[0] : "target/bare-models"));
  }
}
