"""The server benchmark's load harness (``bench.server_load``): users at once on PostgreSQL lose
no saved edit and meet no error but the designed conflict, and its lost-update check really
finds lost updates when the saves skip the version check."""

from __future__ import annotations

import pytest

from bench.server_load import lost_updates, make_plan, run_load


def test_lost_updates_are_the_saved_tokens_missing_from_the_final_text() -> None:
    # Two users load "x"; A saves "x [a]", then B saves "x [b]" over it: A's token is lost.
    saved = [("goal:1", "[a]"), ("goal:1", "[b]"), ("section:2", "[c]")]
    assert lost_updates(saved, {"goal:1": "x [b]", "section:2": "y [c]"}) == [("goal:1", "[a]")]
    assert lost_updates(saved, {"goal:1": "x [a] [b]", "section:2": "y [c]"}) == []


@pytest.mark.postgres_only
def test_users_editing_the_same_boxes_get_conflicts_and_lose_nothing(demo_path: object) -> None:
    # One goal and one note section for three users: they collide all the time.
    plan = make_plan(str(demo_path), goals=1, sections=1)
    result = run_load(plan, users=3, seconds=3, write_share=0.8)
    assert result.version_check
    assert result.errors == 0, result.error_samples
    assert result.reads > 0 and result.saved > 0
    assert result.conflicts > 0  # the designed refusal happened ...
    assert result.lost == []  # ... and no successful save was overwritten


@pytest.mark.postgres_only
def test_the_check_reports_lost_updates_when_saves_skip_the_version(demo_path: object) -> None:
    plan = make_plan(str(demo_path), goals=1, sections=0)
    result = run_load(plan, users=3, seconds=2, check_versions=False, write_share=1.0)
    assert not result.version_check
    assert result.saved > 0
    assert result.lost, "saves on stale reads went through, yet the check found no lost update"
