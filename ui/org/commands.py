"""Undoable organisation edits: each command is a pair of ``app.org`` calls (do / undo),
run through the store so each is one transaction and every page reloads after it."""

from __future__ import annotations

import uuid
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.org import links, people, units
from ui.commands import StoreCommand
from ui.store import Store


class MoveUnit(StoreCommand):
    def __init__(self, store: Store, unit_id: uuid.UUID, new_parent_id: uuid.UUID | None, position: int,
                 name: str) -> None:
        super().__init__(QCoreApplication.translate("OrgCommands", "Flytt {name}").format(name=name))
        self.store, self.unit_id, self.new = store, unit_id, (new_parent_id, position)
        self.old: tuple[uuid.UUID | None, int] | None = None

    def do(self) -> None:
        self.old = self.store.run(units.move_unit, self.unit_id, *self.new)

    def revert(self) -> None:
        assert self.old is not None
        self.store.run(units.move_unit, self.unit_id, *self.old)


class UpdateUnit(StoreCommand):
    """Change fields of a unit; undo writes the old values back."""

    def __init__(self, store: Store, unit_id: uuid.UUID, changes: dict[str, Any], name: str) -> None:
        super().__init__(QCoreApplication.translate("OrgCommands", "Endre {name}").format(name=name))
        self.store, self.unit_id, self.changes = store, unit_id, changes
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = self.store.run(units.update_unit, self.unit_id, **self.changes)

    def revert(self) -> None:
        self.store.run(units.update_unit, self.unit_id, **self.old)


class SetAnsvar(StoreCommand):
    def __init__(self, store: Store, unit_id: uuid.UUID, codes: list[str], name: str) -> None:
        super().__init__(QCoreApplication.translate("OrgCommands", "Endre ansvar for {name}").format(name=name))
        self.store, self.unit_id, self.codes = store, unit_id, codes
        self.old: list[str] = []

    def do(self) -> None:
        self.old = self.store.run(units.set_ansvar_codes, self.unit_id, self.codes)

    def revert(self) -> None:
        self.store.run(units.set_ansvar_codes, self.unit_id, self.old)


class AddUnit(StoreCommand):
    """Add a unit; undo deletes it, and redo after undo restores it with the same id."""

    def __init__(self, store: Store, version_id: uuid.UUID, parent_id: uuid.UUID | None, name: str,
                 kind: str) -> None:
        super().__init__(QCoreApplication.translate("OrgCommands", "Ny enhet {name}").format(name=name))
        self.store = store
        self.add = partial(units.add_unit, version_id=version_id, parent_id=parent_id, name=name, kind=kind)
        self.unit_id: uuid.UUID | None = None
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.unit_id = self.store.run(lambda s: self.add(s).id)
        else:
            self.store.run(units.restore_subtree, self.snapshot)

    def revert(self) -> None:
        self.snapshot = self.store.run(units.delete_unit, self.unit_id)


class DeleteUnit(StoreCommand):
    def __init__(self, store: Store, unit_id: uuid.UUID, name: str) -> None:
        super().__init__(QCoreApplication.translate("OrgCommands", "Slett {name}").format(name=name))
        self.store, self.unit_id = store, unit_id
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        self.snapshot = self.store.run(units.delete_unit, self.unit_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        self.store.run(units.restore_subtree, self.snapshot)


class Appoint(StoreCommand):
    """Make a person leader (or acting leader) from a date; the previous one's position ends.

    With ``new_person`` (given_name, family_name, title) the person is created in the same
    transaction as the appointment: a refused appointment (an end before the start) leaves no
    person behind, and undo removes the person it made."""

    def __init__(self, store: Store, unit_id: uuid.UUID, person_id: uuid.UUID | None, role: str, start: date,
                 end: date | None, text: str, new_person: dict[str, str] | None = None) -> None:
        super().__init__(text)
        self.store = store
        self.person_id, self.new_person = person_id, new_person
        self.appoint = partial(people.appoint, unit_id=unit_id, role=role, start=start, end=end)
        self.result: people.AppointResult | None = None
        self.created: uuid.UUID | None = None

    def _run(self, session: Any) -> tuple[people.AppointResult, uuid.UUID | None]:
        created = None
        person_id = self.person_id
        if person_id is None:
            person_id = created = people.add_person(session, **(self.new_person or {})).id
        return self.appoint(session, person_id=person_id), created

    def do(self) -> None:
        self.result, self.created = self.store.run(self._run)

    def revert(self) -> None:
        assert self.result is not None
        result, created = self.result, self.created

        def undo(session: Any) -> None:
            people.undo_appoint(session, result)
            if created is not None:
                people.delete_person(session, created)

        self.store.run(undo)


class EndPosition(StoreCommand):
    def __init__(self, store: Store, position_id: uuid.UUID, end: date | None, text: str) -> None:
        super().__init__(text)
        self.store, self.position_id, self.end = store, position_id, end
        self.old: date | None = None

    def do(self) -> None:
        self.old = self.store.run(people.end_position, self.position_id, self.end)

    def revert(self) -> None:
        self.store.run(people.end_position, self.position_id, self.old)


class SetFollowUpLead(StoreCommand):
    def __init__(self, store: Store, unit_id: uuid.UUID, person_id: uuid.UUID | None, start: date,
                 name: str) -> None:
        super().__init__(QCoreApplication.translate("OrgCommands", "Endre oppfølging for {name}").format(name=name))
        self.store = store
        self.set_lead = partial(links.set_follow_up_lead, unit_id=unit_id, person_id=person_id, start=start)
        self.change: links.FollowUpChange | None = None

    def do(self) -> None:
        self.change = self.store.run(self.set_lead)

    def revert(self) -> None:
        assert self.change is not None
        self.store.run(links.undo_follow_up, self.change)


class SetNetworkMembers(StoreCommand):
    def __init__(self, store: Store, network_id: uuid.UUID, unit_ids: list[uuid.UUID],
                 coordinator_id: uuid.UUID | None, name: str) -> None:
        super().__init__(QCoreApplication.translate("OrgCommands", "Endre nettverket {name}").format(name=name))
        self.store, self.network_id = store, network_id
        self.new = (unit_ids, coordinator_id)
        self.old: tuple[list[uuid.UUID], uuid.UUID | None] | None = None

    def do(self) -> None:
        self.old = self.store.run(links.set_network_members, self.network_id, *self.new)

    def revert(self) -> None:
        assert self.old is not None
        self.store.run(links.set_network_members, self.network_id, *self.old)


class UpdatePerson(StoreCommand):
    def __init__(self, store: Store, person_id: uuid.UUID, changes: dict[str, Any], name: str) -> None:
        super().__init__(QCoreApplication.translate("OrgCommands", "Endre {name}").format(name=name))
        self.store, self.person_id, self.changes = store, person_id, changes
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = self.store.run(people.update_person, self.person_id, **self.changes)

    def revert(self) -> None:
        self.store.run(people.update_person, self.person_id, **self.old)


class AddPerson(StoreCommand):
    """Register a person; undo removes them again (possible while they hold no position)."""

    def __init__(self, store: Store, fields: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.store, self.fields = store, fields
        self.person_id: uuid.UUID | None = None

    def do(self) -> None:
        self.person_id = self.store.run(lambda s: people.add_person(s, **self.fields).id)

    def revert(self) -> None:
        self.store.run(people.delete_person, self.person_id)


class MoveLeader(StoreCommand):
    def __init__(self, store: Store, person_id: uuid.UUID, from_unit_id: uuid.UUID, to_unit_id: uuid.UUID,
                 on: date, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.move = partial(people.move_leader, person_id=person_id, from_unit_id=from_unit_id, to_unit_id=to_unit_id,
                            on=on)
        self.result: people.MoveLeaderResult | None = None

    def do(self) -> None:
        self.result = self.store.run(self.move)

    def revert(self) -> None:
        assert self.result is not None
        self.store.run(people.undo_move_leader, self.result)


class SaveThresholds(StoreCommand):
    def __init__(self, store: Store, thresholds: Any, text: str) -> None:
        super().__init__(text)
        self.store, self.new = store, thresholds
        self.old: Any = None

    def do(self) -> None:
        from app.org.checks import save_thresholds

        self.old = self.store.run(save_thresholds, self.new)

    def revert(self) -> None:
        from app.org.checks import save_thresholds

        self.store.run(save_thresholds, self.old)


class Restructure(StoreCommand):
    """«Slå sammen enheter», «Del enhet» or «Flytt flere»: one ``app.org.restructure`` call, undone by
    ``restructure.undo`` with what it returned and done again by ``restructure.redo`` with the same ids."""

    def __init__(self, store: Store, text: str, fn: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(text)
        self.store, self.fn, self.args, self.kwargs = store, fn, args, kwargs
        self.change: Any = None

    def do(self) -> None:
        from app.org import restructure

        if self.change is None:
            self.change = self.store.run(self.fn, *self.args, **self.kwargs)
        else:  # redo after undo: the same rows and ids back, so later commands still find them
            self.store.run(restructure.redo, self.change)

    def revert(self) -> None:
        from app.org import restructure

        self.store.run(restructure.undo, self.change)


def merge_units(store: Store, unit_ids: list[uuid.UUID], name: str, effective: date,
                leader_person_id: uuid.UUID | None = None) -> Restructure:
    from app.org import restructure

    return Restructure(store, QCoreApplication.translate("OrgCommands", "Slå sammen til {name}").format(name=name),
                       restructure.merge_units, unit_ids, name, effective, leader_person_id=leader_person_id)


def split_unit(store: Store, unit_id: uuid.UUID, new_name: str, effective: date, **choices: Any) -> Restructure:
    from app.org import restructure

    return Restructure(store, QCoreApplication.translate("OrgCommands", "Del ut {name}").format(name=new_name),
                       restructure.split_unit, unit_id, new_name, effective, **choices)


def move_units(store: Store, unit_ids: list[uuid.UUID], new_parent_id: uuid.UUID | None) -> Restructure:
    from app.org import restructure

    return Restructure(store, QCoreApplication.translate("OrgCommands", "Flytt {n} enheter").format(n=len(unit_ids)),
                       restructure.move_units, unit_ids, new_parent_id)


class AddRelation(StoreCommand):
    """A purchaser/provider or staff contact line; undo removes it, redo puts the same row back."""

    def __init__(self, store: Store, from_id: uuid.UUID, to_id: uuid.UUID, kind: str) -> None:
        super().__init__(QCoreApplication.translate("OrgCommands", "Ny forbindelse"))
        self.store, self.args = store, (from_id, to_id, kind)
        self.snapshot: dict[str, Any] | None = None
        self.relation_id: uuid.UUID | None = None

    def do(self) -> None:
        from app.org import relations

        if self.snapshot is None:
            self.relation_id = self.store.run(relations.add_relation, *self.args)
        else:
            self.store.run(relations.restore_relation, self.snapshot)

    def revert(self) -> None:
        from app.org import relations

        self.snapshot = self.store.run(relations.delete_relation, self.relation_id)


class DeleteRelation(StoreCommand):
    def __init__(self, store: Store, relation_id: uuid.UUID) -> None:
        super().__init__(QCoreApplication.translate("OrgCommands", "Slett forbindelse"))
        self.store, self.relation_id = store, relation_id
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        from app.org import relations

        self.snapshot = self.store.run(relations.delete_relation, self.relation_id)

    def revert(self) -> None:
        from app.org import relations

        self.store.run(relations.restore_relation, self.snapshot)


class SetRoleDescription(StoreCommand):
    """Save a position's role description; undo writes the old texts back."""

    def __init__(self, store: Store, position_id: uuid.UUID, values: dict[str, str], name: str) -> None:
        super().__init__(QCoreApplication.translate("OrgCommands", "Rollebeskrivelse for {name}").format(name=name))
        self.store, self.position_id, self.values = store, position_id, values
        self.old: dict[str, str] = {}

    def do(self) -> None:
        from app.org import roles

        self.old = self.store.run(roles.set_role_description, self.position_id, **self.values)

    def revert(self) -> None:
        from app.org import roles

        self.store.run(roles.set_role_description, self.position_id, **self.old)
