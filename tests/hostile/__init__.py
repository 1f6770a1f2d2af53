"""Hostile files against the importers: a corpus made at test time, a runner that reads each in
a forked child under a memory limit, and property-based fuzzing (docs/RELIABILITY.md)."""
