"""One module per view: ipywidgets wired to services, no SQL."""
