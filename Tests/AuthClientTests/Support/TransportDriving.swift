import Foundation

@testable import AuthClient

extension HTTPTransport {
    /// Runs the event loop until `id` ends, as the app would (giving up after `limit`).
    func result(of id: RequestID, limit: Duration = .seconds(20)) -> Result<HTTPResponse, ClientError>? {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if let completion = wait(timeout: .milliseconds(200)).completions.first(where: { $0.id == id }) {
                return completion.result
            }
        }
        return nil
    }
}
