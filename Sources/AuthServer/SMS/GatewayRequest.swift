import CCurl
import Foundation

/// One POST to an SMS gateway over libcurl: https, or http to a loopback address (the settings
/// allow no other), no redirects, within `timeoutSeconds`. Fails with `SMSError.unreachable`;
/// what the gateway answered is returned whatever its status.
struct GatewayRequest: Sendable {
    var url: String
    var headers: [String]
    var body: [UInt8]
    var timeoutSeconds: Int
    /// HTTP basic authentication (Twilio's account id and token).
    var login: (user: String, password: String)?

    func send() async throws -> (status: Int, answer: String) {
        let request = self
        do {
            return try await CurlTransfer.run {
                let transfer = try CurlTransfer()
                try transfer.set(CURLOPT_URL, request.url)
                try transfer.set(CURLOPT_PROTOCOLS_STR, "https,http")
                try transfer.set(CURLOPT_POST, 1)
                try transfer.send(request.body)
                try transfer.set(CURLOPT_HTTPHEADER, list: request.headers + ["Expect:"])
                if let login = request.login {
                    try transfer.set(CURLOPT_HTTPAUTH, 1)  // CURLAUTH_BASIC, a macro Swift cannot import
                    try transfer.set(CURLOPT_USERNAME, login.user)
                    try transfer.set(CURLOPT_PASSWORD, login.password)
                }
                try transfer.set(CURLOPT_CONNECTTIMEOUT, request.timeoutSeconds)
                try transfer.set(CURLOPT_TIMEOUT, request.timeoutSeconds)
                let (status, answer) = try transfer.perform()
                return (status, answer)
            }
        } catch let failure as CurlTransfer.Failure {
            throw SMSError.unreachable(failure.timedOut ? "no answer within \(timeoutSeconds) s" : failure.reason)
        }
    }
}
