"""Start Exchange Desktop: ``python main.py`` opens the window, ``python main.py --help`` lists
the commands."""

import sys

from exchange_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
