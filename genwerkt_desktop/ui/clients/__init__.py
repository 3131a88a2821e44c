"""The client list: search, filters, the first reception, archive and delete for good."""

from .model import ClientFilterProxy, ClientTableModel
from .new_client_dialog import NewClientDialog
from .panel import ClientsPanel

__all__ = ["ClientFilterProxy", "ClientTableModel", "ClientsPanel", "NewClientDialog"]
