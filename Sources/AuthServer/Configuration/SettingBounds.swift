/// The range each number setting must lie in: wide enough for any sane deployment (and for tests
/// that lift the limits), narrow enough that a slip of the finger (`totp_skew: 20`, a lifetime in
/// milliseconds) stops the server instead of weakening it.
enum SettingBounds {
    struct Bound {
        var key: String
        var value: KeyPath<ServerConfiguration, Int>
        var range: ClosedRange<Int>
    }

    static let minute = 60, hour = 3600, day = 86_400

    static var all: [Bound] {
        [
            Bound(key: "database_connections", value: \.databaseConnections, range: 1...1000),
            Bound(key: "session_lifetime", value: \.sessionLifetime, range: 5 * minute...30 * day),
            Bound(key: "remember_idle_window", value: \.rememberIdleWindow, range: hour...365 * day),
            Bound(key: "remember_max_lifetime", value: \.rememberMaxLifetime, range: hour...5 * 365 * day),
            Bound(key: "reauthentication_window", value: \.reauthenticationWindow, range: minute...day),
            Bound(key: "sign_in_flow_lifetime", value: \.signInFlowLifetime, range: minute...hour),
            Bound(key: "totp_skew", value: \.totpSkew, range: 0...2),
            Bound(key: "password_min_length", value: \.passwordMinLength, range: 8...128),
            Bound(key: "password_max_length", value: \.passwordMaxLength, range: 64...4096),
            Bound(key: "lockout_threshold", value: \.lockoutThreshold, range: 1...100),
            Bound(key: "lockout_base_duration", value: \.lockoutBaseDuration, range: 1...day),
            Bound(key: "lockout_max_duration", value: \.lockoutMaxDuration, range: 1...7 * day),
            Bound(key: "address_failure_limit", value: \.addressFailureLimit, range: 1...1_000_000),
            Bound(key: "account_send_limit", value: \.accountSendLimit, range: 1...1_000_000),
            Bound(key: "address_send_limit", value: \.addressSendLimit, range: 1...1_000_000),
            Bound(key: "sign_in_start_limit", value: \.signInStartLimit, range: 1...1_000_000),
            Bound(key: "rate_limit_window", value: \.rateLimitWindow, range: minute...day),
            Bound(key: "max_body_size", value: \.maxBodySize, range: 1024...1_048_576),
            Bound(key: "expiry_sweep_interval", value: \.expirySweepInterval, range: 1...day),
            Bound(key: "audit_retention", value: \.auditRetention, range: 0...100 * 365 * day),
            Bound(key: "hashing_queue_limit", value: \.hashingQueueLimit, range: 1...10_000),
            Bound(key: "http_idle_timeout", value: \.httpIdleTimeout, range: 1...hour),
            Bound(key: "sms_timeout", value: \.smsTimeout, range: 1...120),
        ]
    }
}
