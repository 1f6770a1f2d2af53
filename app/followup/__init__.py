"""Monthly follow-up meetings and their action items."""
