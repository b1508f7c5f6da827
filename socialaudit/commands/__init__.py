"""Sub-commands beyond `audit`, one module each; importing one registers it on `cli.main`."""
