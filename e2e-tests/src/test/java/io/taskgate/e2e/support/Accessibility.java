package io.taskgate.e2e.support;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Keyboard, naming and layout checks on the page a {@link Browser} shows. Names come from Chromium's own
 * accessibility tree ({@link WebElement#getAccessibleName()}), the name a screen reader announces.
 */
public final class Accessibility {

    /** Everything a keyboard or a screen reader can reach as a control. */
    private static final String CONTROLS = "input:not([type=hidden]), select, textarea, button, a[href], summary, "
            + "[role=button], [role=combobox], [role=checkbox], [role=radio], [role=listbox], [role=tab], [role=switch], "
            + "[role=slider], [role=spinbutton], [role=textbox], [role=link], [role=menuitem], "
            + "[tabindex]:not([tabindex='-1'])";

    /** Rendered controls (not display:none, not visibility:hidden, not inside aria-hidden). */
    private static final String RENDERED_CONTROLS = "return [...document.querySelectorAll(arguments[0])].filter(e =>"
            + " !e.closest('[aria-hidden=\"true\"]') && e.getClientRects().length > 0"
            + " && getComputedStyle(e).visibility !== 'hidden');";

    /** A short description of an element, for failure messages. */
    private static final String DESCRIBE = "const e = arguments[0]; const html = e.outerHTML;"
            + " return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + html.substring(0, Math.min(html.length, 160));";

    /**
     * Whether keyboard focus on the element is visible: an outline or a box shadow on the element itself or, for the
     * visually hidden input that PrimeFaces widgets focus, on the widget's box around it.
     */
    private static final String FOCUS_INDICATOR = "const e = arguments[0];"
            + " const proxy = e.closest('.ui-helper-hidden-accessible');"
            + " const t = proxy ? proxy.parentElement : e;"
            + " const s = getComputedStyle(t);"
            + " const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
            + " const shadow = s.boxShadow && s.boxShadow !== 'none';"
            + " const r = t.getBoundingClientRect();"
            + " return {outline: outline, shadow: !!shadow, visible: r.width > 0 && r.height > 0 && r.right > 0"
            + "   && r.bottom > 0 && r.left < window.innerWidth && s.visibility !== 'hidden',"
            + "   style: s.outlineStyle + ' ' + s.outlineWidth + ' / ' + s.boxShadow};";

    private final Browser browser;

    public Accessibility(Browser browser) {
        this.browser = browser;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    /** The focused element. */
    public WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    public String describe(WebElement element) {
        return (String) js().executeScript(DESCRIBE, element);
    }

    /**
     * Test setup, not a user's action: the page itself has the focus, at its start, as after opening it and before
     * the first key press (a new headless window does not always hand the focus to the page by itself).
     */
    public Accessibility fromTheTop() {
        js().executeScript("window.focus(); if (document.activeElement) { document.activeElement.blur(); }"
                + " window.scrollTo(0, 0);");
        browser.wait(10).until(d -> Boolean.TRUE.equals(js().executeScript(
                "return document.hasFocus() && document.activeElement === document.body;")));
        return this;
    }

    public void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    public void tab() {
        press(Keys.TAB);
    }

    public void shiftTab() {
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    /** Types into the focused element, as a keyboard would. */
    public void type(String text) {
        press(text);
    }

    /**
     * Presses Tab until the focused element matches, at most {@code maxPresses} times; every element on the way
     * must show that it has focus. Returns the focused element.
     */
    public WebElement tabUntil(Predicate<WebElement> target, String what, int maxPresses) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < maxPresses; i++) {
            tab();
            WebElement focused = focused();
            path.add(describe(focused));
            assertFocusIsVisible(focused);
            if (target.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + what + " in " + maxPresses + " presses; focus went through:\n  "
                + String.join("\n  ", path));
    }

    /** Fails unless the element (or the PrimeFaces widget box it belongs to) is on screen with a focus indicator. */
    public void assertFocusIsVisible(WebElement element) {
        Map<String, Object> state = focusIndicator(element);
        if (!showsFocus(state)) {
            Path shot = browser.screenshot("failed-focus-indicator");
            throw new AssertionError("No visible focus indicator (" + state + ") on " + describe(element) + " at "
                    + browser.driver().getCurrentUrl() + " (see " + shot + ")");
        }
    }

    /** Whether the element shows that it has focus (see {@link #assertFocusIsVisible}), without failing. */
    public boolean showsFocus(WebElement element) {
        return showsFocus(focusIndicator(element));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focusIndicator(WebElement element) {
        return (Map<String, Object>) js().executeScript(FOCUS_INDICATOR, element);
    }

    private static boolean showsFocus(Map<String, Object> state) {
        boolean indicated = Boolean.TRUE.equals(state.get("outline")) || Boolean.TRUE.equals(state.get("shadow"));
        return indicated && Boolean.TRUE.equals(state.get("visible"));
    }

    /**
     * Adds an element to the page's content from HTML (for checking that a check can fail), runs the action, and
     * removes the element again.
     */
    public void withProbe(String html, Runnable action) {
        js().executeScript("const t = document.createElement('template'); t.innerHTML = arguments[0];"
                + " const e = t.content.firstElementChild; e.setAttribute('data-a11y-probe', '');"
                + " document.getElementById('main').prepend(e);", html);
        try {
            action.run();
        } finally {
            js().executeScript("document.querySelectorAll('[data-a11y-probe]').forEach(e => e.remove());");
        }
    }

    /** The probe element added by {@link #withProbe}. */
    public WebElement probe() {
        return browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-a11y-probe]"));
    }


    /**
     * The controls on the page without an accessible name, or whose only name is PrimeFaces' placeholder text of an
     * icon-only button ("ui-button"); each described for a failure message.
     */
    @SuppressWarnings("unchecked")
    public List<String> unnamedControls() {
        List<String> unnamed = new ArrayList<>();
        for (WebElement control : (List<WebElement>) js().executeScript(RENDERED_CONTROLS, CONTROLS)) {
            String name = control.getAccessibleName();
            // Icon fonts (PrimeIcons) draw with private-use characters, which end up in the computed name.
            String words = name == null ? "" : name.replaceAll("[\\uE000-\\uF8FF]", "").strip();
            if (words.isEmpty() || words.equalsIgnoreCase("ui-button")) {
                unnamed.add(describe(control) + " -> name '" + name + "'");
            }
        }
        return unnamed;
    }

    /** How many controls {@link #unnamedControls()} looked at: a page with none was not checked at all. */
    public long renderedControls() {
        return ((List<?>) js().executeScript(RENDERED_CONTROLS, CONTROLS)).size();
    }

    /**
     * How far the page scrolls sideways, in CSS pixels: its width beyond the viewport's (without a scroll bar; on
     * a phone, with overlay scroll bars, that is {@code window.innerWidth}).
     */
    public long horizontalOverflow() {
        return ((Number) js().executeScript("const d = document.documentElement;"
                + " return Math.max(0, d.scrollWidth - Math.min(d.clientWidth, window.innerWidth));")).longValue();
    }

    /** The innermost elements that stick out of the viewport on the right, to say what overflows. */
    @SuppressWarnings("unchecked")
    public List<String> elementsWiderThanTheViewport() {
        return (List<String>) js().executeScript(
                "const w = Math.min(document.documentElement.clientWidth, window.innerWidth) + 1;"
                + " const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > w);"
                + " return wide.filter(e => ![...e.children].some(c => wide.includes(c))).slice(0, 8)"
                + "  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')"
                + "   + ' right=' + Math.round(e.getBoundingClientRect().right));");
    }

    public long viewportWidth() {
        return ((Number) js().executeScript("return window.innerWidth;")).longValue();
    }

    /** Whether the element lies within the viewport's width (nothing cut off at either side) and is shown. */
    public boolean withinViewportWidth(WebElement element) {
        return Boolean.TRUE.equals(js().executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= window.innerWidth + 1;", element));
    }
}
