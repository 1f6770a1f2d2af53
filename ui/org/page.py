"""Organisasjon: the units of the current organisation as a tree with leaders and follow-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QWidget

from app.formatting import format_number
from app.org.queries import current_version, unit_rows
from ui import labels
from ui.page import Page
from ui.store import Store


class OrgPage(Page):
    key = "organisasjon"
    help_chapter = "organisasjon"

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, today, parent)
        self.info = QLabel()
        self.layout_.addWidget(self.info)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.tree, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Enhet"), self.tr("Type"), self.tr("Leder"), self.tr("Oppfølging"),
                                   self.tr("Årsverk"), self.tr("Ansvar")])
        self.tree.setAccessibleName(self.tr("Enhetene i organisasjonen"))

    def refresh(self) -> None:
        self.tree.clear()
        version = self.store.read(current_version)
        if version is None:
            self.info.setText(self.tr("Ingen organisasjon er registrert ennå."))
            return
        rows = self.store.read(unit_rows, version.id, self.today)
        self.info.setText(self.tr("{version} – {n} enheter").format(version=version.name, n=len(rows)))
        by_id = {r.id: r for r in rows}
        items: dict = {}
        pending = list(rows)
        # Parents come before children in the tree; rows arrive sorted by sibling order.
        while pending:
            rest = []
            for r in pending:
                if r.parent_id is not None and r.parent_id not in items:
                    rest.append(r)
                    continue
                if r.kind == "top_team" and not r.leader and r.parent_id in by_id:
                    leader = by_id[r.parent_id].leader or ""  # the rådmann leads the top team
                elif r.leader:
                    leader = r.leader
                elif r.acting_leader:
                    leader = self.tr("Ledig (fungerende: {name})").format(name=r.acting_leader)
                else:
                    leader = self.tr("Ledig")
                item = QTreeWidgetItem([r.name, labels.unit_kind(r.kind), leader, r.follow_up_lead or "",
                                        format_number(float(r.fte), 1), ", ".join(r.ansvar)])
                parent = items.get(r.parent_id)
                (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
                items[r.id] = item
            if len(rest) == len(pending):  # orphans: show them at the top rather than lose them
                for r in rest:
                    items[r.id] = QTreeWidgetItem([r.name])
                    self.tree.addTopLevelItem(items[r.id])
                break
            pending = rest
        self.tree.expandToDepth(1)
        for col in range(1, 6):
            self.tree.resizeColumnToContents(col)
