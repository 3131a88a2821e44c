"""Team mode on the laptop: link to the team's server, admit, sync, hand over, merge."""
