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
