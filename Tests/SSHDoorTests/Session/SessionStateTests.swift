import Testing

@testable import SSHDoor

/// What the door does with each request of a session channel, without a socket or a process.
@Suite struct SessionStateTests {
    static let size = WindowSize(columns: 80, rows: 24)

    /// A session that asked for a terminal and a shell and got its child.
    static func running() -> SessionState {
        var state = SessionState()
        _ = state.update(.terminalRequested(term: "tmux-256color", size: size))
        _ = state.update(.shellRequested)
        _ = state.update(.childStarted)
        return state
    }

    @Test func aTerminalAndAShellStartTheChildWithTheTermAndTheLatestSize() {
        var state = SessionState()
        #expect(state.update(.terminalRequested(term: "xterm-256color", size: Self.size)) == [.answer(true)])
        #expect(state.update(.environmentSent(name: "LANG", value: "C.UTF-8")) == [.answer(true)])
        #expect(state.update(.windowChanged(.init(columns: 100, rows: 40))) == [])
        let effects = state.update(.shellRequested)
        guard case .startChild(let term, let size, let environment) = effects.first else {
            Issue.record("no child started: \(effects)")
            return
        }
        #expect(term == "xterm-256color")
        #expect(size == .init(columns: 100, rows: 40))
        #expect(environment.fromClient == ["LANG": "C.UTF-8"])
        #expect(state.update(.childStarted) == [.answer(true)], "the shell request is answered once the child runs")
        #expect(state.phase == .running)
    }

    @Test func aShellWithoutATerminalIsRefused() {
        var state = SessionState()
        #expect(state.update(.shellRequested) == [.refuse(SessionText.needsTerminal)])
        #expect(state.phase == .over)
    }

    @Test(arguments: [SessionState.Event.commandRequested, .subsystemRequested])
    func commandsAndSubsystemsAreRefusedWithOrWithoutATerminal(_ request: SessionState.Event) {
        var bare = SessionState()
        #expect(bare.update(request) == [.refuse(SessionText.onlyTheSignInScreen)])
        var withTerminal = SessionState()
        _ = withTerminal.update(.terminalRequested(term: "xterm", size: Self.size))
        #expect(withTerminal.update(request) == [.refuse(SessionText.onlyTheSignInScreen)])
    }

    @Test func aChildThatCannotStartIsRefusedWithTheReason() {
        var state = SessionState()
        _ = state.update(.terminalRequested(term: "xterm", size: Self.size))
        _ = state.update(.shellRequested)
        #expect(state.update(.childNotStarted("All 1 sessions are in use.")) == [.refuse("All 1 sessions are in use.")])
    }

    @Test func windowChangesResizeTheRunningChild() {
        var state = Self.running()
        #expect(state.update(.windowChanged(.init(columns: 120, rows: 50))) == [.resize(.init(columns: 120, rows: 50))])
    }

    @Test func requestsAfterTheStartAreDeclined() {
        var state = Self.running()
        #expect(state.update(.shellRequested) == [.answer(false)])
        #expect(state.update(.commandRequested) == [.answer(false)])
        #expect(state.update(.terminalRequested(term: "xterm", size: Self.size)) == [.answer(false)])
        #expect(state.update(.environmentSent(name: "LANG", value: "C.UTF-8")) == [.answer(false)])
        #expect(state.phase == .running)
    }

    /// The exit status follows the child's last output: both must have happened, in either order.
    @Test func theSessionFinishesOnceTheChildExitedAndItsTerminalClosed() {
        var exitFirst = Self.running()
        #expect(exitFirst.update(.childExited(.exited(0))) == [])
        #expect(exitFirst.update(.terminalClosed) == [.finish(.exited(0), notice: nil)])
        #expect(exitFirst.phase == .over)

        var terminalFirst = Self.running()
        #expect(terminalFirst.update(.terminalClosed) == [])
        #expect(terminalFirst.update(.childExited(.exited(3))) == [.finish(.exited(3), notice: nil)])
    }

    @Test func aClientThatLeavesHangsUpTheChild() {
        var state = Self.running()
        #expect(state.update(.clientLeft) == [.hangUp])
        #expect(state.update(.clientLeft) == [], "one hang-up")
        _ = state.update(.childExited(.signaled(1)))
        #expect(state.update(.terminalClosed) == [.finish(.signaled(1), notice: nil)], "cleaned up all the same")
    }

    @Test func aLimitHangsUpTheChildAndTellsWhyAtTheEnd() {
        var state = Self.running()
        #expect(state.update(.timeUp("The session ended after 10 minutes without a key press.")) == [.hangUp])
        _ = state.update(.terminalClosed)
        #expect(state.update(.childExited(.signaled(1)))
            == [.finish(.signaled(1), notice: "The session ended after 10 minutes without a key press.")])
    }

    @Test func aLimitBeforeTheShellRefusesWithTheNotice() {
        var state = SessionState()
        #expect(state.update(.timeUp("Time is up.")) == [.refuse("Time is up.")])
    }

    @Test func aClientLeavingBeforeTheShellEndsTheSessionQuietly() {
        var state = SessionState()
        _ = state.update(.terminalRequested(term: "xterm", size: Self.size))
        #expect(state.update(.clientLeft) == [])
        #expect(state.phase == .over)
        #expect(state.update(.shellRequested) == [.answer(false)])
    }
}
