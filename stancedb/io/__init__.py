"""Reading inputs: files, folders and records into articles."""
