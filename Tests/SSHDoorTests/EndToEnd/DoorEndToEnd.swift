import Testing

/// The door's end-to-end suites, one test at a time: each runs a server, a door, tmux, ssh and
/// authterm, and together they would crowd the machine the other suites time themselves on.
@Suite(.serialized) enum DoorEndToEnd {}
