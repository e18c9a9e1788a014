"""pressdex-serve in a real browser (headless Chromium driven by Selenium), as a person uses
it: open the page, type a query, see the release, click a speaker facet, switch to quote
mode, open a release, page forward; and the XSS release shows its markup as text, with no
script run. Screenshots go to the folder given (look at them).

usage: serve_browser.py BASE_URL SCREENSHOT_DIR"""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

base, shots = sys.argv[1], sys.argv[2]
os.makedirs(shots, exist_ok=True)
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


options = webdriver.ChromeOptions()
for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1280,1000", "--no-first-run", "--disable-extensions"]:
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_page_load_timeout(20)


def shot(name):
    driver.save_screenshot(os.path.join(shots, name + ".png"))


def texts(selector):
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, selector)]


try:
    driver.get(base + "/")
    check(driver.title.startswith("Search"), f"home title: {driver.title}")
    shot("01-home")
    box = driver.find_element(By.ID, "q")
    box.send_keys("taikang healthcare")
    box.send_keys(Keys.ENTER)
    titles = texts("article.hit h2 a")
    check(titles and titles[0] == "Mount Sinai collaborates with Taikang Healthcare", f"first hit: {titles[:2]}")
    check("q=taikang" in driver.current_url, f"state in the URL: {driver.current_url}")
    check(driver.find_elements(By.CSS_SELECTOR, "article.hit .snippet mark"), "no highlighted words")
    shot("02-results")

    # A speaker facet adds its filter to the query.
    facet = driver.find_elements(By.CSS_SELECTOR, "a.facet-speaker")
    check(facet, "no speaker facet")
    if facet:
        name = facet[0].text
        facet[0].click()
        check(f'speaker:"{name}"' in driver.find_element(By.ID, "q").get_attribute("value"),
              f"facet filter not in the query: {driver.find_element(By.ID, 'q').get_attribute('value')}")
        check(all(name in t for t in texts("article.hit .people")[:1]), f"facet results: {texts('article.hit .people')[:2]}")
        shot("03-speaker-facet")

    # Quote mode: who said what.
    driver.find_element(By.ID, "mode-quotes").click()
    check("quotes=1" in driver.current_url, f"quote mode URL: {driver.current_url}")
    speakers = texts("article.quote-hit h2.speaker")
    check(speakers, "no quotes in quote mode")
    check(driver.find_elements(By.CSS_SELECTOR, "article.quote-hit blockquote"), "no quotation shown")
    shot("04-quote-mode")

    # Open a release: the whole text, its quotes marked with their speakers.
    driver.find_element(By.CSS_SELECTOR, "article.quote-hit a.title").click()
    check(driver.find_elements(By.CSS_SELECTOR, "#release h1"), "release view has no title")
    check(driver.find_elements(By.CSS_SELECTOR, "#release q.said"), "release view marks no quote")
    check(any("Klein" in t or "Liu" in t or "Dorotovics" in t or "Bell" in t or "Davis" in t
              for t in texts("#release .who")), f"speakers of the quotes: {texts('#release .who')[:3]}")
    shot("05-release")

    # Page forward.
    driver.get(base + "/?q=hospital")
    first_page = texts("article.hit h2 a")
    driver.find_element(By.ID, "next").click()
    check("offset=10" in driver.current_url, f"next page URL: {driver.current_url}")
    second_page = texts("article.hit h2 a")
    check(second_page and second_page != first_page, "page 2 repeats page 1")
    check("Releases 11" in driver.find_element(By.ID, "summary").text, driver.find_element(By.ID, "summary").text)
    shot("06-page-2")

    # The XSS release: markup as text, no script run, no image inserted.
    driver.get(base + "/?q=quillfeather")
    hit_text = " ".join(texts("article.hit"))
    check("<script>" in hit_text, f"the markup is not shown as text: {hit_text[:200]}")
    check(driver.title != "PWNED" and "PWNED" not in driver.execute_script("return document.title"), "a script ran")
    check(not driver.find_elements(By.CSS_SELECTOR, "main img, main script"), "markup of the release became elements")
    shot("07-xss-results")
    driver.find_element(By.CSS_SELECTOR, "article.hit h2 a").click()
    check("<script>" in driver.find_element(By.ID, "release").text, "release view: markup not shown as text")
    check(not driver.find_elements(By.CSS_SELECTOR, "#release img, #release script, #release a[href^='javascript']"),
          "release view: markup became elements")
    check(driver.execute_script("return document.title") != "PWNED", "a script ran in the release view")
    shot("08-xss-release")

    # A phone-sized window: the page still reads (no horizontal scrolling).
    driver.set_window_size(390, 844)
    driver.get(base + "/?q=taikang")
    width = driver.execute_script("return document.documentElement.scrollWidth")
    check(width <= 400, f"the phone page scrolls sideways: {width}px")
    shot("09-phone")
finally:
    driver.quit()

sys.exit(1 if failures else 0)
