package org.nstac.portal.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver), with the flags this closed network needs. One
 * browser per test class ({@code @RegisterExtension static final Browser browser = new Browser();});
 * {@link #signIn} goes through Keycloak's real login page.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    private ChromeDriver driver;
    private WebDriverWait wait;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path profile = Files.createTempDirectory("portal-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("portal.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + profile);
        options.setAcceptInsecureCerts(false);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        // A condition that reads an element an Ajax update is replacing at that moment is asked again, not failed:
        // CI run 12 of the second wave failed in MemberFlowIT reading the consent panel the click had just redrawn.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(path.startsWith("/") ? PortalStack.portalUrl() + path : path);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String path() {
        return java.net.URI.create(url()).getPath();
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** The page's visible text; read again if an Ajax update replaced the page while it was being read. */
    public String text() {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.WebDriverException replaced) {
                if (!replacedWhileRead(replaced)) {
                    throw replaced;
                }
                if (attempt >= 5) {
                    return "";
                }
            }
        }
    }

    /**
     * Whether reading an element failed only because the page replaced it meanwhile: Selenium's stale element, or
     * Chrome's "Node with given id does not belong to the document", which it reports as an unknown error when a
     * navigation swaps the document between finding the element and reading it.
     */
    static boolean replacedWhileRead(org.openqa.selenium.WebDriverException e) {
        if (e instanceof org.openqa.selenium.StaleElementReferenceException) {
            return true;
        }
        String message = String.valueOf(e.getMessage());
        return message.contains("does not belong to the document") || message.contains("No node with given id");
    }

    /**
     * The text of one element, or "" while it is missing or being replaced by an Ajax update: for waits, which must
     * not fail on an element the page swapped between finding and reading it.
     */
    public String textOf(By by) {
        try {
            var found = driver.findElements(by);
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (org.openqa.selenium.WebDriverException replaced) {
            if (replacedWhileRead(replaced)) {
                return "";
            }
            throw replaced;
        }
    }

    public String title() {
        return driver.getTitle();
    }

    /**
     * Opens a page that needs a sign-in, fills Keycloak's login form, and waits to be back in the portal. Starts from
     * no session at all, so that a test that failed before signing out does not leave the next one signed in as
     * someone else: every cookie of the browser goes, the portal's and Keycloak's alike ({@link #clearAllCookies}).
     */
    public Browser signIn(String user, String password) {
        clearAllCookies();
        open("/dashboard");
        submitLogin(user, password);
        waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.portalUrl()));
        return this;
    }

    /**
     * Fills and submits Keycloak's login form on the current page; for staff, then the one-time code, as the person
     * would type it from their authenticator app.
     */
    public void submitLogin(String user, String password) {
        find(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        if (DemoTotp.isStaff(user)) {
            submitCode(user);
        }
    }

    /** Types a fresh one-time code for {@code user} into Keycloak's code page and submits it. */
    public void submitCode(String user) {
        try {
            find(By.id("otp")).sendKeys(DemoTotp.nextCode(user));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        driver.findElement(By.id("kc-login")).click();
    }

    /** Gives the password again at Keycloak (a step-up), and the code for staff. */
    public void giveSignInAgain(String user, String password) {
        waitFor(d -> onKeycloakLogin());
        var username = driver.findElements(By.id("username"));
        if (!username.isEmpty() && username.get(0).isDisplayed() && username.get(0).isEnabled()) {
            username.get(0).clear();
            username.get(0).sendKeys(user);
        }
        find(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        if (DemoTotp.isStaff(user)) {
            submitCode(user);
        }
    }

    /** Chooses an option of a native select by its visible text. */
    public void choose(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(find(By.id(id))).selectByVisibleText(visibleText);
    }

    public boolean onKeycloakLogin() {
        return url().startsWith(PortalStack.issuer()) && has(By.id("kc-login"));
    }

    public void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            wait.until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException timeout) {
            throw new AssertionError("Waited in vain on " + url() + " (" + title() + "): "
                    + text().replaceAll("\\s+", " ").substring(0, Math.min(300, text().replaceAll("\\s+", " ").length())),
                    timeout);
        }
    }

    /**
     * Whether the condition comes true within the time given, polled as {@link #waitFor} does; false, not a failure,
     * when it does not, so that the caller can say what the page showed instead.
     */
    public boolean within(java.time.Duration time, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, time).until(condition::apply);
            return true;
        } catch (org.openqa.selenium.TimeoutException notYet) {
            return false;
        }
    }

    /**
     * Signs out and waits until the portal shows a signed-out page. Right after the click the browser is still on the
     * signed-in page, whose address also starts with the portal's; waiting for the sign-out button to be gone keeps
     * the next sign-in from starting while Keycloak's logout is still on its way.
     */
    public void signOut() {
        find(By.id("sign-out")).click();
        waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.portalUrl()) && !d.getCurrentUrl().contains("logout")
                && !has(By.id("sign-out")));
    }

    /** The axe-core rule tags of WCAG 2.0 and 2.1, levels A and AA. */
    public static final java.util.List<String> WCAG_A_AA = java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * What axe-core (WCAG 2.0/2.1 A and AA) found on one page: how many rules passed, how many failing nodes of each
     * impact, and each serious or critical failure described (rule, impact, nodes).
     */
    public record Axe(String page, int passes, java.util.Map<String, Integer> nodesByImpact,
            java.util.List<String> seriousOrCritical) {

        /** One line for the test's output: the totals a report quotes. */
        public String totals() {
            return "axe " + page + ": " + passes + " rules passed, failing nodes by impact " + nodesByImpact;
        }
    }

    /** Runs axe-core on the page now shown, and prints its totals to the test output. */
    public Axe axe() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(WCAG_A_AA).disableIframeTesting().analyze(driver);
        java.util.Map<String, Integer> byImpact = new java.util.TreeMap<>();
        java.util.List<String> serious = new java.util.ArrayList<>();
        for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
            byImpact.merge(String.valueOf(rule.getImpact()), rule.getNodes().size(), Integer::sum);
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(rule.getImpact() + " " + rule.getId() + ": " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        Axe axe = new Axe(path() + (driver.getCurrentUrl().contains("?") ? "?" + java.net.URI.create(url()).getQuery() : ""),
                results.getPasses().size(), byImpact, serious);
        System.out.println(axe.totals());
        return axe;
    }

    /** The page's width at a 360 px wide window (a small phone): more than 360 means sideways scrolling. */
    public long widthOnAPhone() {
        return onAPhone(() -> driver.navigate().refresh(), this::scrollWidth);
    }

    /**
     * Opens a page in a 360 px wide window (a small phone) and gives its width there, then widens the window back to
     * 1280 px with the page still shown (for axe): one load where {@link #open} then {@link #widthOnAPhone} make two.
     */
    public long openOnAPhone(String path) {
        return onAPhone(() -> open(path), this::scrollWidth);
    }

    /** The height in CSS pixels of the first element matching the selector, on a 360 x 740 phone screen. */
    public long heightOnAPhone(String cssSelector) {
        return onAPhone(() -> driver.navigate().refresh(), () -> Math.round(((Number) driver.executeScript(
                "return document.querySelector(arguments[0]).getBoundingClientRect().height", cssSelector))
                .doubleValue()));
    }

    /**
     * Loads a page in a 360 x 740 window, waits for its footer and measures it, then gives the window its desktop
     * size of 1280 x 900 again.
     */
    private long onAPhone(Runnable load, java.util.function.LongSupplier measure) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
        try {
            load.run();
            find(By.tagName("footer"));
            return measure.getAsLong();
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    private long scrollWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    /**
     * Deletes every cookie the browser holds, of every site and path, through Chrome's DevTools protocol. WebDriver's
     * {@link #clearCookies} deletes only those the page now shown can see, and Keycloak's are scoped to
     * {@code /realms/nstac/}: clearing both that way took a page of each.
     */
    public void clearAllCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }

    public void clearCookies() {
        driver.manage().deleteAllCookies();
    }

    /**
     * Whether the browser still holds the portal's session cookie, whatever page it shows: read through the DevTools
     * protocol, since WebDriver sees only the cookies of the page shown (after Quick exit, another site's).
     */
    public boolean holdsPortalSession() {
        Map<String, Object> answer = driver.executeCdpCommand("Network.getCookies",
                Map.of("urls", List.of(PortalStack.portalUrl() + "/")));
        return answer.get("cookies") instanceof List<?> cookies && cookies.stream()
                .anyMatch(c -> c instanceof Map<?, ?> cookie && "JSESSIONID".equals(cookie.get("name")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }
}
