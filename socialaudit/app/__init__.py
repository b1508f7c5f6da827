"""The application: the command line, the scheduled run, the review web app and the
demo. The only layer that wires the others together (core, auditors, crawler,
storage, reports)."""
