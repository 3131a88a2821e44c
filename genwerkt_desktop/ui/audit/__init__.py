"""The audit log viewer and the list of dossiers past their keeping period."""

from .retention_view import RetentionDialog
from .view import AuditDialog

__all__ = ["AuditDialog", "RetentionDialog"]
