"""The list of agreements shown on the Avtaler page (kept for callers of the first version).

The list and its filters live in ``app.agreements.overview``.
"""

from __future__ import annotations

from app.agreements.overview import AgreementFilter, AgreementRow, list_agreements

__all__ = ["AgreementFilter", "AgreementRow", "list_agreements"]
