"""The client list: search, filters, the first reception, archive and delete for good.

The list itself (``model``, ``view``, ``panel``) imports without the database layer: right
after unlocking it shows the names before that layer is loaded (ui/preload.py).
"""
