"""Team mode on the desktop: the members, who holds which dossier, conflicts merged by hand."""
