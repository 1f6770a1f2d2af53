"""The frozen program's entry script: the same ``ui.main:main`` that pip installs."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
