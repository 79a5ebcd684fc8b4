"""Run the speechmine command line from a checkout: `python cli.py extract SPEECH.txt`."""
from speechmine.cli import main

if __name__ == "__main__":
    main()
