"""Package list for setuptools (everything else is in pyproject.toml).

The repository keeps the shipped brief and its seeds at the top (`briefs/`, `seeds/`) where curators edit them;
a wheel carries them inside the package as `bot/_shipped/briefs` and `bot/_shipped/seeds`, so `pip install .`
gives a bot that answers from any directory. pyproject.toml cannot add mapped packages to a `find`, hence this file.
"""

from setuptools import find_namespace_packages, setup

SHIPPED = {"bot._shipped.briefs": "briefs", "bot._shipped.seeds": "seeds"}

setup(
    packages=[*find_namespace_packages(include=["bot", "bot.*", "adapters", "adapters.*"]), *SHIPPED],
    package_dir=SHIPPED,
)
