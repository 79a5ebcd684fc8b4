"""The review page in a real browser (headless Chromium through selenium): highlights at their
offsets in the DOM, both-way links, filters, corrections kept in local storage, 导出 feeding
`speechmine checklist -o`, tabs, keyboard, zoom, print, JS off, no console error, no request.
Skips only where no browser can be had (see tests/browser.py)."""
from __future__ import annotations

import csv
import io
import json
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import speechmine
from speechmine.export.checklist import ASSIGNED, CLOSING, UNASSIGNED, rows
from speechmine.cli import main
from speechmine.export.csvfmt import render_csv
from speechmine.export.review import render_review
from speechmine.model import Item, Result
from speechmine.tracking import EDITED_COLUMN, EXCLUDED, LABELS, update

from browser import chromium, unavailable
from test_review import EXTERNAL

ROOT = Path(__file__).resolve().parent.parent
SPEECH = ROOT / "examples" / "speech.txt"
PLAN = ROOT / "examples" / "plan.txt"
REAL_PLAN = ROOT.parent / "shared" / "corpus" / "real" / "real_plan_nongji2018.txt"

pytestmark = pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))

OFFSETS = """
var doc = document.getElementById(arguments[0]), text = doc.querySelector('.text'), out = {};
doc.querySelectorAll('mark.it').forEach(function (m) {
  var r = document.createRange(); r.setStart(text, 0); r.setEndBefore(m);
  out[m.getAttribute('data-id')] = [r.toString().length, m.textContent];
});
return {text: text.textContent, marks: out};
"""
IN_VIEW = """
var node = arguments[0], pane = node.closest('.pane');
var a = node.getBoundingClientRect(), b = pane.getBoundingClientRect();
return a.top >= b.top - 1 && a.bottom <= b.bottom + 1 && a.height > 0;
"""


@pytest.fixture(scope="module")
def results():
    return [speechmine.extract(SPEECH), speechmine.extract(PLAN)]


@pytest.fixture(scope="module")
def page(tmp_path_factory, results):
    path = tmp_path_factory.mktemp("review") / "review.html"
    path.write_text(render_review(results), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def downloads(tmp_path_factory):
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads):
    driver = chromium(downloads=downloads)
    yield driver
    driver.quit()


@pytest.fixture
def fresh(browser, page):
    """The page loaded with no corrections stored."""
    browser.get(page.as_uri())
    browser.execute_script("localStorage.clear()")
    browser.get(page.as_uri())
    return browser


def css(driver, selector):
    return driver.find_element("css selector", selector)


def css_all(driver, selector):
    return driver.find_elements("css selector", selector)


def visible_rows(driver, doc="d0"):
    return [r for r in css_all(driver, f"#{doc} tr.row") if r.is_displayed()]


def test_every_item_is_highlighted_at_its_offsets(fresh, results):
    for n, result in enumerate(results):
        fresh.execute_script("speechmineReview.activate(arguments[0])", n)
        dom = fresh.execute_script(OFFSETS, f"d{n}")
        assert dom["text"] == result.text
        assert dom["marks"] == {it.id: [it.start, it.text] for it in result.items}


@pytest.mark.skipif(not REAL_PLAN.is_file(), reason="../shared/corpus/real is not here (a user's clone)")
def test_a_real_plan_is_highlighted_at_its_offsets(browser, tmp_path):
    result = speechmine.extract(REAL_PLAN)
    path = tmp_path / "real.html"
    path.write_text(render_review([result]), encoding="utf-8")
    browser.get(path.as_uri())
    assert not EXTERNAL.findall(path.read_text(encoding="utf-8"))
    dom = browser.execute_script(OFFSETS, "d0")
    assert dom["text"] == result.text and len(result.text) > 5000
    assert dom["marks"] == {it.id: [it.start, it.text] for it in result.items}
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def test_a_row_click_scrolls_its_sentence_into_view_and_flashes(fresh, results):
    last = rows(results[0])[-1].item.id
    mark = css(fresh, f"#d0-s-{last}")
    assert not fresh.execute_script(IN_VIEW, mark)        # far down the speech at first
    css(fresh, f"#d0-r-{last} td.c-1").click()
    time.sleep(0.2)
    assert fresh.execute_script(IN_VIEW, mark)
    assert {"current", "flash"} <= set(mark.get_attribute("class").split())
    assert "current" in css(fresh, f"#d0-r-{last}").get_attribute("class").split()


def test_a_sentence_click_selects_its_row(fresh, results):
    item = rows(results[0])[-3].item
    mark = css(fresh, f"#d0-s-{item.id}")
    fresh.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    time.sleep(0.2)
    row = css(fresh, f"#d0-r-{item.id}")
    assert "current" in row.get_attribute("class").split()
    assert fresh.execute_script(IN_VIEW, row)
    assert fresh.execute_script("return document.activeElement.id") == f"d0-r-{item.id}"
    heading = next(it for it in results[0].items if it.kind == "heading" and it.path == ["三"])
    first = min((r.item for r in rows(results[0]) if r.item.start > heading.start), key=lambda it: it.start)
    mark = css(fresh, f"#d0-s-{heading.id}")
    fresh.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    assert "current" in css(fresh, f"#d0-r-{first.id}").get_attribute("class").split()


def test_filters_search_and_counts(fresh, results):
    speech_rows = rows(results[0])
    assert len(visible_rows(fresh)) == len(speech_rows)
    from selenium.webdriver.support.ui import Select

    unit = "局属各单位"
    Select(css(fresh, "select[name=unit]")).select_by_value(unit)
    shown = visible_rows(fresh)
    assert len(shown) == sum(r.lead_unit == unit for r in speech_rows) > 1
    assert all(r.find_element("css selector", '[data-col="牵头单位"]').text == unit for r in shown)
    chips = {li.find_element("css selector", "span").get_attribute("textContent"):
             int(li.find_element("css selector", "b").get_attribute("textContent"))
             for li in css_all(fresh, "#d0 .counts li")}
    assert chips[unit] == len(shown) and sum(chips.values()) == len(speech_rows)
    Select(css(fresh, "select[name=unit]")).select_by_value("")
    css(fresh, "input[name=borderline]").click()
    assert len(visible_rows(fresh)) == sum(r.item.borderline for r in speech_rows) > 0
    css(fresh, "input[name=borderline]").click()
    Select(css(fresh, "select[name=kind]")).select_by_value("prohibition")
    assert len(visible_rows(fresh)) == sum(r.item.kind == "prohibition" for r in speech_rows) > 0
    Select(css(fresh, "select[name=kind]")).select_by_value("")
    css(fresh, "input[name=deadline]").click()
    assert len(visible_rows(fresh)) == sum(bool(r.deadline) for r in speech_rows)
    css(fresh, "input[name=deadline]").click()
    css(fresh, "input[name=q]").send_keys("挂牌督办")
    shown = visible_rows(fresh)
    assert shown and len(shown) == sum("挂牌督办" in r.item.text for r in speech_rows)
    css(fresh, "input[name=q]").clear()
    Select(css(fresh, "select[name=group]")).select_by_value("party")
    groups = [g.text for g in css_all(fresh, "#d0 tbody.grp th") if g.text]
    assert groups[-1] == UNASSIGNED and unit in groups


def _select_text(driver, node) -> str:
    """Select the text of `node` as a user's drag would, and return it."""
    return driver.execute_script("""
        var node = arguments[0], range = document.createRange();
        range.selectNodeContents(node);
        var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
        node.closest('.text').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        return node.textContent.trim();""", node)


def _edit(driver, cell, value):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    cell.click()
    ActionChains(driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).perform()
    ActionChains(driver).send_keys(Keys.BACKSPACE).send_keys(value).send_keys(Keys.ENTER).perform()


def _finished_download(folder: Path, timeout: float = 20) -> Path:
    """The one .csv Chromium saved into `folder`, once it is complete: no partial download left
    and its size the same over two looks (a busy machine writes it in steps)."""
    deadline, last = time.time() + timeout, None
    while time.time() < deadline:
        files = list(folder.iterdir())
        done = [p for p in files if p.suffix == ".csv"]
        if done and not any(p.suffix == ".crdownload" for p in files):
            size = done[0].stat().st_size
            if size and size == last:
                return done[0]
            last = size
        time.sleep(0.2)
    raise AssertionError(f"no finished download in {folder}: {[p.name for p in folder.iterdir()]}")


def test_corrections_are_kept_and_exported_into_the_ledger(fresh, results, downloads, tmp_path):
    speech_rows = rows(results[0])
    dropped = next(r for r in speech_rows if r.item.borderline).item.id
    moved = next(r for r in speech_rows if r.lead_unit and "市交通运输局" in r.item.text
                 and r.lead_unit != "市交通运输局").item.id
    emptied = next(r for r in speech_rows if r.lead_unit and r.item.party_explicit
                   and r.item.id not in (dropped, moved)).item.id
    css(fresh, f"#d0-r-{dropped} td.keep input").click()
    _edit(fresh, css(fresh, f'#d0-r-{moved} td[data-col="牵头单位"]'), "市交通运输局")
    _edit(fresh, css(fresh, f'#d0-r-{emptied} td[data-col="牵头单位"]'), "")
    _edit(fresh, css(fresh, f'#d0-r-{moved} td[data-col="完成时限"]'), "2025年9月底前")
    left_out = css_all(fresh, "#d0 .ex.z-closing")[-1]
    added = _select_text(fresh, left_out)
    time.sleep(0.1)
    css(fresh, "#addtask").click()
    assert css(fresh, "#d0-r-a1").is_displayed()
    assert css(fresh, '#d0 .text [data-added="a1"]').text.strip() == added

    fresh.refresh()                                     # kept in local storage
    assert "removed" in css(fresh, f"#d0-r-{dropped}").get_attribute("class").split()
    assert not css(fresh, f"#d0-r-{dropped} td.keep input").is_selected()
    assert "removed" in css(fresh, f"#d0-s-{dropped}").get_attribute("class").split()
    assert css(fresh, f'#d0-r-{moved} td[data-col="牵头单位"]').text == "市交通运输局"
    assert css(fresh, f'#d0-r-{emptied} td[data-col="牵头单位"]').text == ""
    assert css(fresh, "#d0-r-a1 td.c-1").text == added
    dom = fresh.execute_script(OFFSETS, "d0")
    assert dom["text"] == results[0].text              # the added span keeps every offset
    assert dom["marks"] == {it.id: [it.start, it.text] for it in results[0].items}

    for old in downloads.iterdir():
        old.unlink()
    css(fresh, "button[name=export]").click()
    download = _finished_download(downloads)
    data = download.read_bytes()
    assert data.startswith("\ufeff".encode("utf-8")) and b"\r\n" in data
    assert data.decode("utf-8") == fresh.execute_script("return speechmineReview.csv(0)")

    ledger = tmp_path / "tasks.csv"
    shutil.copy(download, ledger)
    for _ in range(2):
        done = CliRunner().invoke(main, ["checklist", str(SPEECH), "-o", str(ledger)])
        assert done.exit_code == 0, done.output
        assert "不列入 1 项" in done.output and "新增 0 项" in done.output
        table = list(csv.DictReader(io.StringIO(ledger.read_text(encoding="utf-8-sig"))))
        got = {r["任务ID"]: r for r in table if r["任务ID"]}
        assert got[dropped]["变更"] == LABELS[EXCLUDED]
        assert got[moved]["牵头单位"] == "市交通运输局" and got[moved]["完成时限"] == "2025年9月底前"
        assert got[emptied]["牵头单位"] == ""
        assert [r["工作任务"] for r in table if not r["任务ID"]] == [added]
    status = CliRunner().invoke(main, ["status", str(ledger), "--format", "json"])
    assert json.loads(status.output)["total"] == len(speech_rows)


def test_the_export_is_the_checklist_csv(fresh, results):
    """Uncorrected, 导出 writes what `speechmine checklist -o x.csv` writes (the columns, 交办日期,
    the rows in the checklist's order), plus empty 变更 and 人工修改."""
    for n, result in enumerate(results):
        page = list(csv.reader(io.StringIO(fresh.execute_script("return speechmineReview.csv(arguments[0])", n)[1:])))
        written = list(csv.reader(io.StringIO(render_csv(result)[1:])))
        assert page[0] == written[0] + ["变更", EDITED_COLUMN] and ASSIGNED in page[0]
        assert [r[:-2] for r in page[1:]] == written[1:] and {r[-2] + r[-1] for r in page[1:]} == {""}
        assert {r[page[0].index(ASSIGNED)] for r in page[1:]} == {result.doc_date}
    speech = results[0]
    assert any(row.item.kind == "heading" for row in rows(speech))             # a heading row
    assert any(not row.responsible for row in rows(speech))                     # an empty 责任单位
    assert rows(speech)[-1].section == CLOSING                                  # closing items last


def test_cells_that_would_run_as_formulas_are_exported_as_text(browser, tmp_path):
    lines = ["=甲单位要完成排查。", "+乙单位要完成调度。", "-丙单位要完成评估。", "@丁单位要完成上报。",
             "\t戊单位要完成整改。", "\r己单位要完成验收。", "庚单位要完成复核。"]
    text = "二、重点工作\n" + "".join(line + "\n" for line in lines)
    items, at = [], len("二、重点工作\n")
    for k, line in enumerate(lines):
        items.append(Item(f"t{k}", "task", line, at, at + len(line), ["二"]))
        at += len(line) + 1
    path = tmp_path / "formula.html"
    path.write_text(render_review([Result("formula.txt", text, items)]), encoding="utf-8")
    browser.get(path.as_uri())
    browser.execute_script("localStorage.clear()")
    browser.get(path.as_uri())
    _edit(browser, css(browser, '#d0-r-t6 td[data-col="完成时限"]'), "=1+1")
    exported = browser.execute_script("return speechmineReview.csv(0)")
    table = list(csv.DictReader(io.StringIO(exported[1:])))
    assert [r["工作任务"] for r in table] == ["'" + line for line in lines[:-1]] + [lines[-1]]
    assert table[-1]["完成时限"] == "'=1+1" and table[-1][EDITED_COLUMN] == "完成时限"


def test_a_new_lead_unit_is_also_in_the_responsible_units(fresh, results, tmp_path):
    """责任单位 (lead and co-operating units, where there are co-operating units) follows the lead
    unit typed on the page, and an update of the exported ledger keeps it."""
    plan = results[1]
    css_all(fresh, ".tabs button")[1].click()
    row = next(r for r in rows(plan) if r.responsible and r.lead_unit != "市财政局")
    _edit(fresh, css(fresh, f'#d1-r-{row.item.id} td[data-col="牵头单位"]'), "市财政局")
    ledger = tmp_path / "tasks.csv"
    ledger.write_text(fresh.execute_script("return speechmineReview.csv(1)"), encoding="utf-8", newline="")
    for _ in range(2):
        table = {r["任务ID"]: r for r in csv.DictReader(io.StringIO(ledger.read_text(encoding="utf-8-sig")))}
        assert table[row.item.id]["责任单位"] == f"市财政局、{row.cooperating}" != row.responsible
        assert table[row.item.id]["牵头单位"] == "市财政局"
        update(ledger, [plan], fmt="csv")
    single = next(r for r in rows(plan) if not r.responsible and r.lead_unit)
    _edit(fresh, css(fresh, f'#d1-r-{single.item.id} td[data-col="牵头单位"]'), "市财政局")
    exported = csv.DictReader(io.StringIO(fresh.execute_script("return speechmineReview.csv(1)")[1:]))
    got = next(r for r in exported if r["任务ID"] == single.item.id)
    assert got["责任单位"] == "" and got[EDITED_COLUMN] == "牵头单位"     # one unit: no 责任单位


def test_the_column_heads_never_cover_a_row(fresh, results):
    """The heads stand above the scrolled list, each over its column: a row scrolled to the top
    (by a link, the keyboard or a click) is not under them."""
    first = css(fresh, f"#d0-r-{rows(results[0])[0].item.id}")
    fresh.execute_script("arguments[0].closest('.listbody').scrollTop = 1e6; arguments[0].scrollIntoView()", first)
    box = fresh.execute_script("var r = arguments[0].getBoundingClientRect(); return [r.left + 5, r.top + 5]", first)
    assert fresh.execute_script("return document.elementFromPoint(arguments[0], arguments[1]).closest('tr')",
                                *box) == first
    heads = css_all(fresh, "#d0 .listhead th")
    assert [h.text for h in heads] == [h.get_attribute("textContent") for h in css_all(fresh, "#d0 table.list thead th")]
    for head, cell in zip(heads, first.find_elements("css selector", "td")):
        assert abs(head.rect["x"] - cell.rect["x"]) <= 1 and abs(head.rect["width"] - cell.rect["width"]) <= 1


def test_keyboard_moves_between_items(fresh, results):
    from selenium.webdriver.common.keys import Keys

    ids = [r.item.id for r in rows(results[0])]
    first = css(fresh, f"#d0-r-{ids[0]}")
    fresh.execute_script("arguments[0].focus()", first)
    first.send_keys(Keys.ARROW_DOWN)
    assert fresh.execute_script("return document.activeElement.id") == f"d0-r-{ids[1]}"
    assert "current" in css(fresh, f"#d0-s-{ids[1]}").get_attribute("class").split()
    fresh.switch_to.active_element.send_keys(Keys.SPACE)
    assert "removed" in css(fresh, f"#d0-r-{ids[1]}").get_attribute("class").split()
    fresh.switch_to.active_element.send_keys(Keys.SPACE)
    assert "removed" not in css(fresh, f"#d0-r-{ids[1]}").get_attribute("class").split()


def test_a_tab_per_document(fresh, results):
    tabs = css_all(fresh, ".tabs button")
    assert [t.text for t in tabs] == ["speech.txt", "plan.txt"]
    assert css(fresh, "#d0").is_displayed() and not css(fresh, "#d1").is_displayed()
    tabs[1].click()
    assert css(fresh, "#d1").is_displayed() and not css(fresh, "#d0").is_displayed()
    assert len(visible_rows(fresh, "d1")) == len(rows(results[1]))
    assert tabs[1].get_attribute("aria-selected") == "true"


def test_no_console_error_and_no_request(browser, page, results):
    browser.get_log("browser")
    browser.get_log("performance")
    browser.get(page.as_uri())
    css(browser, f"#d0-r-{rows(results[0])[5].item.id}").click()
    css_all(browser, ".tabs button")[1].click()
    logs = browser.get_log("browser")
    assert not [e for e in logs if e["level"] in ("SEVERE", "WARNING")], logs
    events = [json.loads(e["message"])["message"] for e in browser.get_log("performance")]
    urls = [e["params"]["request"]["url"] for e in events if e["method"] == "Network.requestWillBeSent"]
    assert urls == [page.as_uri()]
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_readable_at_125_percent_zoom(page):
    driver = chromium(width=1093, height=614)         # a 1366 × 768 screen at 125 %
    try:
        driver.get(page.as_uri())
        assert driver.execute_script(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        for pane in css_all(driver, "#d0 .pane"):
            assert pane.is_displayed() and pane.size["width"] > 300 and pane.size["height"] > 250
            assert driver.execute_script("return arguments[0].scrollWidth <= arguments[0].clientWidth + 1", pane)
        size = driver.execute_script("return parseFloat(getComputedStyle(document.querySelector('#d0 .text')).fontSize)")
        assert size >= 16
    finally:
        driver.quit()


def test_print_view_is_the_checklist(fresh, results):
    dropped = next(r for r in rows(results[0]) if r.item.borderline).item.id
    css(fresh, f"#d0-r-{dropped} td.keep input").click()
    fresh.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not css(fresh, "#d0 .textpane").is_displayed()
        assert not css(fresh, ".tools").is_displayed()
        assert css(fresh, "#d0 table.list").is_displayed() and css(fresh, "#d1 table.list").is_displayed()
        assert not css(fresh, f"#d0-r-{dropped}").is_displayed()
        assert all(th.is_displayed() for th in css_all(fresh, "#d0 tbody.grp th"))   # part titles
        shown = [r for r in css_all(fresh, "#d0 tr.row") if r.is_displayed()]
        assert len(shown) == len(rows(results[0])) - 1
    finally:
        fresh.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_without_javascript_a_static_page(page, results):
    driver = chromium(javascript=False)
    try:
        driver.get(page.as_uri())
        assert all(s.is_displayed() for s in css_all(driver, "section.doc"))
        assert not css(driver, ".tools").is_displayed() and not css(driver, ".tabs").is_displayed()
        assert len(css_all(driver, "#d0 mark.it")) == len(results[0].items)
        assert len(css_all(driver, "#d1 tr.row")) == len(rows(results[1]))
    finally:
        driver.quit()
