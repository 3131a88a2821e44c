"""Persistence: the encrypted vault, its key header and the optional device key store."""
