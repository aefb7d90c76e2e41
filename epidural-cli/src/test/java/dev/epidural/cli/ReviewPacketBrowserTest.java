package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML review packet renders in headless Chromium: every item's section, the word diff and the
 * sign-off form are there, and a screenshot is kept at {@code target/review-packet.png}. Without
 * Chromium and its driver the test is skipped, or fails when {@code CI=true}.
 */
class ReviewPacketBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @Test
  void thePacketRendersInChromium(@TempDir Path dir) throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("the browser test needs chromium and chromium-driver: apt-get install -y chromium chromium-driver");
    }
    assumeTrue(present, "chromium or chromedriver missing; skipped because CI is not set");
    Path out = dir.resolve("packet");
    assertThat(Cli.run("review-packet", "--since", Cli.bundle("valid"), Cli.bundle("valid-v2"), out.toString())
        .exitCode()).isZero();

    // Never let Selenium Manager look for (or download) a driver or a browser: both are given here.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().withLogFile(dir.resolve("chromedriver.log").toFile()).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
        "--window-size=1000,2400", "--hide-scrollbars");
    ChromeDriver browser = new ChromeDriver(service, options);
    try {
      browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      browser.get(out.resolve("review-packet.html").toUri().toString());

      List<String> sections = browser.findElements(By.cssSelector("section h2")).stream()
          .map(e -> e.getText()).toList();
      assertThat(sections).contains("approach-transforaminal", "Sign-off");
      assertThat(browser.findElements(By.tagName("ins"))).isNotEmpty();
      assertThat(browser.findElements(By.cssSelector("td.blank"))).hasSize(7);
      assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Review packet");
      Path png = Path.of("target", "review-packet.png");
      Files.createDirectories(png.getParent());
      Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
      assertThat(Files.size(png)).isGreaterThan(1000);
    } finally {
      browser.quit();
    }
  }
}
