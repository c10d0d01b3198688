import AuthModel

/// Sessions: resume with a remember token, sign out, list, revoke one or all the others.
struct SessionRoutes {
    func register(on routes: OperationRouter) {
        let sessions = routes.services.sessions
        routes.on(.resumeSession, body: ResumeSessionRequest.self) { call in
            SessionResponse(session: try await sessions.resume(rememberToken: call.body.rememberToken, origin: call.origin))
        }
        routes.on(.signOut) { call in
            try await sessions.signOut(try call.current, origin: call.origin)
            return NoContent()
        }
        routes.on(.listSessions) { call in
            try await sessions.list(try call.current)
        }
        routes.on(.revokeSession) { call in
            try await sessions.revoke(id: try call.parameter("id"), try call.current, origin: call.origin)
            return NoContent()
        }
        routes.on(.endOtherSessions) { call in
            try await sessions.endOthers(try call.current, origin: call.origin)
            return NoContent()
        }
    }
}
