package uk.shine.socialmedia.guides;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.PageResponses;

/**
 * The role guides (docs/guides/*.md, packaged with the application) as plain pages for anyone signed
 * in: {@code /guides} lists them, {@code /guides/<role>} shows one, {@code /guides/processes/<name>.svg}
 * the pictures they show. Rendered once, at start, from the files the build packaged; raw HTML in a
 * guide is shown as text. Links to the technical notes beside the guides are kept as text: those
 * notes are for the administrator, in the repository.
 */
@RestController
class GuidePages {

  private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  private static final Pattern PICTURE = Pattern.compile("[a-z0-9-]+\\.svg");
  private static final Pattern ROLE = Pattern.compile("[a-z0-9-]+");

  private record Guide(String title, String html) {
  }

  private final CurrentUser currentUser;
  private final Map<String, Guide> guides = new TreeMap<>();
  private final Map<String, byte[]> pictures = new TreeMap<>();

  GuidePages(CurrentUser currentUser) throws IOException {
    this.currentUser = currentUser;
    var files = new PathMatchingResourcePatternResolver(GuidePages.class.getClassLoader());
    List<org.commonmark.Extension> tables = List.of(TablesExtension.create());
    Parser parser = Parser.builder().extensions(tables).build();
    HtmlRenderer renderer = HtmlRenderer.builder().extensions(tables).escapeHtml(true).sanitizeUrls(true).build();
    for (Resource file : files.getResources("classpath*:docs/processes/*.svg")) {
      try (InputStream in = file.getInputStream()) {
        pictures.put(file.getFilename(), in.readAllBytes());
      }
    }
    for (Resource file : files.getResources("classpath*:docs/guides/*.md")) {
      String role = file.getFilename().replaceFirst("\\.md$", "");
      Node document = parser.parse(read(file));
      document.accept(new LinksForTheWeb(pictures.keySet()));
      guides.put(role, new Guide(title(document, role), renderer.render(document)));
    }
  }

  @GetMapping({"/guides", "/guides/"})
  ResponseEntity<Object> index(HttpServletRequest request) {
    if (currentUser.of(request).isEmpty()) {
      return PageResponses.logIn();
    }
    StringBuilder list = new StringBuilder("<h1>Guides</h1><p>How to use the social media case system, one guide a "
        + "role.</p><ul>");
    guides.forEach((role, guide) -> list.append("<li><a href=\"/guides/").append(role).append("\">")
        .append(htmlEscape(guide.title())).append("</a></li>"));
    return page("Guides", list.append("</ul>").toString());
  }

  @GetMapping("/guides/{role}")
  ResponseEntity<Object> guide(@PathVariable String role, HttpServletRequest request) {
    if (currentUser.of(request).isEmpty()) {
      return PageResponses.logIn();
    }
    Guide guide = ROLE.matcher(role).matches() ? guides.get(role) : null;
    if (guide == null) {
      return PageResponses.refusal(HttpStatus.NOT_FOUND, "There is no such guide: see /guides for the list");
    }
    return page(guide.title(), "<p><a href=\"/guides\">All guides</a></p>" + guide.html());
  }

  @GetMapping("/guides/processes/{picture}")
  ResponseEntity<Object> picture(@PathVariable String picture, HttpServletRequest request) {
    if (currentUser.of(request).isEmpty()) {
      return PageResponses.logIn();
    }
    byte[] svg = PICTURE.matcher(picture).matches() ? pictures.get(picture) : null;
    if (svg == null) {
      return PageResponses.refusal(HttpStatus.NOT_FOUND, "There is no such picture");
    }
    return PageResponses.page(MediaType.valueOf("image/svg+xml"), "default-src 'none'; style-src 'unsafe-inline'")
        .body(svg);
  }

  private static ResponseEntity<Object> page(String title, String body) {
    return PageResponses.page(MediaType.TEXT_HTML, PAGE_POLICY).body("<!DOCTYPE html><html lang=\"en\"><head>"
        + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
        + htmlEscape(title) + "</title><style>body{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;"
        + "padding:0 1em;color:#222;line-height:1.45}img{max-width:100%}table{border-collapse:collapse}"
        + "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}</style></head><body>"
        + body + "</body></html>");
  }

  private static String title(Node document, String role) {
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() == 1 && heading.getFirstChild() instanceof Text text) {
        return text.getLiteral();
      }
    }
    return role;
  }

  private static String read(Resource file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Pictures and links to other guides point at these pages; links to the technical notes become text. */
  private static final class LinksForTheWeb extends AbstractVisitor {

    private static final Pattern OTHER_GUIDE = Pattern.compile("(?:\\./)?([a-z0-9-]+)\\.md(#.*)?");
    private static final Pattern PROCESS_PICTURE = Pattern.compile("\\.\\./processes/([a-z0-9-]+\\.svg)");

    private final java.util.Set<String> pictures;

    LinksForTheWeb(java.util.Set<String> pictures) {
      this.pictures = pictures;
    }

    @Override
    public void visit(Image image) {
      Matcher picture = PROCESS_PICTURE.matcher(image.getDestination());
      if (picture.matches() && pictures.contains(picture.group(1))) {
        image.setDestination("/guides/processes/" + picture.group(1));
      } else {
        keepTheWordsOnly(image); // a picture the build has not drawn: its caption, not a broken image
      }
    }

    @Override
    public void visit(Link link) {
      String destination = link.getDestination();
      Matcher guide = OTHER_GUIDE.matcher(destination);
      if (guide.matches()) {
        link.setDestination("/guides/" + guide.group(1) + (guide.group(2) == null ? "" : guide.group(2)));
      } else if (!destination.startsWith("http") && !destination.startsWith("/") && !destination.startsWith("#")) {
        keepTheWordsOnly(link); // a note in the repository, not served
        return;
      }
      visitChildren(link);
    }

    private static void keepTheWordsOnly(Node node) {
      Node child = node.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        node.insertBefore(child);
        child = next;
      }
      node.unlink();
    }
  }
}
