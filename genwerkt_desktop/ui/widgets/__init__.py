"""Small widgets and helpers shared by the client list and the dossier views."""
