import AuthModel
import Foundation
import OTP

/// Enrolling, confirming, renaming and removing MFA methods, enabling MFA, and recovery codes.
struct MFAService: Sendable {
    let services: Services

    /// How long an enrollment and an SMS code stay valid.
    static let setupLifetime: TimeInterval = 600
    /// Codes a setup may be tried with before it has to be started again.
    static let setupAttempts = 5
    /// 160 random bits, as RFC 4226 recommends.
    static let secretByteCount = 20
    static let recoveryCodeCount = 10

    func status(of user: UserRecord) async throws -> MFAStatus {
        Self.status(of: user, try await services.store.mfaStatus(userID: user.id))
    }

    /// The status of `user` from records already read (with the session, for instance).
    static func status(of user: UserRecord, _ records: MFARecords) -> MFAStatus {
        MFAStatus(enabled: user.mfaEnabled, methods: records.methods.map(\.mfaMethod), recoveryCodesRemaining: records.recoveryCodes)
    }

    // MARK: Enrollment

    func startTOTP(_ request: StartTotpSetupRequest, for current: AuthenticatedSession, origin: ClientOrigin)
        async throws -> TotpSetup
    {
        let label = try MethodLabel.validated(request.label)
        try services.sessions.requireRecentAuthentication(current)
        let secret = SecureRandom.bytes(Self.secretByteCount)
        let setup = try await insertSetup(
            kind: .totp, label: label, secret: secret, destination: nil, codeHash: nil, user: current.user, origin: origin)
        let encoded = Base32.encode(secret)
        let issuer = services.configuration.issuer
        return TotpSetup(
            setup: setup.id, secret: encoded,
            otpauthUri: ProvisioningURI.totp(secret: encoded, issuer: issuer, account: current.user.email),
            issuer: issuer, account: current.user.email, expiresAt: setup.expiresAt)
    }

    func startPhone(_ request: StartPhoneSetupRequest, for current: AuthenticatedSession, origin: ClientOrigin)
        async throws -> PhoneSetup
    {
        guard services.notifier.offersSMS else { throw APIError.smsUnavailable }
        let phone = try PhoneNumber.normalized(request.phone)
        let label = try MethodLabel.validated(request.label)
        try services.sessions.requireRecentAuthentication(current)
        try await services.throttle.spend(.phoneSetup, address: origin)
        try await services.throttle.spend(.phoneSetup, account: current.user.email)
        let code = SecureRandom.digits(6)
        let setupID = SecureRandom.token(byteCount: 16)
        let setup = try await insertSetup(
            id: setupID, kind: .sms, label: label, secret: Array(phone.utf8), destination: PhoneNumber.masked(phone),
            codeHash: CodeDigest.of(code, for: setupID), user: current.user, origin: origin)
        try await sendSMS(code, to: phone, masked: setup.destination, user: current.user, origin: origin)
        return PhoneSetup(setup: setup.id, destination: setup.destination ?? "", expiresAt: setup.expiresAt)
    }

    /// Confirms an enrollment with its first code; the method is registered from then on. Each
    /// code tried is reserved first; after `setupAttempts` the setup has to be started again.
    func verifySetup(
        id: String, kind: MethodKind, code: String, for current: AuthenticatedSession, origin: ClientOrigin
    ) async throws -> MFAMethod {
        let user = current.user
        let store = services.store
        let now = services.clock.now
        guard let setup = try await store.setup(id: id), setup.userID == user.id, setup.kind == kind else {
            throw APIError.notFound
        }
        guard setup.expiresAt > now else {
            try await store.deleteSetup(id: id)
            throw APIError(.setupExpired, "The setup took longer than 10 minutes; start it again.")
        }
        guard try await store.reserveSetupAttempt(id: id, userID: user.id, at: now, limit: Self.setupAttempts) else {
            throw APIError(.setupExpired, "Too many wrong codes for this setup; start it again.")
        }
        let secret = try services.secretBox.open(setup.sealedSecret, for: .setup(id: setup.id, userID: user.id))
        let counter: Int64?
        do {
            counter = try confirm(setup, secret: secret, code: CodeDigest.normalized(code))
        } catch var error as APIError {
            try await services.audit.record(.codeFailed, user: user, origin: origin, detail: setup.label)
            error.attemptsLeft = max(Self.setupAttempts - setup.attempts - 1, 0)
            throw error
        }
        let methodID = SecureRandom.token(byteCount: 12)
        let method = MethodRecord(
            id: methodID, userID: user.id, kind: kind, label: setup.label,
            sealedSecret: try services.secretBox.seal(secret, for: .method(id: methodID, userID: user.id)),
            destination: setup.destination, createdAt: now, lastUsedAt: counter == nil ? nil : now,
            lastCounter: counter)
        let added = services.audit.event(.mfaMethodAdded, user: user, origin: origin, detail: method.label)
        guard try await store.completeSetup(id: id, userID: user.id, as: method, audit: added) else {
            throw APIError.notFound
        }
        services.notifier.mail(.methodAdded(label: method.label), to: user)
        return method.mfaMethod
    }

    // MARK: Codes by SMS

    /// Sends a code to the registered phone `id` of `user` (else `not_found`), within the budgets of
    /// the account and client for `action`: a sign-in, or a re-authentication. The code is checked
    /// as the method's (`SecondFactor`).
    func sendSMSCode(toMethod id: String, of user: UserRecord, origin: ClientOrigin, for action: SendAction)
        async throws
    {
        guard ResourceID.isValid(id),
              let method = try await services.store.methods(userID: user.id).first(where: { $0.id == id && $0.kind == .sms })
        else { throw APIError.notFound }
        guard services.notifier.offersSMS else { throw APIError.smsUnavailable }
        try await services.throttle.spend(action, address: origin)
        try await services.throttle.spend(action, account: user.email)
        let code = try await OneTimeCodes(services: services).issue(
            purpose: .signIn, subject: method.id, lifetime: Self.setupLifetime)
        let phone = try services.secretBox.open(method.sealedSecret, for: .method(id: method.id, userID: user.id))
        try await sendSMS(
            code, to: String(decoding: phone, as: UTF8.self), masked: method.destination, user: user,
            origin: origin)
    }

    // MARK: Changes

    func enable(for current: AuthenticatedSession, origin: ClientOrigin) async throws -> MFAStatus {
        let user = current.user
        guard !user.mfaEnabled else { throw APIError(.mfaAlreadyEnabled, "MFA is enabled already.") }
        try services.sessions.requireRecentAuthentication(current)
        switch try await services.store.enableMFA(
            userID: user.id, audit: services.audit.event(.mfaEnabled, user: user, origin: origin))
        {
        case .enabled: break
        case .alreadyEnabled: throw APIError(.mfaAlreadyEnabled, "MFA is enabled already.")
        case .noMethods: throw APIError(.noMethods, "Register a verification method first.")
        }
        services.notifier.mail(.mfaEnabled, to: user)
        var enabled = user
        enabled.mfaEnabled = true
        return try await status(of: enabled)
    }

    func rename(id: String, _ request: RenameMethodRequest, for current: AuthenticatedSession, origin: ClientOrigin)
        async throws -> MFAMethod
    {
        let label = try MethodLabel.validated(request.label)
        try services.sessions.requireRecentAuthentication(current)
        let renamed = try await services.store.renameMethod(
            id: id, userID: current.user.id, label: label,
            audit: services.audit.event(.mfaMethodRenamed, user: current.user, origin: origin, detail: label))
        guard let renamed else { throw APIError.notFound }
        return renamed.mfaMethod
    }

    /// Removes a method; never the last one while MFA is on, however many removals race.
    func remove(id: String, for current: AuthenticatedSession, origin: ClientOrigin) async throws {
        try services.sessions.requireRecentAuthentication(current)
        let user = current.user
        let removal = try await services.store.removeMethod(
            id: id, userID: user.id, audit: services.audit.event(.mfaMethodRemoved, user: user, origin: origin))
        switch removal {
        case .removed(let method):
            services.notifier.mail(.methodRemoved(label: method.label), to: user)
        case .notFound: throw APIError.notFound
        case .lastMethod: throw APIError(.lastMethod, "MFA is enabled: register another method before removing this one.")
        }
    }

    /// Ten new single-use codes; the old ones stop working.
    func generateRecoveryCodes(for current: AuthenticatedSession, origin: ClientOrigin) async throws -> RecoveryCodes {
        let user = current.user
        guard user.mfaEnabled else { throw APIError(.mfaNotEnabled, "Enable MFA first.") }
        try services.sessions.requireRecentAuthentication(current)
        let codes = (0..<Self.recoveryCodeCount).map { _ in SecureRandom.recoveryCode() }
        try await services.store.replaceRecoveryCodes(
            userID: user.id, hashes: codes.map { services.secondFactor.recoveryDigest($0, userID: user.id) },
            audit: services.audit.event(.recoveryCodesGenerated, user: user, origin: origin))
        services.notifier.mail(.recoveryCodesGenerated, to: user)
        return RecoveryCodes(codes: codes, generatedAt: services.clock.now)
    }

    // MARK: Helpers

    /// Checks the code of a pending setup; the matched TOTP step, so it cannot be used again to sign in.
    private func confirm(_ setup: SetupRecord, secret: [UInt8], code: String) throws -> Int64? {
        switch setup.kind {
        case .totp:
            return Int64(try services.secondFactor.matchTOTP(code, secret: secret))
        case .sms:
            guard let expected = setup.codeHash, ConstantTime.equals(expected, CodeDigest.of(code, for: setup.id)) else {
                throw APIError.invalidCode
            }
            return nil
        }
    }

    private func insertSetup(
        id: String = SecureRandom.token(byteCount: 16), kind: MethodKind, label: String, secret: [UInt8],
        destination: String?, codeHash: String?, user: UserRecord, origin: ClientOrigin
    ) async throws -> SetupRecord {
        let setup = SetupRecord(
            id: id, userID: user.id, kind: kind, label: label,
            sealedSecret: try services.secretBox.seal(secret, for: .setup(id: id, userID: user.id)),
            destination: destination, codeHash: codeHash,
            expiresAt: services.clock.now.addingTimeInterval(Self.setupLifetime))
        try await services.store.insertSetup(
            setup, audit: services.audit.event(.mfaSetupStarted, user: user, origin: origin, detail: label))
        return setup
    }

    /// Texts `code` in the account's language and audits it, sent or failed, by its masked destination.
    private func sendSMS(_ code: String, to phone: String, masked: String?, user: UserRecord, origin: ClientOrigin)
        async throws
    {
        do {
            try await services.notifier.sms(
                code: code, minutes: Int(Self.setupLifetime / 60), to: phone, language: user.language)
        } catch {
            try await services.audit.record(.smsFailed, user: user, origin: origin, detail: masked)
            throw error
        }
        try await services.audit.record(.smsSent, user: user, origin: origin, detail: masked)
    }
}
