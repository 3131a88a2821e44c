"""Team mode on the desktop: the Instellingen section, syncing, the client list's badges,
read-only copies, handing a dossier over, the members, who holds which dossier, and
conflicts merged by hand."""
