"""The vocabulary of a checklist table, shared by every writer and by the tracking ledger: its
columns, statuses, views, and the 变更 labels a ledger update writes."""
from __future__ import annotations

COLUMNS = ("序号", "任务编号", "工作任务", "任务要点", "具体要求/量化目标", "牵头领导", "牵头单位",
           "责任单位", "配合单位", "完成时限", "截止日期", "进展情况", "状态", "是否销号", "原文出处",
           "备注", "任务ID")
ASSIGNED = "交办日期"
"""The column a written checklist adds after `COLUMNS`: the day the tasks were assigned (the
document's date), from which 黄 (behind schedule) counts."""
STATUSES = ("未启动", "推进中", "已完成", "已销号")
UNASSIGNED = "全体/未明确"
SUGGESTED = "（建议）"
VIEWS = ("part", "party")
GROUP_COLUMN = "分组"
"""The leading column of a CSV grouped by lead unit (`by="party"`)."""
NEAR_DAYS = 3
"""A task due within this many days is 蓝 (near its deadline)."""

TRACK_COLUMNS = ("来源文件", "交办日期", "变更")
LEDGER_COLUMNS = COLUMNS + TRACK_COLUMNS
EDITED_COLUMN = "人工修改"
"""Where the review page lists the cells staff corrected (they count as edited on update)."""
KEPT, SIMILAR, NEW, REMOVED, RESTORED, UNTOUCHED, EXCLUDED = (
    "kept", "similar", "new", "removed", "restored", "untouched", "excluded")
LABELS = {NEW: "新增", SIMILAR: "已修改", REMOVED: "已删除", RESTORED: "恢复", EXCLUDED: "不列入"}
"""What a ledger's 变更 column says for each change an update makes."""
