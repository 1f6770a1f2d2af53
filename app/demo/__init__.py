"""The demo municipality: a complete, invented two-level municipality to try the program on."""

from app.demo.builder import DemoSummary, build_demo

__all__ = ["DemoSummary", "build_demo"]
