"""Leader and result agreements: templates, agreements, goals and assessments."""

from app.agreements.templates import (
    TemplateError,
    builtin_template_files,
    install_builtin_templates,
    load_template_file,
)

__all__ = ["TemplateError", "builtin_template_files", "install_builtin_templates", "load_template_file"]
