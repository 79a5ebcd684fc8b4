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

