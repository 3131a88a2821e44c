"""Team mode on the desktop: the Instellingen section, syncing, the client list's badges,
read-only copies and handing a dossier over."""
