import AuthModel
import Foundation

/// The two-step sign-in: e-mail, then password, then (with MFA on) a code.
/// Unknown e-mails get the same answers, with similar timing, as registered ones.
struct SignInService: Sendable {
    let services: Services

    /// Codes one sign-in may try; then it has to start again.
    static let codeAttemptsPerFlow = 5

    func start(email: String, origin: ClientOrigin) async throws -> StartSignInResponse {
        let email = try EmailAddress.normalized(email)
        try await services.throttle.spend(.signInStart, address: origin)
        let flow = SecureRandom.token()
        let expiresAt = services.clock.now.addingTimeInterval(TimeInterval(services.configuration.signInFlowLifetime))
        try await services.store.insertFlow(
            SignInFlowRecord(
                idHash: TokenDigest.sha256Hex(flow), email: email,
                userID: try await services.store.user(email: email)?.id, stage: .password, remember: false,
                expiresAt: expiresAt))
        return StartSignInResponse(flow: flow, next: .password, expiresAt: expiresAt)
    }

    func submitPassword(flow id: String, _ request: SubmitPasswordRequest, origin: ClientOrigin) async throws
        -> SignInProgress
    {
        try await counted { try await passwordStep(flow: id, request, origin: origin) }
    }

    private func passwordStep(flow id: String, _ request: SubmitPasswordRequest, origin: ClientOrigin) async throws
        -> SignInProgress
    {
        let flow = try await flow(id, at: .password)
        var registered: UserRecord?
        if let id = flow.userID { registered = try await services.store.user(id: id) }
        let user = try await services.passwords.verify(
            request.password, email: flow.email, user: registered, origin: origin)
        guard user.mfaEnabled else { return try await finish(flow, user: user, remember: request.remember, origin: origin) }
        let methods = try await services.store.methods(userID: user.id)
        if methods.isEmpty {
            let session = try await services.sessions.open(
                completing: flow, user: user, remember: request.remember, origin: origin)
            return SignInProgress(next: .setup, session: session)
        }
        guard try await services.store.moveFlowToCode(idHash: flow.idHash, remember: request.remember) else {
            throw APIError.flowExpired
        }
        return SignInProgress(next: .code, methods: methods.map(\.signInMethod))
    }

    func sendCode(flow id: String, _ request: SendCodeRequest, origin: ClientOrigin) async throws {
        let flow = try await flow(id, at: .code)
        try await services.mfa.sendSMSCode(toMethod: request.method, of: try await user(of: flow), origin: origin, for: .signInSMS)
    }

    func submitCode(flow id: String, _ request: SubmitCodeRequest, origin: ClientOrigin) async throws -> SignInProgress {
        try await counted { try await codeStep(flow: id, request, origin: origin) }
    }

    private func codeStep(flow id: String, _ request: SubmitCodeRequest, origin: ClientOrigin) async throws -> SignInProgress {
        let flow = try await flow(id, at: .code)
        let user = try await user(of: flow)
        let store = services.store
        let now = services.clock.now
        try await services.secondFactor.verifyCounted(
            code: request.code, methodID: request.method, user: user, origin: origin
        ) {
            guard try await store.reserveCodeAttempt(idHash: flow.idHash, at: now, limit: Self.codeAttemptsPerFlow) else {
                throw APIError(.flowExpired, "Too many wrong codes for this sign-in; start again.")
            }
        }
        return try await finish(flow, user: user, remember: flow.remember, origin: origin)
    }

    private func finish(_ flow: SignInFlowRecord, user: UserRecord, remember: Bool, origin: ClientOrigin) async throws
        -> SignInProgress
    {
        let session = try await services.sessions.open(completing: flow, user: user, remember: remember, origin: origin)
        return SignInProgress(next: .done, session: session)
    }

    /// Counts how a password or code step ended, for `/metrics`.
    private func counted(_ step: () async throws -> SignInProgress) async throws -> SignInProgress {
        do {
            let progress = try await step()
            services.metrics.signIn(Self.outcome(of: progress.next))
            return progress
        } catch let error as APIError {
            services.metrics.signIn(error.code.rawValue)
            throw error
        }
    }

    private static func outcome(of next: SignInStep) -> String {
        switch next {
        case .done: "signed_in"
        case .code: "code_required"
        case .setup: "setup_required"
        case .password: "password_required"
        }
    }

    /// The flow of `id` when it is at `stage` and not expired; otherwise `flow_expired`.
    private func flow(_ id: String, at stage: SignInFlowRecord.Stage) async throws -> SignInFlowRecord {
        guard let flow = try await services.store.flow(idHash: TokenDigest.sha256Hex(id)), flow.stage == stage,
              flow.expiresAt > services.clock.now
        else { throw APIError.flowExpired }
        return flow
    }

    private func user(of flow: SignInFlowRecord) async throws -> UserRecord {
        guard let id = flow.userID, let user = try await services.store.user(id: id) else { throw APIError.flowExpired }
        return user
    }
}

extension MethodRecord {
    var signInMethod: SignInMethod {
        SignInMethod(id: id, kind: kind, label: label, destination: destination)
    }

    var mfaMethod: MFAMethod {
        MFAMethod(id: id, kind: kind, label: label, createdAt: createdAt, lastUsedAt: lastUsedAt, destination: destination)
    }
}
