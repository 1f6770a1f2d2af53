"""Leader and result agreements: templates (``templates``), use cases (``service``, ``common``,
``overview``), the printable document (``document``, ``builder``) and its outputs
(``render_pdf``, ``render_docx``, ``batch``, ``preview``), and the command line (``cli``).

Deliberately empty: the command-line parser imports ``app.agreements.cli`` at start-up and
must not pull in the database stack through this package.
"""
