package dev.epidural.examples.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.epidural.content.EpiduralContent;
import dev.epidural.examples.StaticSite;
import dev.epidural.model.Audience;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The static site as a person sees it: Debian's Chromium, headless, opens the written pages from
 * {@code file://} URLs. One browser session serves every check. Without Chromium or chromedriver the
 * tests are skipped, unless the environment variable {@code CI} is {@code true}: then they fail.
 */
class StaticSiteBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  static Path dir;

  private static ChromeDriver browser;
  private static EpiduralContent content;
  private static Path site;
  private static Path hostileSite;
  private static String skipReason;

  @BeforeAll
  static void startBrowser() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        missing.add(binary.toString());
      }
    }
    if (!missing.isEmpty()) {
      String message = "the browser test needs Debian's Chromium and its driver, but " + String.join(" and ", missing)
          + (missing.size() == 1 ? " is" : " are") + " missing: apt-get install -y chromium chromium-driver";
      if ("true".equals(System.getenv("CI"))) {
        fail(message + " (CI=true, so this fails instead of skipping)");
      }
      skipReason = message + " (skipped because CI is not set)";
      return;
    }
    content = SiteFixtures.bundle();
    site = dir.resolve("site");
    hostileSite = dir.resolve("hostile");
    StaticSite.write(content, site);
    StaticSite.write(SiteFixtures.hostile(), hostileSite);

    // Never let Selenium Manager look for (or download) a driver or a browser: both are given here.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogFile(dir.resolve("chromedriver.log").toFile())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
        "--window-size=1100,2200", "--hide-scrollbars");
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @BeforeEach
  void needsTheBrowser() {
    assumeTrue(skipReason == null, () -> skipReason);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void open(Path page) {
    browser.get(page.toUri().toString());
  }

  private static Procedure esi() {
    return content.item(Procedure.class, "lumbar-transforaminal-esi").orElseThrow();
  }

  @Test
  void theProcedurePageShowsTheNameAndTheStepsInOrder() throws IOException {
    Procedure procedure = esi();
    open(site.resolve(StaticSite.pageName(procedure)));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(procedure.name().forAudience(Audience.PATIENT));

    List<String> expectedSteps = procedure.steps().stream()
        .map(id -> content.item(ProcedureStep.class, id.value()).orElseThrow().name().forAudience(Audience.PATIENT))
        .toList();
    List<WebElement> shown = browser.findElements(By.cssSelector("ol.steps > li"));
    assertThat(shown).hasSize(expectedSteps.size());
    for (int i = 0; i < shown.size(); i++) {
      assertThat(shown.get(i).getText()).startsWith(expectedSteps.get(i) + ":");
    }
    String review = browser.findElement(By.cssSelector("p.review")).getText();
    assertThat(review).contains("not clinically reviewed", "2026-11-21");
    assertThat(browser.findElement(By.cssSelector("section.sources")).getText())
        .contains(content.bundle().sources().get(0).title());
    assertThat(browser.getTitle()).startsWith(procedure.name().forAudience(Audience.PATIENT));

    screenshot("procedure.png");
  }

  @Test
  void theFaqPageShowsItsQuestionsInOrder() throws IOException {
    open(site.resolve("faq.html"));
    List<String> questions = content.all(FaqEntry.class).stream()
        .map(f -> f.question().forAudience(Audience.PATIENT)).toList();
    assertThat(browser.findElements(By.cssSelector(".faq-entry h2"))).extracting(WebElement::getText)
        .containsExactlyElementsOf(questions);
    assertThat(browser.findElement(By.cssSelector("p.review")).getText()).contains("not clinically reviewed");
    screenshot("faq.png");
  }

  @Test
  void theIndexLinksToEachProcedurePage() {
    open(site.resolve("index.html"));
    List<WebElement> links = browser.findElements(By.cssSelector("ul.procedures a"));
    assertThat(links).extracting(WebElement::getText).containsExactlyElementsOf(
        content.all(Procedure.class).stream().map(p -> p.name().forAudience(Audience.PATIENT)).toList());
    links.get(0).click();
    assertThat(browser.getCurrentUrl()).endsWith(StaticSite.pageName(content.all(Procedure.class).get(0)));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo(content.all(Procedure.class).get(0).name().forAudience(Audience.PATIENT));
  }

  @Test
  void everyPageCarriesJsonLdThatParsesAndNamesSchemaOrgTypes() {
    assertJsonLdTypes(site.resolve("index.html"), "MedicalWebPage", "TherapeuticProcedure", "DiagnosticProcedure");
    assertJsonLdTypes(site.resolve(StaticSite.pageName(esi())), "MedicalWebPage", "TherapeuticProcedure",
        "MedicalAudience", "MedicalContraindication", "MedicalIndication", "MedicalEntity", "Drug", "MedicalCode",
        "CreativeWork");
    assertJsonLdTypes(site.resolve("faq.html"), "MedicalWebPage", "FAQPage", "Question", "Answer");
  }

  private static void assertJsonLdTypes(Path page, String... types) {
    open(page);
    List<WebElement> blocks = browser.findElements(By.cssSelector("script[type='application/ld+json']"));
    assertThat(blocks).as("JSON-LD blocks of %s", page.getFileName()).hasSize(1);
    String json = (String) ((JavascriptExecutor) browser).executeScript(
        "return document.querySelector(\"script[type='application/ld+json']\").textContent;");
    assertThat(typesIn(json)).as("@type values of %s", page.getFileName()).contains(types);
  }

  /** Parses {@code json} completely (failing on any error) and returns every {@code @type} string in it. */
  private static List<String> typesIn(String json) {
    List<String> types = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals("@type")) {
          JsonToken value = parser.nextToken();
          if (value == JsonToken.VALUE_STRING) {
            types.add(parser.getString());
          } else if (value == JsonToken.START_ARRAY) {
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
              types.add(parser.getString());
            }
          }
        }
      }
    }
    return types;
  }

  @Test
  void hostileContentRendersAsInertVisibleText() throws IOException {
    Procedure evil = SiteFixtures.hostile().item(Procedure.class, "evil-procedure").orElseThrow();
    for (Path page : List.of(hostileSite.resolve("index.html"), hostileSite.resolve(StaticSite.pageName(evil)),
        hostileSite.resolve("faq.html"))) {
      open(page);
      String name = page.getFileName().toString();
      JavascriptExecutor js = browser;
      assertThat(js.executeScript("return typeof window.__pwned;")).as(name).isEqualTo("undefined");
      assertThat(browser.findElements(By.tagName("img"))).as(name).isEmpty();
      List<WebElement> scripts = browser.findElements(By.tagName("script"));
      assertThat(scripts).as(name).hasSize(1);
      assertThat(scripts.get(0).getDomAttribute("type")).isEqualTo("application/ld+json");
      for (WebElement link : browser.findElements(By.tagName("a"))) {
        assertThat(link.getDomProperty("href")).as("a link on %s", name).matches("(file|https?):.*");
      }
      String text = browser.findElement(By.tagName("body")).getText();
      assertThat(text).as(name).contains(SiteFixtures.SCRIPT_BREAKOUT);
      if (!name.equals("faq.html")) {
        assertThat(text).as(name).contains(SiteFixtures.IMG_ONERROR);
      }
      assertThat(typesIn((String) js.executeScript(
          "return document.querySelector(\"script[type='application/ld+json']\").textContent;")))
          .contains("MedicalWebPage");
    }
    open(hostileSite.resolve(StaticSite.pageName(evil)));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Procedure " + SiteFixtures.SCRIPT_BREAKOUT);
    assertThat(browser.findElement(By.cssSelector("section.sources cite")).getText())
        .isEqualTo("Source " + SiteFixtures.SCRIPT_BREAKOUT);
    assertThat(browser.findElements(By.cssSelector("section.sources a"))).isEmpty();
    assertThat(browser.getTitle()).startsWith("Procedure " + SiteFixtures.SCRIPT_BREAKOUT);
    screenshot("hostile-procedure.png");
  }

  private static void screenshot(String name) throws IOException {
    Path png = Files.createDirectories(Path.of("target", "screenshots")).resolve(name);
    Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(png)).isPositive();
  }
}
