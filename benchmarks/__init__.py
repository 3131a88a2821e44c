"""Benchmarks of the product's performance promises; run with ``python -m benchmarks.run``.

Each module measures one promise and returns :class:`benchmarks.common.Metric` records;
``run`` puts them in a table and in ``benchmarks/results.json``.  Everything happens in a
temporary folder that is removed afterwards, including the plaintext comparison copy.
"""
