"""What the OT API server needs from the platform that the other faces do not: shop customers' order
intake, OT instances and their sessions, and OT's order and line searches. The server in
`workstation.otapi.server` is a face over these, as the CLI and the GUI are over the rest."""
