"""The audit log as users read it, and its export."""
