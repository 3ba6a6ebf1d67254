"""The OT API server: a face of the services (like the CLI and the GUI), serving the local
platform to a shop's ordering system. Only this package of `otapi` imports services and store."""
