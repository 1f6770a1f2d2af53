"""Målekart (scorecards, issue 19): focus areas, indicators, the units' målekart, measured values,
colours, the municipal roll-up, the monthly årsprognose, the tertial report built on them, year end
and the rådmann's yearly plan.

Modules and the public functions the window pages call (each takes a session; the caller owns the
transaction, one user action = one call):

- :mod:`app.scorecard.model` — definitions and values: :func:`~app.scorecard.model.ensure_focus_areas`,
  :func:`~app.scorecard.model.define_indicator`, :func:`~app.scorecard.model.set_unit_indicator`,
  :func:`~app.scorecard.model.enter_value`, :func:`~app.scorecard.model.clear_value`,
  :func:`~app.scorecard.model.link_goal`, :func:`~app.scorecard.model.goal_indicator_text`,
  :func:`~app.scorecard.model.parse_period`.
- :mod:`app.scorecard.colours` — :func:`~app.scorecard.colours.colour` (green/yellow/red/none).
- :mod:`app.scorecard.rollup` — the pages' reads: :func:`~app.scorecard.rollup.municipal_scorecard`
  (the municipality's målekart with the units under each indicator),
  :func:`~app.scorecard.rollup.unit_scorecard` (one unit's målekart with a trend),
  :func:`~app.scorecard.rollup.summary_rows` (the command line's rows), :func:`~app.scorecard.rollup.attention_lines`
  (Oversikt: red two periods in a row, values missing after a period closed),
  :func:`~app.scorecard.rollup.balance` (goals per focus area).
- :mod:`app.scorecard.forecast` — the meeting's årsprognose.
- :mod:`app.scorecard.importer` — values from a spreadsheet, all or nothing.
- :mod:`app.scorecard.report` — the tertial report (PDF, xlsx, docx; ``public`` for the politicians).
"""
