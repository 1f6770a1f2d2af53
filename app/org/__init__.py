"""The organisation: versions, units, people, follow-up links and networks."""
