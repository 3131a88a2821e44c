"""Only the package list lives here: pyproject.toml cannot both find the packages and add
``genwerkt_desktop.resources``, which is the repository's top-level ``resources/`` folder
(mapped in pyproject's package-dir).  Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["genwerkt_desktop", "genwerkt_desktop.*"]),
        "genwerkt_desktop.resources",
    ]
)
