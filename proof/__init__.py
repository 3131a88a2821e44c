"""Adversarial proof harness for the ``genwerkt`` command (see proof/README.md).

It drives the real command in subprocesses on throwaway stores: kills it mid-write,
feeds it wrong passphrases, damaged stores, bad input, a full disk and a second process,
and counts what held.  ``python -m proof.run`` is the entry point.
"""
