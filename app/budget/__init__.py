"""Budget, accounts and forecast sets imported from the accounting system."""
