import Testing

/// Every test that opens an ncurses screen lives under this suite: ncurses keeps one current
/// screen per process, so they must run one at a time, never beside each other.
@Suite(.serialized) struct NCursesSuite {}
