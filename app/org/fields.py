"""The fields a column of a unit list can mean (import mapping and ``--map HEADER=FIELD``).

Its own small module so the command line can offer them without loading the importer.
"""

ORG_FIELDS = ("id", "parent", "name", "kind", "leader", "ansvar", "fte", "ignore")
