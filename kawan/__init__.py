"""KAWAN-PMI: wiring, settings, content and the `kawan` command line."""
