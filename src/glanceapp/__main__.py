import sys

from glanceapp.cli import main

sys.exit(main())
