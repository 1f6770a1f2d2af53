"""The Målekart page (issue 19): the unit's and the municipality's målekart, the grid of values, the
balance check, the dialogs that define the målekart, and the values box of the meeting note."""
