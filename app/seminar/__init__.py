"""Ledersamling: packages for seminars, seminar notes, the merge back (docs/SEMINAR.md)."""
