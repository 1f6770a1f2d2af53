"""Benchmarks: ``python -m bench`` runs them all, prints a table and writes JSON.

Each figure is measured side by side with its peer in the same run and reported as a ratio.
They are not tests; CI runs them only with ``--quick`` as a smoke pass.
"""
