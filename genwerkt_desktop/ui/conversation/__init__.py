"""Conversation mode: while the coach is with a client, the window shows that client only,
the idle lock waits longer and the lock is one key away (issue 19).

``presenter`` decides, ``views`` lay out, ``window`` is what the main window changes.
Nothing is imported here: the main window needs only ``window`` before the vault opens.
"""
