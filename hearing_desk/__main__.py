import sys

from hearing_desk.cli import main

sys.exit(main())
