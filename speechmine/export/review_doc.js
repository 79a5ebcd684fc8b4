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

