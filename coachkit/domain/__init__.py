"""Plain dataclasses and pure rules: no SQL, no widgets."""
