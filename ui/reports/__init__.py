"""Reports from the window (Fil → Rapporter, «Rapporter …» on Oppfølging) and the print preview."""
