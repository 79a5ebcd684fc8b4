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

