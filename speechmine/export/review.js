(function () {
  "use strict";
  var t0 = window.performance ? performance.now() : 0;
  var config = JSON.parse(document.getElementById("config").textContent);
  var COLS = config.columns, EDITABLE = config.editable, SHOWN = config.shown;
  var REMOVED = config.excluded, ADDED = config.added, STORE = "speechmine-review:";
  var tools = document.querySelector(".tools");
  var addButton = null, docs = [], active = null, filters = {};
  document.documentElement.className += " js";

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) { if (attrs.hasOwnProperty(k)) { e.setAttribute(k, attrs[k]); } }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function unitOf(value) {
    return !value || value.indexOf(config.suggested) === 0 ? config.unassigned : value;
  }

  // ------------------------------------------------------------ one document
  function Doc(section) {
    var self = this;
    this.section = section;
    this.id = section.getAttribute("data-doc");
    this.data = JSON.parse($("script.docdata", section).textContent);
    this.textEl = $(".text", section);
    this.table = $("table.list", section);
    this.countsList = $(".counts ul", section);
    this.rows = {};
    this.order = [];
    $$("tr.row", this.table).forEach(function (tr) {
      var id = tr.getAttribute("data-id");
      self.rows[id] = tr;
      self.order.push(id);
    });
    this.order.sort(function (a, b) { return self.start(a) - self.start(b); });
    this.splitHead();
    this.state = this.load();
    $$("tr.row", this.table).forEach(function (tr) { self.wireRow(tr); });
    this.state.added.forEach(function (a) { self.showAdded(a); });
    Object.keys(this.state.removed).forEach(function (id) { self.markRemoved(id, true); });
    Object.keys(this.state.edits).forEach(function (id) {
      var edits = self.state.edits[id];
      Object.keys(edits).forEach(function (col) { self.showCell(id, col); });
    });
    this.textEl.addEventListener("click", function (ev) {
      var target = ev.target.closest ? ev.target.closest("mark.it, .added") : null;
      if (!target || !window.getSelection().isCollapsed) { return; }
      var id = target.getAttribute("data-id") || target.getAttribute("data-added");
      if (!self.rows[id]) {                      // a heading: the first row under it
        var at = self.offset(target, 0);
        id = self.order.filter(function (r) { return self.start(r) >= at; })[0];
      }
      if (id) { self.goToRow(id); }
    });
    this.textEl.addEventListener("mouseup", function () { setTimeout(function () { self.offerAdd(); }, 0); });
    this.textEl.addEventListener("keyup", function () { self.offerAdd(); });
  }

  Doc.prototype.start = function (id) { return +this.rows[id].getAttribute("data-start"); };

  // The column heads stand above the scrolling list, not over it (a sticky head covers the row
  // scrolled to the top, and takes the click meant for it): a copy of the table's head with the
  // table's column widths; the table's own head (for screen readers and print) is collapsed,
  // which keeps its part in those widths.
  Doc.prototype.splitHead = function () {
    var self = this;
    this.body = el("div", { "class": "listbody" });
    this.table.parentNode.insertBefore(this.body, this.table);
    this.body.appendChild(this.table);
    this.head = el("div", { "class": "listhead", "aria-hidden": "true" });
    this.head.appendChild(el("table")).appendChild($("thead", this.table).cloneNode(true));
    this.body.parentNode.insertBefore(this.head, this.body);
    this.body.addEventListener("scroll", function () { self.head.scrollLeft = self.body.scrollLeft; });
  };

  // at once (not in a later frame), so that the list does not move under a click after a
  // refresh: all read, then all written, one layout
  Doc.prototype.fitHead = function () {
    var copies = $$("th", this.head), table = this.table.getBoundingClientRect();
    if (!table.width) { return; }                       // a tab not shown: fitted when it is
    var widths = $$("thead th", this.table).map(function (th) { return th.getBoundingClientRect().width; });
    this.head.firstChild.style.width = table.width + "px";
    widths.forEach(function (w, i) { copies[i].style.width = w + "px"; });
  };

  Doc.prototype.load = function () {
    var state = null;
    try { state = JSON.parse(window.localStorage.getItem(STORE + this.data.key) || "null"); } catch (e) { state = null; }
    state = state || {};
    return { removed: state.removed || {}, edits: state.edits || {}, added: state.added || [] };
  };
  Doc.prototype.save = function () {
    try { window.localStorage.setItem(STORE + this.data.key, JSON.stringify(this.state)); } catch (e) { /* storage off: the session keeps the corrections */ }
  };

  Doc.prototype.mark = function (id) {
    return document.getElementById(this.id + "-s-" + id);
  };

  Doc.prototype.value = function (id, col) {
    var added = this.findAdded(id);
    if (added) { return added.cells[col] || ""; }
    var edits = this.state.edits[id];
    if (edits && edits.hasOwnProperty(col)) { return edits[col]; }
    return this.data.records[id][COLS.indexOf(col)];
  };

  Doc.prototype.findAdded = function (id) {
    for (var i = 0; i < this.state.added.length; i++) {
      if (this.state.added[i].id === id) { return this.state.added[i]; }
    }
    return null;
  };

  Doc.prototype.wireRow = function (tr) {
    var self = this, id = tr.getAttribute("data-id");
    var box = $("td.keep input", tr);
    box.disabled = false;
    box.addEventListener("change", function () { self.setKept(id, box.checked); });
    $$("td[data-col]", tr).forEach(function (td) {
      var col = td.getAttribute("data-col");
      if (EDITABLE.indexOf(col) < 0) { return; }
      td.setAttribute("contenteditable", "true");
      td.setAttribute("aria-label", col);
      td.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter") { ev.preventDefault(); td.blur(); }
        ev.stopPropagation();
      });
      td.addEventListener("blur", function () { self.setCell(id, col, td.textContent.replace(/\s+/g, " ").trim()); });
    });
    tr.addEventListener("click", function (ev) {
      if (ev.target.tagName === "INPUT") { return; }
      self.goToSentence(id);
    });
    tr.addEventListener("keydown", function (ev) { self.rowKey(ev, tr, id); });
  };

  Doc.prototype.rowKey = function (ev, tr, id) {
    if (ev.target !== tr) { return; }
    if (ev.key === "Enter") {
      ev.preventDefault();
      this.goToSentence(id);
    } else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      var visible = $$("tr.row", this.table).filter(function (r) { return !r.classList.contains("hide"); });
      var next = visible[visible.indexOf(tr) + (ev.key === "ArrowDown" ? 1 : -1)];
      if (next) {
        next.focus();
        this.goToSentence(next.getAttribute("data-id"));
      }
    } else if (ev.key === " ") {
      ev.preventDefault();
      var box = $("td.keep input", tr);
      box.checked = !box.checked;
      this.setKept(id, box.checked);
    }
  };

  function flash(node) {
    node.classList.remove("flash");
    void node.offsetWidth;
    node.classList.add("flash");
  }

  Doc.prototype.setCurrent = function (id) {
    $$(".current", this.section).forEach(function (n) { n.classList.remove("current"); });
    var nodes = [this.rows[id]].concat(this.mark(id) ? [this.mark(id)] : $$('[data-added="' + id + '"]', this.textEl));
    nodes.forEach(function (n) { n.classList.add("current"); });
    return nodes;
  };

  Doc.prototype.goToSentence = function (id) {
    this.setCurrent(id);
    var target = this.mark(id) || $('[data-added="' + id + '"]', this.textEl);
    if (target) {
      target.scrollIntoView({ block: "center" });
      flash(target);
    }
  };

  Doc.prototype.goToRow = function (id) {
    var tr = this.rows[id];
    if (tr.classList.contains("hide")) { clearFilters(); }
    this.setCurrent(id);
    tr.scrollIntoView({ block: "center" });
    tr.focus({ preventScroll: true });
    flash(tr);
  };

  Doc.prototype.setKept = function (id, kept) {
    var added = this.findAdded(id);
    if (added) {
      if (!kept) { this.dropAdded(added); }
    } else {
      if (kept) { delete this.state.removed[id]; } else { this.state.removed[id] = 1; }
      this.markRemoved(id, !kept);
    }
    this.save();
    this.refresh();
  };

  Doc.prototype.markRemoved = function (id, removed) {
    if (!this.rows[id]) { return; }
    this.rows[id].classList.toggle("removed", removed);
    $("td.keep input", this.rows[id]).checked = !removed;
    var mark = this.mark(id);
    if (mark) { mark.classList.toggle("removed", removed); }
  };

  Doc.prototype.setCell = function (id, col, value) {
    this.store(id, col, value);
    if ((col === "牵头单位" || col === "配合单位") && COLS.indexOf("责任单位") >= 0) {
      this.store(id, "责任单位", this.responsible(id));
    }
    this.save();
    this.showCell(id, col);
    this.refresh();
  };

  Doc.prototype.store = function (id, col, value) {
    var added = this.findAdded(id);
    if (added) {
      added.cells[col] = value;
    } else {
      var base = this.data.records[id][COLS.indexOf(col)];
      var edits = this.state.edits[id] || {};
      if (value === base) { delete edits[col]; } else { edits[col] = value; }
      if (Object.keys(edits).length) { this.state.edits[id] = edits; } else { delete this.state.edits[id]; }
    }
  };

  // 责任单位 as the checklist fills it (`checklist.sections`): the lead unit and the co-operating
  // units where there are co-operating units, else empty
  Doc.prototype.responsible = function (id) {
    var lead = this.value(id, "牵头单位"), co = this.value(id, "配合单位");
    return co ? [lead.indexOf(config.suggested) === 0 ? "" : lead, co].filter(Boolean).join("、") : "";
  };

  Doc.prototype.showCell = function (id, col) {
    var tr = this.rows[id];
    if (!tr) { return; }
    var td = $('td[data-col="' + col + '"]', tr);
    if (!td) { return; }
    var value = this.value(id, col);
    if (td.textContent !== value) { td.textContent = value; }
    var edits = this.state.edits[id];
    td.classList.toggle("edited", !!(edits && edits.hasOwnProperty(col)));
  };

  // ------------------------------------------------------------ added tasks
  Doc.prototype.offset = function (node, offset) {
    var range = document.createRange();
    range.setStart(this.textEl, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  };

  Doc.prototype.offerAdd = function () {
    var sel = window.getSelection();
    hideAdd();
    if (sel.isCollapsed || !sel.rangeCount) { return; }
    var range = sel.getRangeAt(0);
    if (!this.textEl.contains(range.startContainer) || !this.textEl.contains(range.endContainer)) { return; }
    var text = this.textEl.textContent;
    var start = this.offset(range.startContainer, range.startOffset);
    var end = this.offset(range.endContainer, range.endOffset);
    while (start < end && /\s/.test(text.charAt(start))) { start++; }
    while (end > start && /\s/.test(text.charAt(end - 1))) { end--; }
    if (end <= start) { return; }
    var self = this, box = range.getBoundingClientRect();
    addButton = el("button", { id: "addtask", type: "button" }, "添加为任务");
    addButton.style.left = Math.max(0, Math.min(box.left, window.innerWidth - 120)) + "px";
    addButton.style.top = Math.max(0, Math.min(box.bottom + 4, window.innerHeight - 40)) + "px";
    addButton.addEventListener("mousedown", function (ev) { ev.preventDefault(); });
    addButton.addEventListener("click", function () {
      hideAdd();
      window.getSelection().removeAllRanges();
      self.addTask(start, end);
    });
    document.body.appendChild(addButton);
  };

  Doc.prototype.addTask = function (start, end) {
    var n = 1;
    this.state.added.forEach(function (a) { n = Math.max(n, +a.id.slice(1) + 1); });
    var text = this.textEl.textContent.slice(start, end);
    var cells = {};
    COLS.forEach(function (c) { cells[c] = ""; });
    cells["任务编号"] = ADDED;
    cells["工作任务"] = text;
    cells["原文出处"] = "第" + (start + 1) + "–" + end + "字";
    cells["状态"] = "未启动";
    cells["是否销号"] = "否";
    cells["备注"] = ADDED;
    var added = { id: "a" + n, start: start, end: end, text: text, cells: cells };
    this.state.added.push(added);
    this.save();
    this.showAdded(added);
    this.refresh();
    this.goToRow(added.id);
  };

  Doc.prototype.showAdded = function (added) {
    var self = this, tr = el("tr", { "class": "row added-row", id: this.id + "-r-" + added.id,
      "data-id": added.id, "data-kind": "added", "data-start": added.start, tabindex: "0" });
    var keep = el("td", { "class": "keep" });
    keep.appendChild(el("input", { type: "checkbox", checked: "", "aria-label": "列入任务" }));
    tr.appendChild(keep);
    SHOWN.forEach(function (col, n) {
      tr.appendChild(el("td", { "class": "c-" + n, "data-col": col }, added.cells[col] || ""));
    });
    var before = null;
    this.order.forEach(function (id) { if (self.start(id) <= added.start) { before = id; } });
    tr.setAttribute("data-part", before ? this.rows[before].getAttribute("data-part")
      : (this.order.length ? this.rows[this.order[0]].getAttribute("data-part") : ""));
    this.rows[added.id] = tr;
    this.order.splice(before ? this.order.indexOf(before) + 1 : 0, 0, added.id);
    $("tbody.rows", this.table).appendChild(tr);
    this.wireRow(tr);
    wrapRange(this.textEl, added.start, added.end, added.id);
  };

  Doc.prototype.dropAdded = function (added) {
    this.state.added.splice(this.state.added.indexOf(added), 1);
    this.order.splice(this.order.indexOf(added.id), 1);
    this.rows[added.id].parentNode.removeChild(this.rows[added.id]);
    delete this.rows[added.id];
    $$('[data-added="' + added.id + '"]', this.textEl).forEach(function (span) {
      var parent = span.parentNode;
      while (span.firstChild) { parent.insertBefore(span.firstChild, span); }
      parent.removeChild(span);
      parent.normalize();
    });
  };

  function wrapRange(root, start, end, id) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null, false);
    var pos = 0, nodes = [], node;
    while ((node = walker.nextNode())) {
      var len = node.nodeValue.length;
      if (pos + len > start && pos < end) { nodes.push([node, Math.max(start - pos, 0), Math.min(end - pos, len)]); }
      pos += len;
      if (pos >= end) { break; }
    }
    nodes.forEach(function (part) {
      var text = part[0];
      if (part[2] < text.nodeValue.length) { text.splitText(part[2]); }
      if (part[1] > 0) { text = text.splitText(part[1]); }
      var span = el("span", { "class": "added", "data-added": id, title: ADDED });
      text.parentNode.insertBefore(span, text);
      span.appendChild(text);
    });
  }

  function hideAdd() {
    if (addButton && addButton.parentNode) { addButton.parentNode.removeChild(addButton); }
    addButton = null;
  }

  // ------------------------------------------------------------ grouping, filters, counts
  // the row ids grouped as `checklist.sections` does: by part (or lead unit, 全体/未明确 last),
  // each group where its first row stands in the text
  Doc.prototype.grouped = function (byUnit) {
    var self = this, groups = [], byKey = {};
    this.order.forEach(function (id) {
      var key = byUnit ? unitOf(self.value(id, "牵头单位")) : self.rows[id].getAttribute("data-part");
      if (!byKey[key]) { byKey[key] = []; groups.push(key); }
      byKey[key].push(id);
    });
    if (byUnit && byKey[config.unassigned]) {
      groups.splice(groups.indexOf(config.unassigned), 1);
      groups.push(config.unassigned);
    }
    return groups.map(function (key) { return [key, byKey[key]]; });
  };

  Doc.prototype.refresh = function () {
    var self = this, groups = this.grouped(filters.group === "party");
    var focused = this.table.contains(document.activeElement) ? document.activeElement : null;
    $$("tbody", this.table).forEach(function (tb) { tb.parentNode.removeChild(tb); });
    var counts = {}, query = (filters.query || "").trim();
    groups.forEach(function (group) {
      var head = el("tbody", { "class": "grp" }), body = el("tbody", { "class": "rows" }), shown = 0;
      var th = el("th", { colspan: String(SHOWN.length + 1), scope: "rowgroup" }, group[0]);
      head.appendChild(el("tr")).appendChild(th);
      group[1].forEach(function (id) {
        var tr = self.rows[id], unit = unitOf(self.value(id, "牵头单位"));
        var removed = tr.classList.contains("removed");
        if (!removed) { counts[unit] = (counts[unit] || 0) + 1; }
        var ok = (!filters.unit || filters.unit === unit) &&
          (!filters.kind || filters.kind === tr.getAttribute("data-kind")) &&
          (!filters.deadline || !!self.value(id, "完成时限")) &&
          (!filters.borderline || tr.classList.contains("borderline")) &&
          (!query || tr.textContent.indexOf(query) >= 0);
        tr.classList.toggle("hide", !ok);
        if (ok) { shown++; }
        body.appendChild(tr);
      });
      head.classList.toggle("hide", !shown);
      self.table.appendChild(head);
      self.table.appendChild(body);
    });
    if (focused) { focused.focus({ preventScroll: true }); }
    this.counts = counts;
    var units = Object.keys(counts).sort(function (a, b) {
      return (a === config.unassigned) - (b === config.unassigned) || counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0);
    });
    this.countsList.textContent = "";
    units.forEach(function (u) {
      var li = el("li");
      li.appendChild(el("span", {}, u));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("b", {}, String(counts[u])));
      self.countsList.appendChild(li);
    });
    if (this === active) {
      fillUnits(units);
      this.fitHead();
    }
  };

  // ------------------------------------------------------------ export
  // a cell starting with = + - @, a tab or a CR gets a leading ' so that no spreadsheet runs it
  // as a formula (as the CSV writers of speechmine do; reading a ledger back removes it)
  function csvField(value) {
    value = value === undefined || value === null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(value)) { value = "'" + value; }
    return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
  }

  Doc.prototype.csv = function () {
    var self = this, header = COLS.concat([config.assigned, "变更", config.edited]), lines = [header], n = 0;
    this.grouped(false).forEach(function (group) {
      group[1].forEach(function (id) {
        var added = self.findAdded(id), edits = self.state.edits[id] || {};
        var cells = COLS.map(function (col) { return self.value(id, col); });
        n++;
        if (COLS.indexOf("序号") >= 0) { cells[COLS.indexOf("序号")] = String(n); }
        var change = added ? ADDED : (self.state.removed[id] ? REMOVED : "");
        var edited = added ? [] : COLS.filter(function (c) { return edits.hasOwnProperty(c); });
        lines.push(cells.concat([self.data.assigned, change, edited.join("、")]));
      });
    });
    return "\ufeff" + lines.map(function (cells) { return cells.map(csvField).join(","); }).join("\r\n") + "\r\n";
  };

  Doc.prototype.download = function () {
    var blob = new Blob([this.csv()], { type: "text/csv;charset=utf-8" });
    var a = el("a", { download: this.data.title.replace(/[\\\/:*?"<>|]/g, "_") + "（校核）.csv" });
    a.href = URL.createObjectURL(blob);
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  };

  // ------------------------------------------------------------ tools and tabs
  function control(label, node) {
    var wrap = el("label");
    wrap.appendChild(document.createTextNode(label));
    wrap.appendChild(node);
    tools.appendChild(wrap);
    return node;
  }
  function select(name, options) {
    var s = el("select", { name: name });
    options.forEach(function (o) { s.appendChild(el("option", { value: o[0] }, o[1])); });
    return s;
  }

  var groupSel, unitSel, kindSel, deadlineBox, borderBox, searchBox;
  function buildTools() {
    groupSel = control("分组 ", select("group", [["part", "按讲话结构"], ["party", "按牵头单位"]]));
    groupSel.value = config.by;
    unitSel = control("单位 ", select("unit", [["", "全部"]]));
    kindSel = control("类型 ", select("kind", [["", "全部"], ["task", "任务"], ["heading", "标题"],
      ["prohibition", "禁止性要求"], ["commitment", "承诺事项"], ["added", "人工新增"]]));
    deadlineBox = control("", el("input", { type: "checkbox", name: "deadline" }));
    deadlineBox.parentNode.appendChild(document.createTextNode(" 有时限"));
    borderBox = control("", el("input", { type: "checkbox", name: "borderline" }));
    borderBox.parentNode.appendChild(document.createTextNode(" 仅待确认"));
    searchBox = control("搜索 ", el("input", { type: "search", name: "q", placeholder: "任务文字" }));
    var exportButton = el("button", { type: "button", name: "export" }, "导出");
    tools.appendChild(exportButton);
    $(".legend").appendChild(el("span", { "class": "kbd" }, "键盘：Tab 进入清单，↑↓ 逐条，Enter 定位原文，空格 列入/不列入，/ 搜索"));
    [groupSel, unitSel, kindSel, deadlineBox, borderBox].forEach(function (c) { c.addEventListener("change", readFilters); });
    searchBox.addEventListener("input", readFilters);
    exportButton.addEventListener("click", function () { active.download(); });
    tools.hidden = false;
    readFilters();
  }
  function readFilters() {
    filters = { group: groupSel.value, unit: unitSel.value, kind: kindSel.value,
      deadline: deadlineBox.checked, borderline: borderBox.checked, query: searchBox.value };
    if (active) { active.refresh(); }
  }
  function clearFilters() {
    unitSel.value = ""; kindSel.value = ""; deadlineBox.checked = false; borderBox.checked = false; searchBox.value = "";
    readFilters();
  }
  function fillUnits(units) {
    var current = unitSel.value;
    unitSel.textContent = "";
    unitSel.appendChild(el("option", { value: "" }, "全部"));
    units.forEach(function (u) { unitSel.appendChild(el("option", { value: u }, u + "（" + active.counts[u] + "）")); });
    unitSel.value = units.indexOf(current) >= 0 ? current : "";
    filters.unit = unitSel.value;
  }

  function activate(doc) {
    active = doc;
    docs.forEach(function (d) { d.section.classList.toggle("active", d === doc); });
    $$(".tabs button").forEach(function (b) {
      var on = b.getAttribute("data-doc") === doc.id;
      b.setAttribute("aria-selected", on ? "true" : "false");
      b.tabIndex = on ? 0 : -1;
    });
    hideAdd();
    doc.refresh();
  }

  buildTools();
  docs = $$("section.doc").map(function (s) { return new Doc(s); });
  if (window.innerHeight < 800) { $$("details.counts").forEach(function (d) { d.open = false; }); }
  $$(".tabs button").forEach(function (b, i) {
    b.addEventListener("click", function () { activate(docs[i]); });
    b.addEventListener("keydown", function (ev) {
      var step = ev.key === "ArrowRight" ? 1 : ev.key === "ArrowLeft" ? -1 : 0;
      if (!step) { return; }
      var next = docs[(i + step + docs.length) % docs.length];
      activate(next);
      $('.tabs button[data-doc="' + next.id + '"]').focus();
    });
  });
  docs.forEach(function (d) { d.refresh(); });
  window.addEventListener("resize", function () { if (active) { active.fitHead(); } });
  activate(docs[0]);
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "/" && !/INPUT|SELECT|TEXTAREA/.test(ev.target.tagName) && !ev.target.isContentEditable) {
      ev.preventDefault();
      searchBox.focus();
    }
  });
  document.addEventListener("mousedown", function (ev) { if (ev.target !== addButton) { hideAdd(); } });
  window.speechmineReview = {
    docs: docs,
    csv: function (i) { return docs[i === undefined ? docs.indexOf(active) : i].csv(); },
    activate: function (i) { activate(docs[i]); },
    initMs: window.performance ? performance.now() - t0 : 0
  };
})();
