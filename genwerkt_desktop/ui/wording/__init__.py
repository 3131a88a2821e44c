"""The interface's words for facts the domain and services return as data."""
