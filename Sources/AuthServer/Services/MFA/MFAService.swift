import AuthModel
import Foundation

/// Enrolling, confirming, renaming and removing MFA methods, enabling MFA, and recovery codes.
struct MFAService: Sendable {
    let services: Services

    /// How long an enrollment and an SMS code stay valid.
    static let setupLifetime: TimeInterval = 600
    /// 160 random bits, as RFC 4226 recommends.
    static let secretByteCount = 20
    static let recoveryCodeCount = 10

    func status(of user: UserRecord) async throws -> MFAStatus {
        let store = services.store
        return MFAStatus(
            enabled: user.mfaEnabled, methods: try await store.methods(userID: user.id).map(\.mfaMethod),
            recoveryCodesRemaining: try await store.recoveryCodeCount(userID: user.id))
    }

    // MARK: Enrollment

    func startTOTP(_ request: StartTotpSetupRequest, for current: AuthenticatedSession, origin: ClientOrigin)
        async throws -> TotpSetup
    {
        let label = try MethodLabel.validated(request.label)
        try services.sessions.requireRecentAuthentication(current)
        let secret = SecureRandom.bytes(Self.secretByteCount)
        let setup = try await insertSetup(
            kind: .totp, label: label, secret: secret, destination: nil, codeHash: nil, user: current.user)
        try await services.audit.record(.mfaSetupStarted, user: current.user, origin: origin, detail: label)
        let encoded = Base32.encode(secret)
        let issuer = services.configuration.issuer
        return TotpSetup(
            setup: setup.id, secret: encoded,
            otpauthUri: TOTP.provisioningURI(secret: encoded, issuer: issuer, account: current.user.email),
            issuer: issuer, account: current.user.email, expiresAt: setup.expiresAt)
    }

    func startPhone(_ request: StartPhoneSetupRequest, for current: AuthenticatedSession, origin: ClientOrigin)
        async throws -> PhoneSetup
    {
        let phone = try PhoneNumber.normalized(request.phone)
        let label = try MethodLabel.validated(request.label)
        try services.sessions.requireRecentAuthentication(current)
        try await ensureSendAllowed(user: current.user, origin: origin)
        let code = SecureRandom.digits(6)
        let setupID = SecureRandom.token(byteCount: 16)
        let setup = try await insertSetup(
            id: setupID, kind: .sms, label: label, secret: Array(phone.utf8), destination: PhoneNumber.masked(phone),
            codeHash: CodeDigest.of(code, for: setupID), user: current.user)
        try await services.notifier.sms(to: phone, text: Self.smsText(code))
        try await services.audit.record(.mfaSetupStarted, user: current.user, origin: origin, detail: label)
        return PhoneSetup(setup: setup.id, destination: setup.destination ?? "", expiresAt: setup.expiresAt)
    }

    /// Confirms an enrollment with its first code; the method is registered from then on.
    func verifySetup(
        id: String, kind: MethodKind, code: String, for current: AuthenticatedSession, origin: ClientOrigin
    ) async throws -> MFAMethod {
        let user = current.user
        let store = services.store
        guard let setup = try await store.setup(id: id), setup.userID == user.id, setup.kind == kind else {
            throw APIError.notFound
        }
        guard setup.expiresAt > services.clock.now else {
            try await store.deleteSetup(id: id)
            throw APIError(.setupExpired, "The setup took longer than 10 minutes; start it again.")
        }
        let attempts = services.attempts
        try await attempts.ensureAllowed(email: user.email, origin: origin)
        let counter: Int64?
        do {
            counter = try confirm(setup, code: CodeDigest.normalized(code))
        } catch let error as APIError {
            try await services.audit.record(.codeFailed, user: user, origin: origin, detail: setup.label)
            try await attempts.fail(error, email: user.email, user: user, origin: origin)
        }
        try await attempts.succeed(email: user.email)
        let now = services.clock.now
        let method = MethodRecord(
            id: SecureRandom.token(byteCount: 12), userID: user.id, kind: kind, label: setup.label,
            sealedSecret: setup.sealedSecret, destination: setup.destination, createdAt: now,
            lastUsedAt: counter == nil ? nil : now, lastCounter: counter)
        try await store.insertMethod(method)
        try await store.deleteSetup(id: id)
        try await services.audit.record(.mfaMethodAdded, user: user, origin: origin, detail: method.label)
        services.notifier.notice(
            user, subject: "A verification method was added", "The method \"\(method.label)\" was added to your account.")
        return method.mfaMethod
    }

    // MARK: Codes by SMS

    /// Sends a sign-in code to a registered phone; limited per account and address.
    func sendSMSCode(to method: MethodRecord, user: UserRecord, origin: ClientOrigin) async throws {
        try await ensureSendAllowed(user: user, origin: origin)
        let code = try await OneTimeCodes(services: services).issue(
            purpose: .signIn, subject: method.id, lifetime: Self.setupLifetime)
        let phone = String(decoding: try services.secretBox.open(method.sealedSecret), as: UTF8.self)
        try await services.notifier.sms(to: phone, text: Self.smsText(code))
    }

    // MARK: Changes

    func enable(for current: AuthenticatedSession, origin: ClientOrigin) async throws -> MFAStatus {
        var user = current.user
        guard !user.mfaEnabled else { throw APIError(.mfaAlreadyEnabled, "MFA is enabled already.") }
        try services.sessions.requireRecentAuthentication(current)
        guard try await !services.store.methods(userID: user.id).isEmpty else {
            throw APIError(.noMethods, "Register a verification method first.")
        }
        user.mfaEnabled = true
        try await services.store.updateUser(user)
        try await services.audit.record(.mfaEnabled, user: user, origin: origin)
        services.notifier.notice(
            user, subject: "Multifactor authentication is on", "Signing in now needs a verification code.")
        return try await status(of: user)
    }

    func rename(id: String, _ request: RenameMethodRequest, for current: AuthenticatedSession, origin: ClientOrigin)
        async throws -> MFAMethod
    {
        let label = try MethodLabel.validated(request.label)
        try services.sessions.requireRecentAuthentication(current)
        var method = try await method(id, of: current.user)
        method.label = label
        try await services.store.updateMethod(method)
        try await services.audit.record(.mfaMethodRenamed, user: current.user, origin: origin, detail: label)
        return method.mfaMethod
    }

    func remove(id: String, for current: AuthenticatedSession, origin: ClientOrigin) async throws {
        try services.sessions.requireRecentAuthentication(current)
        let user = current.user
        let methods = try await services.store.methods(userID: user.id)
        guard let method = methods.first(where: { $0.id == id }) else { throw APIError.notFound }
        if user.mfaEnabled, methods.count == 1 {
            throw APIError(.lastMethod, "MFA is enabled: register another method before removing this one.")
        }
        try await services.store.deleteMethod(id: id)
        try await services.audit.record(.mfaMethodRemoved, user: user, origin: origin, detail: method.label)
        services.notifier.notice(
            user, subject: "A verification method was removed",
            "The method \"\(method.label)\" was removed from your account.")
    }

    /// Ten new single-use codes; the old ones stop working.
    func generateRecoveryCodes(for current: AuthenticatedSession, origin: ClientOrigin) async throws -> RecoveryCodes {
        let user = current.user
        guard user.mfaEnabled else { throw APIError(.mfaNotEnabled, "Enable MFA first.") }
        try services.sessions.requireRecentAuthentication(current)
        let codes = (0..<Self.recoveryCodeCount).map { _ in SecureRandom.recoveryCode() }
        try await services.store.replaceRecoveryCodes(
            userID: user.id, hashes: codes.map { CodeDigest.of(CodeDigest.normalized($0), for: user.id) })
        try await services.audit.record(.recoveryCodesGenerated, user: user, origin: origin)
        services.notifier.notice(
            user, subject: "New recovery codes", "New recovery codes were generated; the old ones no longer work.")
        return RecoveryCodes(codes: codes, generatedAt: services.clock.now)
    }

    // MARK: Helpers

    private func method(_ id: String, of user: UserRecord) async throws -> MethodRecord {
        guard let method = try await services.store.methods(userID: user.id).first(where: { $0.id == id }) else {
            throw APIError.notFound
        }
        return method
    }

    /// Checks the code of a pending setup; the matched TOTP step, so it cannot be used again to sign in.
    private func confirm(_ setup: SetupRecord, code: String) throws -> Int64? {
        switch setup.kind {
        case .totp:
            return Int64(try services.secondFactor.matchTOTP(code, secret: try services.secretBox.open(setup.sealedSecret)))
        case .sms:
            guard let expected = setup.codeHash, ConstantTime.equals(expected, CodeDigest.of(code, for: setup.id)) else {
                throw APIError.invalidCode
            }
            return nil
        }
    }

    private func insertSetup(
        id: String = SecureRandom.token(byteCount: 16), kind: MethodKind, label: String, secret: [UInt8],
        destination: String?, codeHash: String?, user: UserRecord
    ) async throws -> SetupRecord {
        let setup = SetupRecord(
            id: id, userID: user.id, kind: kind, label: label, sealedSecret: try services.secretBox.seal(secret),
            destination: destination, codeHash: codeHash,
            expiresAt: services.clock.now.addingTimeInterval(Self.setupLifetime))
        try await services.store.insertSetup(setup)
        return setup
    }

    private func ensureSendAllowed(user: UserRecord, origin: ClientOrigin) async throws {
        let configuration = services.configuration
        try await services.throttle.consume(configuration.accountSendLimit, ThrottleKey.accountSends(user.email))
        try await services.throttle.consume(configuration.addressSendLimit, ThrottleKey.addressSends(origin.address))
    }

    private static func smsText(_ code: String) -> String {
        "Your verification code is \(code). It expires in 10 minutes."
    }
}
